package dev.threadkit.model;

import java.time.LocalDateTime;
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
 * <p>The text is assembled when {@link #text()} is called; call it once per comment, or copy it
 * with {@link #getText} and make no String at all:
 *
 * <pre>{@code
 * char[] buffer = new char[view.textLength()];
 * view.getText(buffer, 0);
 * }</pre>
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
   * Returns the length of the body, without making it a String when the view can tell.
   *
   * @return the number of chars {@link #text()} has
   */
  default int textLength() {
    return text().length();
  }

  /**
   * Copies the body into an array, as {@link String#getChars(int, int, char[], int)} does: a
   * parsed comment copies it straight from its input, so a writer can emit each comment's text
   * without a String per comment.
   *
   * @param into where to copy; it needs {@link #textLength()} chars from {@code at}
   * @param at the first position to fill
   * @throws IndexOutOfBoundsException if there is no room
   */
  default void getText(char[] into, int at) {
    String text = text();
    text.getChars(0, text.length(), into, at);
  }

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
   * Returns the exact time it was posted.
   *
   * @return the local date-time, or empty when the time is relative or unknown
   */
  default Optional<LocalDateTime> exactTime() {
    Optional<CommentTime> time = time();
    return time.isEmpty() ? Optional.empty() : time.get().exactValue();
  }

  /**
   * Returns the value of one attribute.
   *
   * @param key the attribute
   * @param <T> its type
   * @return the value, or empty when the page did not record it
   */
  default <T> Optional<T> attribute(Attribute<T> key) {
    return attributes().get(key);
  }

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
