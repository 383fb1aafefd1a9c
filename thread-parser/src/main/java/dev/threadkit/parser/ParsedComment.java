package dev.threadkit.parser;

import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import java.util.Optional;

/**
 * A comment as the streaming layer hands it to a {@link DumpHandler}: its fields are read
 * on demand, its text is assembled only when asked for. The parser reuses the object for the
 * next comment, so it is valid only during the call; {@link #toComment()} makes a lasting one.
 */
public interface ParsedComment {

  /**
   * Returns the comment's id.
   *
   * @return its ordinal path, as placed in the tree
   */
  CommentId id();

  /**
   * Returns the author.
   *
   * @return who wrote it, or empty for an anonymous entry
   */
  Optional<Author> author();

  /**
   * Returns the kind.
   *
   * @return comment, pingback or deleted
   */
  CommentKind kind();

  /**
   * Returns the time.
   *
   * @return exact or relative, or empty when the page gives none
   */
  Optional<CommentTime> time();

  /**
   * Returns the attributes.
   *
   * @return what only some sites record
   */
  Attributes attributes();

  /**
   * Returns the body text, assembled from the input on each call.
   *
   * @return the lines joined with {@code \n}
   */
  String text();

  /**
   * Returns the number of the comment's first line.
   *
   * @return from 1
   */
  int firstLine();

  /**
   * Returns the number of the comment's last line.
   *
   * @return at least {@link #firstLine()}
   */
  int lastLine();

  /**
   * Returns the comment as a model value that outlives the call.
   *
   * @return the comment
   */
  Comment toComment();
}
