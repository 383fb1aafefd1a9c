package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.util.List;

/** Recognises the lines of the {@code numbered} dialect, with the words of a {@link Vocabulary}; hand-written scans. */
final class NumberedLines {
  static final char BULLET = '\u2022';

  private final Vocabulary words;
  private final List<String> countPhrases;
  private final List<String> formPhrases;
  private final List<String> saysPhrases;
  /** The last character of each lead-in ending: a line that ends otherwise is no lead-in. */
  private final String leadInEnds;
  private final List<String> anonymous;
  private final List<String> pingbacks;

  NumberedLines(Vocabulary words) {
    this.words = words;
    this.countPhrases = words.phrases("count");
    this.formPhrases = words.phrases("form");
    this.saysPhrases = words.phrases("says");
    StringBuilder ends = new StringBuilder();
    for (int i = 0, n = saysPhrases.size(); i < n; i++) {
      String phrase = saysPhrases.get(i);
      ends.append(phrase.charAt(phrase.length() - 1));
    }
    this.leadInEnds = ends.toString();
    this.anonymous = words.phrases("anonymous");
    this.pingbacks = words.phrases("pingback");
  }

  /** The count of a count line ({@code 15 thoughts on “…”}, {@code 8,591 Comments}), or -1. */
  int countLine(Line line) {
    String text = line.input();
    int i = line.contentStart();
    int end = line.end();
    int count = CopiedText.plainCountEnd(text, i, end);
    if (count < 0) {
      return -1;
    }
    int value = CopiedText.plainCount(text, i, count);
    i = count + 1;
    return Scan.phraseEnd(text, i, end, countPhrases) >= 0 ? value : -1;
  }

  /** Where an entry's text starts after its marker ({@code 12. } or {@code • }), or -1 when the line has none. */
  int marker(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (text.charAt(from) == BULLET) {
      return from + 1 < end && text.charAt(from + 1) == ' ' ? Scan.skipSpaces(text, from + 1, end) : -1;
    }
    int dot = Scan.ordinalDot(text, from, end);
    return dot < 0 ? -1 : Scan.skipSpaces(text, dot + 1, end);
  }

  /** The ordinal of an entry line whose marker is a number, or 0 for a bullet. */
  static int ordinal(Line line) {
    String text = line.input();
    int from = line.contentStart();
    return text.charAt(from) == BULLET ? 0 : Scan.number(text, from, Scan.digitsEnd(text, from, line.end()));
  }

  /** Tells whether the line starts the comment form or the page navigation after the comments. */
  boolean isForm(Line line) {
    for (int i9 = 0, n9 = formPhrases.size(); i9 < n9; i9++) {
      String phrase = formPhrases.get(i9);
      if (line.startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether {@code text[from, end)} starts as a pingback or trackback. */
  boolean isPingback(String text, int from, int end) {
    return CopiedText.startsWithAny(text, from, end, pingbacks) != null;
  }

  /** Where the name of a lead-in {@code NAME says:} ends in {@code text[from, end)}, or -1. */
  int saysEnd(String text, int from, int end) {
    for (int i10 = 0, n10 = saysPhrases.size(); i10 < n10; i10++) {
      String phrase = saysPhrases.get(i10);
      int at = end - phrase.length();
      if (at - 1 > from && text.startsWith(phrase, at) && text.charAt(at - 1) == ' ' && end - from <= 80
          && !Character.isWhitespace(text.charAt(from))) {
        return Scan.trimEnd(text, from, at - 1);
      }
    }
    return -1;
  }

  /** Tells whether a line could end a lead-in ({@code Ann says:}), by its last character alone. */
  boolean mayEndLeadIn(char last) {
    return leadInEnds.indexOf(last) >= 0;
  }

  int saysEnd(Line line) {
    return saysEnd(line.input(), line.contentStart(), line.end());
  }

  boolean isAnonymousLeadIn(Line line) {
    int end = saysEnd(line);
    return end >= 0 && isAnonymous(line.input(), line.contentStart(), end);
  }

  /** Tells whether the name {@code text[from, to)} stands for no one ({@code Anonymous}). */
  boolean isAnonymous(String text, int from, int to) {
    for (int i11 = 0, n11 = anonymous.size(); i11 < n11; i11++) {
      String word = anonymous.get(i11);
      if (to - from == word.length() && text.startsWith(word, from)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code " on " + date} starts at the end of {@code text[from, end)}, or -1. */
  int onDate(String text, int from, int end) {
    for (int i = Math.max(from + 1, end - 40); i + 4 < end; i++) {
      if (text.startsWith(" on ", i) && date(text, i + 4, end) != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads {@code Month d, yyyy at h:mm am} (or {@code PM}, or a 24-hour time without a suffix)
   * from {@code text[from, end)}, all of it; null for any other text or a date that does not exist.
   */
  LocalDateTime date(String text, int from, int end) {
    int i = from;
    int monthEnd = i;
    while (monthEnd < end && Character.isLetter(text.charAt(monthEnd))) {
      monthEnd++;
    }
    int month = monthEnd == i ? 0 : words.month(text, i, monthEnd);
    if (month == 0 || monthEnd >= end || text.charAt(monthEnd) != ' ') {
      return null;
    }
    i = monthEnd + 1;
    int dayEnd = Scan.digitsEnd(text, i, Math.min(end, i + 2));
    if (dayEnd == i || dayEnd + 1 >= end || text.charAt(dayEnd) != ',' || text.charAt(dayEnd + 1) != ' ') {
      return null;
    }
    int day = Scan.number(text, i, dayEnd);
    i = dayEnd + 2;
    int yearEnd = Scan.digitsEnd(text, i, Math.min(end, i + 4));
    if (yearEnd - i != 4 || !text.startsWith(" at ", yearEnd)) {
      return null;
    }
    int year = Scan.number(text, i, yearEnd);
    i = yearEnd + 4;
    int hourEnd = Scan.digitsEnd(text, i, Math.min(end, i + 2));
    if (hourEnd == i || hourEnd + 3 > end || text.charAt(hourEnd) != ':') {
      return null;
    }
    int hour = Scan.number(text, i, hourEnd);
    int minuteEnd = Scan.digitsEnd(text, hourEnd + 1, Math.min(end, hourEnd + 3));
    if (minuteEnd - hourEnd != 3) {
      return null;
    }
    int minute = Scan.number(text, hourEnd + 1, minuteEnd);
    i = Scan.skipSpaces(text, minuteEnd, end);
    if (i < end) {
      if (end - i != 2 || Character.toLowerCase(text.charAt(i + 1)) != 'm') {
        return null;
      }
      char half = Character.toLowerCase(text.charAt(i));
      if ((half != 'a' && half != 'p') || hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (half == 'p' ? 12 : 0);
    } else if (minuteEnd != end) {
      return null;
    }
    if (hour > 23 || minute > 59 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute);
  }

  /** Writes a time as {@link #date} reads it: {@code May 8, 2014 at 3:15 pm}. */
  String format(LocalDateTime time) {
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    return words.monthName(time.getMonthValue()) + " " + time.getDayOfMonth() + ", " + time.getYear() + " at "
        + hour + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute() + (time.getHour() < 12 ? " am" : " pm");
  }
}
