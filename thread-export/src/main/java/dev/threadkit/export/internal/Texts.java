package dev.threadkit.export.internal;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.SourceLine;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Text conventions shared by every format: times, presence words, lines, indentation. */
public final class Texts {
  /**
   * What formats that need a name for every comment's author (a graph node, a ConvoKit
   * speaker, a Markdown header) write for an anonymous comment. A real handle could read the
   * same, so the structured formats also say it is none: the author graph's node has no
   * {@code handle}, the ConvoKit speaker is {@code synthetic}, the reply graph's node no
   * {@code author}.
   */
  public static final String ANONYMOUS = "(anonymous)";

  private static final char[] SPACES = new char[256];

  static {
    Arrays.fill(SPACES, ' ');
  }

  private Texts() {}

  /**
   * ISO-8601 local date-time with seconds, as the structured formats write it: the fast path
   * for the four-digit years and whole seconds of every dump; other times (a fraction of a
   * second, a year before 0 or after 9999, which code can build) in the JDK's ISO form, so that
   * every time reads back exactly.
   *
   * @return for example {@code 2020-12-09T15:42:00}
   */
  public static String iso(LocalDateTime time) {
    int year = time.getYear();
    if (year < 0 || year >= 10_000 || time.getNano() != 0) {
      return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }
    StringBuilder out = new StringBuilder(19);
    pad(out, year, 4);
    out.append('-');
    pad(out, time.getMonthValue(), 2).append('-');
    pad(out, time.getDayOfMonth(), 2).append('T');
    pad(out, time.getHour(), 2).append(':');
    pad(out, time.getMinute(), 2).append(':');
    return pad(out, time.getSecond(), 2).toString();
  }

  /**
   * The dump's date as a person writes it, for formats meant for reading.
   *
   * @return for example {@code 9 December 2020 15:35}
   */
  public static String readableDate(LocalDateTime time) {
    return date(time, ":");
  }

  /**
   * A relative time's interval end as the structured formats write it: ISO-8601 UTC instant.
   *
   * @return for example {@code 2020-12-09T15:00:00Z}
   */
  public static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** The exact time of a comment in ISO form, or null when it has none or a relative one. */
  public static String posted(CommentView comment) {
    return comment.exactTime().map(Texts::iso).orElse(null);
  }

  /** The words of a comment's relative time, or null when its time is exact or unknown. */
  public static String timeWritten(CommentView comment) {
    return relative(comment).map(CommentTime.Relative::written).orElse(null);
  }

  /** A comment's relative time, when it has one. */
  public static Optional<CommentTime.Relative> relative(CommentView comment) {
    return comment.time().filter(CommentTime.Relative.class::isInstance).map(CommentTime.Relative.class::cast);
  }

  /** The earliest instant a comment's relative time stands for, ISO, or null. */
  public static String postedAfter(CommentView comment) {
    return relative(comment).flatMap(CommentTime.Relative::interval).map(i -> iso(i.earliest())).orElse(null);
  }

  /** The latest instant a comment's relative time stands for, ISO, or null. */
  public static String postedBefore(CommentView comment) {
    return relative(comment).flatMap(CommentTime.Relative::interval).map(i -> iso(i.latest())).orElse(null);
  }

  /** A comment's time for people: the readable exact date or the relative words; null when none. */
  public static String readableTime(CommentView comment) {
    return comment.exactTime().map(Texts::readableDate).orElseGet(() -> timeWritten(comment));
  }

  /** The handle of a comment's author, or null for an anonymous comment. */
  public static String handle(CommentView comment) {
    return comment.author().map(a -> a.handle()).orElse(null);
  }

  /** The real name of a comment's author, or null when not shown or anonymous. */
  public static String name(CommentView comment) {
    return comment.author().flatMap(a -> a.name()).orElse(null);
  }

  /** The handle of a comment's author, or {@link #ANONYMOUS}: for formats that need a name. */
  public static String speaker(CommentView comment) {
    return comment.author().map(a -> a.handle()).orElse(ANONYMOUS);
  }

  /** The texts of a comment's unplaced lines joined with {@code \n}; empty when there are none. */
  public static String unplaced(CommentView comment) {
    List<SourceLine> lines = comment.unplaced();
    if (lines.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "" : "\n").append(lines.get(i).text());
    }
    return out.toString();
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
  public static String status(CommentView comment) {
    return comment.attribute(Attribute.PRESENCE).map(p -> p.word()).orElse(null);
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
