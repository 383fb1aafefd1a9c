package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.time.Month;
import java.time.Year;

/**
 * Recognises the lines of the {@code topcor} dialect (Topcor / Military Review pages, in
 * every edition): comment headers in their two forms, author lines, dates, the comment-count
 * line and the photo-credit line, with the words of a {@link Vocabulary}. It knows nothing
 * of indentation or trees; {@link TopcorReader} and the core do that.
 *
 * <p>Every method scans the characters of {@code line[from, to)} by hand, with no regular
 * expressions, and creates Strings only for the parts it returns.
 */
final class TopcorLines {

  private final Vocabulary words;

  TopcorLines(Vocabulary words) {
    this.words = words;
  }

  /**
   * What a header line says. A reader owns one and the matchers fill it again for each line,
   * with its author and date, so reading a header makes no object.
   */
  static final class Header {
    int ordinal;
    /** Set for the status form: {@code N. handle Offline handle}. */
    Presence presence;
    /** The handle, for the status form; the author part, for the merged form. */
    final Author author = new Author();
    /** The date at the end of a merged header, or null: then {@link #dateStore} holds nothing. */
    DateMatch date;
    final DateMatch dateStore = new DateMatch();
    /** A status header whose two handles differ: kept among the unplaced lines. */
    boolean mismatched;

    private Header reset() {
      ordinal = 0;
      presence = null;
      date = null;
      mismatched = false;
      return this;
    }
  }

  /**
   * Where an author is written in the line: {@code handle} or {@code handle (real name)}. Kept
   * as offsets so that a handle seen before needs no new String (see {@link AuthorCache}).
   */
  static final class Author {
    int handleStart;
    int handleEnd;
    int nameStart; // -1 when there is no real name
    int nameEnd;

    Author set(int handleStart, int handleEnd, int nameStart, int nameEnd) {
      this.handleStart = handleStart;
      this.handleEnd = handleEnd;
      this.nameStart = nameStart;
      this.nameEnd = nameEnd;
      return this;
    }

    Author set(Author other) {
      return set(other.handleStart, other.handleEnd, other.nameStart, other.nameEnd);
    }

    String handle(String line) {
      return line.substring(handleStart, handleEnd);
    }
  }

  /** Where a date-time was found at the end of a line and what it means. */
  static final class DateMatch {
    enum Status { OK, UNKNOWN_MONTH, INVALID }

    int start;
    Status status;
    CommentTime value; // a relative time when OK, else null
    int problemColumnOffset; // offset in the line of the part that is wrong
    String problem; // describes what is wrong, null when OK
    // An exact time when OK and value is null: kept as numbers, made into objects only if asked.
    int year;
    int month;
    int day;
    int hour;
    int minute;

    DateMatch set(int start, Status status, CommentTime value, int problemOffset, String problem) {
      this.start = start;
      this.status = status;
      this.value = value;
      this.problemColumnOffset = problemOffset;
      this.problem = problem;
      return this;
    }

    DateMatch exact(int start, int year, int month, int day, int hour, int minute) {
      set(start, Status.OK, null, start, null);
      this.year = year;
      this.month = month;
      this.day = day;
      this.hour = hour;
      this.minute = minute;
      return this;
    }

    /** Sets the matched time on a comment. */
    void applyTo(CommentHeader header) {
      if (value != null) {
        header.time(value);
      } else {
        header.time(year, month, day, hour, minute);
      }
    }
  }

  /**
   * Reads a comment header from {@code line[from, to)} (indentation already skipped, no
   * trailing white space): {@code N. handle Online|Offline handle} or
   * {@code N. handle[ (name)] <date>}. Returns null for any other line.
   */
  Header matchHeader(String line, int from, int to, Header into) {
    int i = from;
    int ordinal = 0;
    while (i < to && i - from < 9 && isDigit(line.charAt(i))) {
      ordinal = ordinal * 10 + (line.charAt(i) - '0');
      i++;
    }
    if (i == from || line.charAt(from) == '0' || i + 2 >= to || line.charAt(i) != '.' || line.charAt(i + 1) != ' ') {
      return null;
    }
    int rest = i + 2;
    while (rest < to && line.charAt(rest) == ' ') {
      rest++; // "2.  carol": a doubled space is still a header
    }
    if (rest == to) {
      return null;
    }
    Header header = matchStatus(line, rest, to, into.reset());
    if (header == null) {
      DateMatch date = matchDateAtEnd(line, rest, to, into.dateStore);
      Author author = date == null || date.start - 1 <= rest ? null : author(line, rest, date.start - 1, into.author);
      if (author == null) {
        return null;
      }
      header = into;
      header.date = date;
    }
    header.ordinal = ordinal;
    return header;
  }

  private Header matchStatus(String line, int from, int to, Header into) {
    int length = to - from;
    for (int w = 0; w < words.statusCount(); w++) {
      String word = words.statusWord(w);
      Presence presence = words.statusPresence(w);
      int twice = length - word.length() - 2;
      if (twice < 2 || (twice & 1) != 0) {
        continue;
      }
      int handleLength = twice / 2;
      int wordAt = from + handleLength;
      if (line.charAt(wordAt) == ' ' && line.startsWith(word, wordAt + 1)
          && line.charAt(wordAt + 1 + word.length()) == ' '
          && line.regionMatches(from, line, to - handleLength, handleLength)
          && !Character.isWhitespace(line.charAt(from))) {
        into.presence = presence;
        into.author.set(from, wordAt, -1, -1);
        return into;
      }
    }
    return null;
  }

  /**
   * Reads a status header whose two handles differ, {@code N. left Offline right}: the first
   * {@code " Online "} or {@code " Offline "} with text on both sides. Returns null for any
   * other line. Only a caller that has seen an author line follow may take it as a header.
   */
  Header matchMismatchedStatus(String line, int from, int to, Header into) {
    int rest = from;
    while (rest < to && isDigit(line.charAt(rest))) {
      rest++;
    }
    if (rest == from || line.charAt(from) == '0' || rest + 2 >= to || line.charAt(rest) != '.'
        || line.charAt(rest + 1) != ' ') {
      return null;
    }
    int ordinalEnd = rest;
    rest += 2;
    if (Character.isWhitespace(line.charAt(rest))) {
      return null;
    }
    // From space to space with indexOf: most lines that get here are body lines that start
    // with a number, and most of their spaces start no status word.
    for (int i = line.indexOf(' ', rest + 1); i >= 0 && i < to - 1; i = line.indexOf(' ', i + 1)) {
      if (!words.startsStatusWord(line.charAt(i + 1))) {
        continue;
      }
      for (int w = 0; w < words.statusCount(); w++) {
        String word = words.statusWord(w);
        Presence presence = words.statusPresence(w);
        int after = i + 1 + word.length();
        if (after + 1 < to && line.startsWith(word, i + 1) && line.charAt(after) == ' '
            && !Character.isWhitespace(line.charAt(after + 1))) {
          Header header = into.reset();
          Author author = author(line, rest, i, header.author);
          if (author == null || ordinalEnd - from > 9) {
            return null;
          }
          header.ordinal = Integer.parseInt(line, from, ordinalEnd, 10);
          header.presence = presence;
          author.set(author.handleStart, author.handleEnd, -1, -1);
          return header;
        }
      }
    }
    return null;
  }

  /**
   * Reads the author line of a status header, {@code handle[ (name)][ <date>]}, from
   * {@code line[from, to)}. Returns null unless the line starts with {@code handle} followed
   * by its end, a space and a parenthesis, or a space and a date.
   */
  AuthorLine matchAuthorLine(String line, int from, int to, Author status, AuthorLine into) {
    int length = status.handleEnd - status.handleStart;
    if (!line.regionMatches(from, line, status.handleStart, length)) {
      return null;
    }
    int afterHandle = from + length;
    if (afterHandle == to) {
      into.author.set(from, afterHandle, -1, -1);
      into.date = null;
      return into;
    }
    if (line.charAt(afterHandle) != ' ') {
      return null;
    }
    DateMatch date = matchDateAtEnd(line, afterHandle + 1, to, into.dateStore);
    int authorEnd = date == null ? to : date.start - 1;
    if (authorEnd == afterHandle) {
      into.author.set(from, afterHandle, -1, -1);
      into.date = date;
      return into;
    }
    if (authorEnd - afterHandle >= 3 && line.charAt(afterHandle + 1) == '(' && line.charAt(authorEnd - 1) == ')') {
      if (isBlank(line, afterHandle + 2, authorEnd - 1)) {
        return null;
      }
      into.author.set(from, afterHandle, afterHandle + 2, authorEnd - 1);
      into.date = date;
      return into;
    }
    return null;
  }

  /** An author line: who, and when (null when the line has no date); a reader owns one and reuses it. */
  static final class AuthorLine {
    final Author author = new Author();
    DateMatch date;
    final DateMatch dateStore = new DateMatch();
  }

  /**
   * Splits {@code handle (name)} when the text ends with a parenthesised part preceded by a
   * space; otherwise the whole text is the handle. Trailing white space is dropped. Returns
   * null when the text is empty or starts with white space: no handle does.
   */
  static Author author(String line, int from, int end, Author into) {
    int to = end;
    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    if (to == from || Character.isWhitespace(line.charAt(from))) {
      return null;
    }
    if (to - from >= 4 && line.charAt(to - 1) == ')') {
      int depth = 0;
      for (int i = to - 1; i > from; i--) {
        char c = line.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          if (line.charAt(i - 1) == ' ' && i - 1 > from && i + 1 < to - 1) {
            if (!isBlank(line, i + 1, to - 1)) {
              return into.set(from, i - 1, i + 1, to - 1);
            }
          }
          break;
        }
      }
    }
    return into.set(from, to, -1, -1);
  }

  /**
   * Finds {@code <day> <month> <year> <hour>:[ ]<minute>} at the end of {@code line[from, to)}:
   * day of one or two digits, a word of letters, four-digit year, hour of one or two digits,
   * two-digit minute. Returns null when the line does not end in that shape; a match whose
   * month is not a month name, or whose date does not exist, comes back with that status.
   */
  DateMatch matchDateAtEnd(String line, int from, int to, DateMatch into) {
    int i = to;
    // minute
    if (i - from < 2 || !isDigit(line.charAt(i - 1)) || !isDigit(line.charAt(i - 2))) {
      return null;
    }
    int minute = (line.charAt(i - 2) - '0') * 10 + (line.charAt(i - 1) - '0');
    i -= 2;
    if (i > from && line.charAt(i - 1) == ' ') {
      i--;
    }
    if (i <= from || line.charAt(i - 1) != ':') {
      return null;
    }
    i--;
    // hour
    int hourEnd = i;
    while (i > from && hourEnd - i < 2 && isDigit(line.charAt(i - 1))) {
      i--;
    }
    if (i == hourEnd || i <= from || line.charAt(i - 1) != ' ') {
      return null;
    }
    int hour = number(line, i, hourEnd);
    int hourAt = i;
    i--;
    DateMatch relative = matchRelativeDay(line, from, i, to, hour, minute, hourAt, into);
    if (relative != null) {
      return relative;
    }
    // year
    if (i - from < 5 || !isDigit(line.charAt(i - 1)) || !isDigit(line.charAt(i - 2))
        || !isDigit(line.charAt(i - 3)) || !isDigit(line.charAt(i - 4)) || line.charAt(i - 5) != ' ') {
      return null;
    }
    int year = number(line, i - 4, i);
    i -= 5;
    // month word
    int monthEnd = i;
    while (i > from && Character.isLetter(line.charAt(i - 1))) {
      i--;
    }
    int monthStart = i;
    if (monthStart == monthEnd || i <= from || line.charAt(i - 1) != ' ') {
      return null;
    }
    i--;
    // day
    int dayEnd = i;
    while (i > from && dayEnd - i < 2 && isDigit(line.charAt(i - 1))) {
      i--;
    }
    if (i == dayEnd || (i > from && line.charAt(i - 1) != ' ')) {
      return null;
    }
    int day = number(line, i, dayEnd);
    int start = i;

    int month = words.month(line, monthStart, monthEnd);
    if (month == 0) {
      return into.set(start, DateMatch.Status.UNKNOWN_MONTH, null, monthStart,
          quote(line.substring(monthStart, monthEnd)) + " is not a month name of the topcor vocabulary");
    }
    if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return into.set(start, DateMatch.Status.INVALID, null, start,
          "day " + day + " does not exist in " + words.monthName(month) + " " + year);
    }
    if (hour > 23 || minute > 59) {
      return into.set(start, DateMatch.Status.INVALID, null, hourAt,
          "time " + hour + ":" + (minute < 10 ? "0" : "") + minute + " does not exist");
    }
    return into.exact(start, year, month, day, hour, minute);
  }

  /**
   * Reads {@code <relative-day word>[,] } before the time that starts after {@code wordEnd}:
   * {@code Вчера, 15:35}. Returns null when the word there is no relative-day word.
   */
  private DateMatch matchRelativeDay(String line, int from, int wordEnd, int to, int hour, int minute, int hourAt,
      DateMatch into) {
    int end = wordEnd > from && line.charAt(wordEnd - 1) == ',' ? wordEnd - 1 : wordEnd;
    int start = end;
    while (start > from && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    if (start == end || (start > from && line.charAt(start - 1) != ' ') || words.relativeDay(line, start, end) < 0) {
      return null;
    }
    if (hour > 23 || minute > 59) {
      return into.set(start, DateMatch.Status.INVALID, null, hourAt,
          "time " + hour + ":" + (minute < 10 ? "0" : "") + minute + " does not exist");
    }
    return into.set(start, DateMatch.Status.OK, CommentTime.relative(line.substring(start, to)), start, null);
  }

  /** Quotes a part of a line for a message, at most 40 characters of it. */
  static String quote(String text) {
    return "'" + (text.length() <= 40 ? text : text.substring(0, 40) + "…") + "'";
  }

  /**
   * Reads the comment-count line: a bare number of up to nine digits, no leading zero.
   * Returns -1 for any other line.
   */
  static int commentCount(String line, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 9 || (line.charAt(from) == '0' && length > 1)) {
      return -1;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(line.charAt(i))) {
        return -1;
      }
    }
    return number(line, from, to);
  }

  /**
   * Returns where the text of a photo-credit line {@code • Used photos: …} starts, or -1 if
   * {@code line[from, to)} is not one.
   */
  static int photoCreditStart(String line, int from, int to) {
    if (to - from < 3 || line.charAt(from) != '\u2022' || line.charAt(from + 1) != ' ') {
      return -1;
    }
    int i = from + 1;
    while (i < to && line.charAt(i) == ' ') {
      i++;
    }
    return isBlank(line, i, to) ? -1 : i;
  }

  /** Tells whether {@code line[from, to)} starts like a header: digits, a dot and a space. */
  static boolean startsWithOrdinal(String line, int from, int to) {
    int i = from;
    while (i < to && isDigit(line.charAt(i))) {
      i++;
    }
    return i > from && i + 1 < to && line.charAt(i) == '.' && line.charAt(i + 1) == ' ';
  }

  /** Tells whether {@code line[from, to)} is empty or white space, as {@link String#isBlank()}. */
  static boolean isBlank(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String line, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (line.charAt(i) - '0');
    }
    return value;
  }
}
