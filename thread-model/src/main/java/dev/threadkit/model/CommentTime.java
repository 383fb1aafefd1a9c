package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a comment was posted, as far as the page says: an exact local date-time, or a
 * relative time kept as the page wrote it ({@code 5 hours ago}, {@code Вчера, 15:35}),
 * resolved to the interval of instants it denotes only when the time of the copy is known.
 * A comment whose page gives no time has none: a time is never invented.
 *
 * <pre>{@code
 * CommentTime exact = CommentTime.exact(LocalDateTime.of(2020, 12, 9, 15, 35));
 * CommentTime relative = CommentTime.relative("5 hours ago");
 * }</pre>
 */
public sealed interface CommentTime permits CommentTime.Exact, CommentTime.Relative {

  /**
   * Returns an exact time.
   *
   * @param at the local date and time, to the minute, in the site's unstated time zone
   * @return the time
   */
  static CommentTime exact(LocalDateTime at) {
    return new Exact(at);
  }

  /**
   * Returns a relative time not resolved to instants.
   *
   * @param written the words as the page wrote them
   * @return the time
   */
  static CommentTime relative(String written) {
    return new Relative(written, Optional.empty());
  }

  /**
   * Returns the exact time, if this is one.
   *
   * @return the local date-time, or empty for a relative time
   */
  default Optional<LocalDateTime> exactValue() {
    return this instanceof Exact ? Optional.of(((Exact) this).at()) : Optional.empty();
  }

  /**
   * A time the page gave as a date and a time of day.
   *
   * @param at the local date and time, in the site's unstated time zone
   */
  record Exact(LocalDateTime at) implements CommentTime {
    /**
     * Validates the value.
     *
     * @param at see {@link #at()}
     */
    public Exact {
      requireNonNull(at, "at");
    }
  }

  /**
   * A time the page gave relative to when it was shown.
   *
   * @param written the words as the page wrote them, a non-blank single line
   * @param interval the instants they denote, when the time of the copy was known
   */
  record Relative(String written, Optional<Interval> interval) implements CommentTime {
    /**
     * Validates the parts.
     *
     * @param written see {@link #written()}
     * @param interval see {@link #interval()}
     * @throws IllegalArgumentException if the words are blank or hold a line break
     */
    public Relative {
      if (requireNonNull(written, "written").isBlank()) {
        throw new IllegalArgumentException("a relative time's words must not be blank");
      }
      Checks.singleLine(written, "a relative time");
      requireNonNull(interval, "interval");
    }
  }

  /**
   * The instants a relative time can stand for, both ends included.
   *
   * @param earliest the earliest instant
   * @param latest the latest instant, not before {@code earliest}
   */
  record Interval(Instant earliest, Instant latest) {
    /**
     * Validates the bounds.
     *
     * @param earliest see {@link #earliest()}
     * @param latest see {@link #latest()}
     * @throws IllegalArgumentException if {@code latest} is before {@code earliest}
     */
    public Interval {
      if (requireNonNull(latest, "latest").isBefore(requireNonNull(earliest, "earliest"))) {
        throw new IllegalArgumentException("an interval ends before it starts: " + earliest + " to " + latest);
      }
    }
  }
}
