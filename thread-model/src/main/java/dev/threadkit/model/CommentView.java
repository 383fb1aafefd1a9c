package dev.threadkit.model;

import java.util.List;
import java.util.Optional;

/**
 * A comment's fields, read on demand: what a {@link Comment} holds, without promising that
 * a value exists behind them. A {@link Comment} is one; the parser's streaming layer hands out
 * another that reads straight from the input and is valid only while it is handed out. Code
 * that only reads a comment once (a row writer, a counter) takes a {@code CommentView} and so
 * works on both, without making a {@link Comment} per row.
 *
 * <pre>{@code
 * CommentView view = Comment.builder(CommentId.parse("3.1"), Author.of("Vladimir Tuzakov")).text("Here, ...").build();
 * String row = view.id().toShortString() + "\t" + view.depth() + "\t" + view.text();   // "3.1\t1\tHere, ..."
 * }</pre>
 *
 * <p>The text is assembled when {@link #text()} is called; call it once per comment.
 */
public interface CommentView {

  /**
   * Returns the ordinal path that identifies the comment in its discussion.
   *
   * @return the id
   */
  CommentId id();

  /**
   * Returns who wrote it.
   *
   * @return the author, or empty for an anonymous entry
   */
  Optional<Author> author();

  /**
   * Returns what kind of entry it is.
   *
   * @return comment, pingback or deleted
   */
  CommentKind kind();

  /**
   * Returns when it was posted.
   *
   * @return exact or relative, or empty when the page gives none
   */
  Optional<CommentTime> time();

  /**
   * Returns the body.
   *
   * @return its lines joined with {@code \n}; empty for an empty body
   */
  String text();

  /**
   * Returns what only some sites record.
   *
   * @return the attributes, perhaps none
   */
  Attributes attributes();

  /**
   * Returns the input lines the parser could not read whole into the other fields.
   *
   * @return the lines as written, in input order; empty when there are none
   */
  List<SourceLine> unplaced();

  /**
   * Returns the input lines the comment was read from.
   *
   * @return header to last body line; empty for a comment built in code
   */
  Optional<LineRange> source();

  /**
   * Returns how deep the comment is nested.
   *
   * @return 0 for a top-level comment, 1 for a reply to one, and so on
   */
  default int depth() {
    return id().depth();
  }

  /**
   * Returns the id of the comment this one replies to.
   *
   * @return the parent's id, or empty for a top-level comment
   */
  default Optional<CommentId> parentId() {
    return id().parent();
  }
}
