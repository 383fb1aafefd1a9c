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
   * Sets a relative time of posting from the words written in the input ({@code 5 hours ago},
   * {@code 2 yr. ago}): the same as
   * {@code time(CommentTime.relative(line.input().substring(start, end)))}, but the core keeps
   * the two offsets and makes the String and the {@link CommentTime} only when someone asks for
   * the time, which saves three objects a comment on the parsing path. When the parser knows
   * when the page was copied, the words are resolved to an interval as with {@link #time(CommentTime)}.
   *
   * @param line the line the words are written on
   * @param start offset of the first character of the words in {@link Line#input()}
   * @param end offset after the words
   * @return this header
   * @throws IllegalArgumentException if the words are blank or hold a line break
   * @throws IndexOutOfBoundsException if the offsets are not a range of the input
   */
  default CommentHeader relativeTime(Line line, int start, int end) {
    return time(CommentTime.relative(line.input().substring(start, end)));
  }

  /**
   * Sets a number attribute (a score, a like count) without boxing the number: the same as
   * {@code attribute(key, Long.valueOf(value))}. The core shares one set of attributes among the
   * comments that have equal ones, so most comments cost no attribute object at all.
   *
   * @param key the attribute, of {@link Long} values
   * @param value its value
   * @return this header
   */
  default CommentHeader attribute(Attribute<Long> key, long value) {
    return attribute(key, Long.valueOf(value));
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
