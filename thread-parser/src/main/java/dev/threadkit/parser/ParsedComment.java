package dev.threadkit.parser;

import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentView;

/**
 * A comment as the streaming layer hands it to a {@link DumpHandler}: its fields are read
 * on demand, its text is assembled from the input only when {@link #text()} is called. The
 * parser reuses the object for the next comment, so it is valid only during the call;
 * {@link #toComment()} makes a lasting one. Being a {@link CommentView}, it goes straight into
 * code that reads comments once, such as the row exporters.
 */
public interface ParsedComment extends CommentView {

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
