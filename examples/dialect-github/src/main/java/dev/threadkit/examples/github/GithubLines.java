package dev.threadkit.examples.github;

import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Recognises the lines of a GitHub issue export that are not text: the headers that open the
 * issue and its comments, {@code _Comment by @jonas on 2025-03-17 13:15_}, and the timeline's
 * event lines, {@code _Label bug added by @mira_}, whose first words are the vocabulary's
 * {@code event} phrases. Each is one line at the margin between underscores. Scans the
 * characters in place; shared by the reader, the detection and the writer, so that what the
 * writer writes is what the reader reads.
 */
final class GithubLines {
  /** The vocabulary's category of the first words of event lines. */
  static final String EVENT = "event";

  private final List<String> eventWords;

  GithubLines(Vocabulary words) {
    this.eventWords = words.phrases(EVENT);
  }

  /** What a header opens. */
  enum Verb {
    /** {@code _Opened by @mira on 2025-03-17 09:02_}: the issue itself. */
    OPENED("Opened"),
    /** {@code _Comment by @jonas on 2025-03-17 13:15_}: a comment. */
    COMMENT("Comment");

    final String word;

    Verb(String word) {
      this.word = word;
    }
  }

  static final String BY = " by @";
  static final String ON = " on ";
  static final String EDITED = " (edited)";

  /**
   * A header, as offsets into the input. The author and the time are optional: a deleted
   * account writes no author, {@code _Comment on 2025-03-17 13:15_}.
   */
  static final class Header {
    Verb verb;
    int handleStart = -1; // -1: no author
    int handleEnd = -1;
    int timeStart = -1; // -1: no time
    int timeEnd = -1;
    boolean edited;
    /** The exact time; null when there is none, it is relative, or it is no valid date. */
    LocalDateTime exact;
    /** Why the time that looks like a date is none; null when it is fine. */
    String problem;

    boolean hasTime() {
      return timeStart >= 0;
    }

    boolean relative() {
      return hasTime() && exact == null && problem == null;
    }
  }

  /**
   * Reads {@code text[from, to)} as a header line's content.
   *
   * @return the header, or null when it is none
   */
  static Header header(String text, int from, int to) {
    if (to - from < 3 || text.charAt(from) != '_' || text.charAt(to - 1) != '_') {
      return null;
    }
    int end = to - 1; // the inside, between the underscores
    int i = from + 1;
    Header header = new Header();
    for (Verb verb : Verb.values()) {
      if (text.startsWith(verb.word, i)) {
        header.verb = verb;
        i += verb.word.length();
        break;
      }
    }
    if (header.verb == null) {
      return null;
    }
    if (end - i >= EDITED.length() && text.startsWith(EDITED, end - EDITED.length())) {
      header.edited = true;
      end -= EDITED.length();
    }
    if (text.startsWith(BY, i)) {
      int handle = i + BY.length();
      int handleEnd = Scan.wordEnd(text, handle, end);
      if (handleEnd == handle) {
        return null;
      }
      header.handleStart = handle;
      header.handleEnd = handleEnd;
      i = handleEnd;
    }
    if (text.startsWith(ON, i) && i + ON.length() < end) {
      int time = Scan.skipSpaces(text, i + ON.length(), end);
      header.timeStart = time;
      header.timeEnd = end;
      readTime(text, time, end, header);
      i = end;
    }
    // A bare _Comment_ is emphasis in a body, not a header: a header names an author or a time.
    return i == end && (header.handleStart >= 0 || header.hasTime()) ? header : null;
  }

  /** A time that starts like a date ({@code 2025-}) must be one, {@code YYYY-MM-DD HH:MM}; any other is relative. */
  private static void readTime(String text, int from, int to, Header header) {
    boolean dateLike = Scan.digitsEnd(text, from, to) == from + 4 && from + 4 < to && text.charAt(from + 4) == '-';
    if (!dateLike) {
      return;
    }
    if (to - from != 16 || !digits(text, from, 4) || text.charAt(from + 4) != '-' || !digits(text, from + 5, 2)
        || text.charAt(from + 7) != '-' || !digits(text, from + 8, 2) || text.charAt(from + 10) != ' '
        || !digits(text, from + 11, 2) || text.charAt(from + 13) != ':' || !digits(text, from + 14, 2)) {
      header.problem = "expected a date and time as YYYY-MM-DD HH:MM, got " + Scan.quote(text.substring(from, to));
      return;
    }
    try {
      header.exact = LocalDateTime.of(Scan.number(text, from, from + 4), Scan.number(text, from + 5, from + 7),
          Scan.number(text, from + 8, from + 10), Scan.number(text, from + 11, from + 13),
          Scan.number(text, from + 14, from + 16));
    } catch (DateTimeException e) {
      header.problem = "no such date and time: " + Scan.quote(text.substring(from, to));
    }
  }

  private static boolean digits(String text, int from, int count) {
    return Scan.digitsEnd(text, from, from + count) == from + count;
  }

  /**
   * Tells whether {@code text[from, to)} is an event line of the timeline: between underscores,
   * starting with an event word and naming who did it, {@code _Label bug added by @mira_}.
   */
  boolean isEvent(String text, int from, int to) {
    if (to - from < 3 || text.charAt(from) != '_' || text.charAt(to - 1) != '_') {
      return false;
    }
    int wordEnd = from + 1;
    while (wordEnd < to - 1 && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd >= to - 1 || text.charAt(wordEnd) != ' ') {
      return false;
    }
    boolean known = false;
    for (String word : eventWords) {
      known |= word.length() == wordEnd - from - 1 && text.startsWith(word, from + 1);
    }
    if (!known) {
      return false;
    }
    for (int i = wordEnd; i + BY.length() < to - 1; i++) { // within the line: never a search of the rest of the input
      if (text.startsWith(BY, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a line, written at the margin after the first comment, would be read as
   * boilerplate: an event line or an {@code _Opened_} line.
   */
  boolean isEventLike(String line) {
    int end = Scan.trimEnd(line, 0, line.length());
    Header header = header(line, 0, end);
    return header != null ? header.verb == Verb.OPENED : isEvent(line, 0, end);
  }

  /**
   * Tells whether a line of text, written at the margin, would be read as a header or an event
   * line instead of text: the writer refuses to write such text.
   */
  boolean isMarkup(String line) {
    if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
      return false; // the reader looks for headers and events at the margin only
    }
    int end = Scan.trimEnd(line, 0, line.length());
    return header(line, 0, end) != null || isEvent(line, 0, end);
  }
}
