package dev.threadkit.parser.spi;

import dev.threadkit.model.CommentTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads relative times as pages write them ({@code 5 hours ago}, {@code a year ago},
 * {@code 2 yr. ago}, {@code just now}, {@code 3 дня назад}, {@code Вчера, 15:35}) and resolves
 * them, given the time the page was copied, to the interval of instants they denote. The
 * words are data ({@code relative-time.vocabulary} in the parser), extended with
 * {@link #plus(Vocabulary)}.
 *
 * <p>An age of N units means the page rounded the true age to N: the interval runs from
 * N + ½ units before the capture to N − ½ units before it (never after the capture). A month is
 * 30.44 days and a year 365.24 days, as pages count them. A relative day with a time of day
 * ({@code Вчера, 15:35}) is that minute of that day in the capture time's offset; without a
 * time, the whole day.
 *
 * <pre>{@code
 * OffsetDateTime captured = OffsetDateTime.parse("2026-11-25T12:00Z");
 * RelativeTimes.standard().resolve("5 hours ago", captured);
 * // Optional[Interval[earliest=2026-11-25T06:30:00Z, latest=2026-11-25T07:30:00Z]]
 * }</pre>
 */
public final class RelativeTimes {

  private static final RelativeTimes STANDARD =
      new RelativeTimes(Vocabulary.resource(RelativeTimes.class, "/dev/threadkit/parser/internal/relative-time.vocabulary"));

  private static final String[] UNITS = {"second", "minute", "hour", "day", "week", "month", "year"};
  private static final long[] UNIT_SECONDS = {1, 60, 3600, 86_400, 7 * 86_400, 2_629_746, 31_556_952};

  private final Vocabulary words;

  private RelativeTimes(Vocabulary words) {
    this.words = words;
  }

  /**
   * Returns the reader of the built-in words (English and Russian).
   *
   * @return the standard reader
   */
  public static RelativeTimes standard() {
    return STANDARD;
  }

  /**
   * Returns a reader of more words as well.
   *
   * @param more phrases in the categories {@code ago}, {@code one}, {@code now}, {@code second} …
   *     {@code year}, and relative-day words
   * @return the extended reader
   */
  public RelativeTimes plus(Vocabulary more) {
    return new RelativeTimes(words.plus(more));
  }

  /**
   * Tells whether the words are a relative time this reader understands.
   *
   * @param written the words as the page wrote them
   * @return {@code true} if {@link #resolve} can resolve them
   */
  public boolean understands(String written) {
    return resolve(written, OffsetDateTime.of(2000, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC)).isPresent();
  }

  /**
   * Resolves a relative time against the time of the copy.
   *
   * @param written the words as the page wrote them
   * @param captured when the page was copied, with the offset of the site's clock
   * @return the instants they denote, or empty when the words are no relative time this reader knows
   */
  public Optional<CommentTime.Interval> resolve(String written, OffsetDateTime captured) {
    String text = written.strip();
    Instant at = captured.toInstant();
    if (matchesAny(text, words.phrases("now"))) {
      return Optional.of(new CommentTime.Interval(at.minusSeconds(60), at));
    }
    Optional<CommentTime.Interval> day = relativeDay(text, captured);
    if (day.isPresent()) {
      return day;
    }
    String rest = stripAgo(text);
    if (rest == null) {
      return Optional.empty();
    }
    int space = rest.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String count = rest.substring(0, space);
    String unit = rest.substring(space + 1).strip();
    long n;
    if (matchesAny(count, words.phrases("one"))) {
      n = 1;
    } else {
      int end = Scan.digitsEnd(count, 0, count.length());
      if (end != count.length() || end == 0 || end > 9) {
        return Optional.empty();
      }
      n = Long.parseLong(count);
    }
    for (int u = 0; u < UNITS.length; u++) {
      if (matchesAny(unit, words.phrases(UNITS[u]))) {
        long half = UNIT_SECONDS[u] / 2;
        Instant earliest = at.minusSeconds(n * UNIT_SECONDS[u] + half);
        Instant latest = at.minusSeconds(Math.max(0, n * UNIT_SECONDS[u] - half));
        return Optional.of(new CommentTime.Interval(earliest, latest));
      }
    }
    return Optional.empty();
  }

  /** The text without its "ago" word (before or after), or null when it has none. */
  private String stripAgo(String text) {
    for (String ago : words.phrases("ago")) {
      if (text.endsWith(" " + ago)) {
        return text.substring(0, text.length() - ago.length() - 1).strip();
      }
    }
    return null;
  }

  private Optional<CommentTime.Interval> relativeDay(String text, OffsetDateTime captured) {
    int wordEnd = 0;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    int daysAgo = wordEnd == 0 ? -1 : words.relativeDay(text, 0, wordEnd);
    if (daysAgo < 0) {
      return Optional.empty();
    }
    LocalDate date = captured.toLocalDate().minusDays(daysAgo);
    int i = wordEnd;
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    i = Scan.skipSpaces(text, i, text.length());
    if (i == text.length()) {
      Instant start = date.atStartOfDay().toInstant(captured.getOffset());
      return Optional.of(new CommentTime.Interval(start, start.plus(Duration.ofDays(1)).minusSeconds(1)));
    }
    int hourEnd = Scan.digitsEnd(text, i, text.length());
    if (hourEnd == i || hourEnd - i > 2 || hourEnd >= text.length() || text.charAt(hourEnd) != ':') {
      return Optional.empty();
    }
    int minuteStart = Scan.skipSpaces(text, hourEnd + 1, text.length());
    int minuteEnd = Scan.digitsEnd(text, minuteStart, text.length());
    if (minuteEnd - minuteStart != 2 || minuteEnd != text.length()) {
      return Optional.empty();
    }
    int hour = Scan.number(text, i, hourEnd);
    int minute = Scan.number(text, minuteStart, minuteEnd);
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    Instant start = date.atTime(hour, minute).toInstant(captured.getOffset());
    return Optional.of(new CommentTime.Interval(start, start.plusSeconds(59)));
  }

  private static boolean matchesAny(String text, List<String> phrases) {
    for (String phrase : phrases) {
      if (text.equalsIgnoreCase(phrase) || text.toLowerCase(Locale.ROOT).equals(phrase.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
