package dev.threadkit.export.internal;

import dev.threadkit.model.Presence;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Text conventions shared by every format: times, presence words, lines, indentation. */
public final class Texts {
  private static final char[] SPACES = new char[256];

  static {
    Arrays.fill(SPACES, ' ');
  }

  private Texts() {}

  /**
   * ISO-8601 local date-time with seconds, as the structured formats write it.
   *
   * @return for example {@code 2020-12-09T15:42:00}
   */
  public static String iso(LocalDateTime time) {
    StringBuilder out = new StringBuilder(19);
    int year = time.getYear();
    if (year >= 0 && year < 10_000) {
      pad(out, year, 4);
    } else {
      out.append(year); // outside ISO's four digits: never seen in a dump, still unambiguous
    }
    out.append('-');
    pad(out, time.getMonthValue(), 2).append('-');
    pad(out, time.getDayOfMonth(), 2).append('T');
    pad(out, time.getHour(), 2).append(':');
    pad(out, time.getMinute(), 2).append(':');
    return pad(out, time.getSecond(), 2).toString();
  }

  /**
   * The dump dialect's date: day unpadded, English month, year, then {@code HH: MM} with the
   * stray space the translated pages put after the colon. Seconds are not written.
   *
   * @return for example {@code 9 December 2020 15: 35}
   */
  public static String dumpDate(LocalDateTime time) {
    return date(time, ": ");
  }

  /**
   * The dump's date as a person writes it, for formats meant for reading.
   *
   * @return for example {@code 9 December 2020 15:35}
   */
  public static String readableDate(LocalDateTime time) {
    return date(time, ":");
  }

  private static String date(LocalDateTime time, String colon) {
    StringBuilder out = new StringBuilder(28)
        .append(time.getDayOfMonth()).append(' ')
        .append(time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
        .append(time.getYear()).append(' ');
    pad(out, time.getHour(), 2).append(colon);
    return pad(out, time.getMinute(), 2).toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  /**
   * The presence word of the structured formats.
   *
   * @return {@code online}, {@code offline}, or {@code null} when the header showed none
   */
  public static String status(Optional<Presence> presence) {
    return presence.map(p -> p.label().toLowerCase(Locale.ROOT)).orElse(null);
  }

  /**
   * Splits text at {@code \n}, keeping empty lines (a trailing one too).
   *
   * @return no lines for empty text, otherwise one more than the number of line breaks
   */
  public static String[] lines(String text) {
    return text.isEmpty() ? new String[0] : text.split("\n", -1);
  }

  /** Writes {@code count} spaces without building a string of them. */
  public static void spaces(Writer out, int count) throws IOException {
    for (int left = count; left > 0; left -= SPACES.length) {
      out.write(SPACES, 0, Math.min(left, SPACES.length));
    }
  }
}
