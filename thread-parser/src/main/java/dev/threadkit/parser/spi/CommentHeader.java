package dev.threadkit.parser.spi;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import java.time.LocalDateTime;

/**
 * The fields of the comment a dialect has just started with {@link Events#comment}; a
 * dialect sets what its header lines say, on the header line or on the lines after it, until
 * the next comment starts. Unset fields stay empty: a comment with no author is anonymous,
 * one with no time has none.
 */
public interface CommentHeader {

  /**
   * Sets the author.
   *
   * @param author who wrote the comment
   * @return this header
   */
  CommentHeader author(Author author);

  /**
   * Sets the author written in the input, {@code handle} and optionally a real name, reusing
   * the {@link Author} of an earlier comment written the same way.
   *
   * @param line the line the author is written on
   * @param handleStart offset of the handle's first character in {@link Line#input()}
   * @param handleEnd offset after the handle
   * @param nameStart offset of the real name, or -1 when there is none
   * @param nameEnd offset after the real name, or -1
   * @return this header
   */
  CommentHeader author(Line line, int handleStart, int handleEnd, int nameStart, int nameEnd);

  /**
   * Sets the time of posting.
   *
   * @param time exact or relative
   * @return this header
   */
  CommentHeader time(CommentTime time);

  /**
   * Sets an exact time of posting from its parts: the same as
   * {@code time(CommentTime.exact(LocalDateTime.of(year, month, day, hour, minute)))}, but the
   * core keeps the parts as one number and makes the objects only when someone asks for the
   * time, which saves five objects a comment on the parsing path.
   *
   * @param year the year
   * @param month from 1 to 12
   * @param day the day of the month, from 1
   * @param hour from 0 to 23
   * @param minute from 0 to 59
   * @return this header
   * @throws java.time.DateTimeException if the parts are no date-time
   */
  default CommentHeader time(int year, int month, int day, int hour, int minute) {
    return time(CommentTime.exact(LocalDateTime.of(year, month, day, hour, minute)));
  }

  /**
   * Sets the kind; the default is {@link CommentKind#COMMENT}.
   *
   * @param kind the kind
   * @return this header
   */
  CommentHeader kind(CommentKind kind);

  /**
   * Sets an attribute.
   *
   * @param key the attribute
   * @param value its value
   * @param <T> its type
   * @return this header
   */
  <T> CommentHeader attribute(Attribute<T> key, T value);
}
