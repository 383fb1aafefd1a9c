package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.internal.LineCursor;
import dev.threadkit.parser.spi.Counts;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.RelativeTimes;
import dev.threadkit.parser.spi.Scan;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the dialects of pages copied from a browser share: the indentation a copier adds to
 * every line, ages, counts and the vocabulary scans their line scanners repeat.
 */
final class CopiedText {
  private CopiedText() {}

  /** Ages already checked: pages write few distinct ones ("5 hours ago"), and each header asks. */
  private static final ConcurrentHashMap<String, Boolean> AGES = new ConcurrentHashMap<>();
  private static final int MAX_AGES = 4096;

  /**
   * Tells whether an age as written is a relative time the parser's words can resolve.
   *
   * @param written for example {@code 5 hours ago}
   * @return {@code true} when {@link RelativeTimes#understands} does
   */
  static boolean knownAge(String written) {
    Boolean known = AGES.get(written);
    if (known == null) {
      known = RelativeTimes.standard().understands(written);
      if (AGES.size() < MAX_AGES) {
        AGES.put(written, known);
      }
    }
    return known;
  }

  /**
   * Returns the indentation every non-blank line from {@code from} on shares, in columns (a tab
   * counting as two, as {@link dev.threadkit.parser.spi.Line#indent()} counts it): what a copier
   * added, to be taken off every line.
   *
   * @param text the whole input
   * @param from where the first line starts
   * @return the smallest indentation of a non-blank line, 0 when there is none
   */
  static int commonIndent(String text, int from) {
    int min = Integer.MAX_VALUE;
    int pos = from;
    int length = text.length();
    while (pos < length && min > 0) {
      int columns = 0;
      int i = pos;
      while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        columns += text.charAt(i) == '\t' ? 2 : 1;
        i++;
      }
      int end = i;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      boolean blank = true;
      for (int k = i; k < end && blank; k++) {
        blank = Character.isWhitespace(text.charAt(k));
      }
      if (!blank) {
        min = Math.min(min, columns);
      }
      pos = end + 1;
    }
    return min == Integer.MAX_VALUE ? 0 : min;
  }

  /**
   * Reads a count as pages write it, {@code 12}, {@code 1,234}, {@code 1.2k}, {@code 10K} or
   * {@code 3M}, from {@code text[from, end)}, all of it.
   *
   * @return the number ({@code 1.2k} is 1,200), or -1 when the text is no such count
   */
  static long count(String text, int from, int end) {
    long whole = 0;
    int digits = 0;
    int i = from;
    while (i < end && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || text.charAt(i) == ',' && digits > 0)) {
      if (text.charAt(i) != ',') {
        whole = whole * 10 + (text.charAt(i) - '0');
        if (++digits > 12) {
          return -1;
        }
      }
      i++;
    }
    if (digits == 0) {
      return -1;
    }
    long tenths = 0;
    boolean fraction = false;
    if (i + 1 < end && text.charAt(i) == '.' && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
      tenths = text.charAt(i + 1) - '0';
      fraction = true;
      i += 2;
    }
    long scale = 1;
    if (i < end) {
      char unit = text.charAt(i++);
      scale = unit == 'k' || unit == 'K' ? 1_000 : unit == 'm' || unit == 'M' ? 1_000_000 : 0;
    }
    if (scale == 0 || i != end || fraction && scale == 1) {
      return -1;
    }
    return whole * scale + tenths * scale / 10;
  }

  /** Tells whether the line's content is exactly one of the phrases. */
  static boolean isOneOf(Line line, List<String> phrases) {
    return isOneOf(line.input(), line.contentStart(), line.end(), phrases); // the line read once, not once a phrase
  }

  /**
   * Phrases a whole line is tested against, once a line: {@link #isOneOf} with the phrases'
   * lengths kept as a bit set, so that a line of any other length (most lines) is turned away
   * without looking at a phrase.
   */
  static final class OneOf {
    private final String[] phrases;
    private final long lengths; // bit n: a phrase of n characters; bit 63: one of 63 or more

    OneOf(List<String> phrases) {
      this.phrases = phrases.toArray(new String[0]);
      long bits = 0;
      for (String phrase : this.phrases) {
        bits |= 1L << Math.min(phrase.length(), 63);
      }
      this.lengths = bits;
    }

    /** {@link CopiedText#isOneOf(Line, List)} over these phrases. */
    boolean test(Line line) {
      return test(line.input(), line.contentStart(), line.end());
    }

    /** {@link CopiedText#isOneOf(String, int, int, List)} over these phrases. */
    boolean test(String text, int from, int end) {
      int length = end - from;
      if ((lengths & 1L << Math.min(length, 63)) == 0) {
        return false;
      }
      for (String phrase : phrases) {
        if (length == phrase.length() && text.startsWith(phrase, from)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Tells whether {@code text[from, end)} is exactly one of the words. */
  static boolean isOneOf(String text, int from, int end, List<String> words) {
    for (int i2 = 0, n2 = words.size(); i2 < n2; i2++) {
      String word = words.get(i2);
      if (end - from == word.length() && text.startsWith(word, from)) {
        return true;
      }
    }
    return false;
  }

  /** The first of the phrases that {@code text[from, end)} starts with (a prefix, not a whole word), or null. */
  static String startsWithAny(String text, int from, int end, List<String> phrases) {
    for (int i3 = 0, n3 = phrases.size(); i3 < n3; i3++) {
      String phrase = phrases.get(i3);
      if (end - from >= phrase.length() && text.startsWith(phrase, from)) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * Tells whether {@code text[from, end)} is an age: two to four words of which the last is an
   * {@code ago} word ({@code a year ago}, {@code 9 months ago}), or at most 20 characters the
   * relative-time reader understands ({@code just now}). Unknown unit words still make an age:
   * the reader reports them.
   */
  static boolean isAge(String text, int from, int end, List<String> agoWords) {
    int ago = Scan.endingPhrase(text, from, end, agoWords);
    if (ago > from) {
      int words = 1;
      for (int i = from; i < ago; i++) {
        if (text.charAt(i) == ' ' && text.charAt(i + 1) != ' ') {
          words++;
        }
      }
      return words >= 3 && words <= 4 && !Character.isWhitespace(text.charAt(from));
    }
    return end - from <= 20 && knownAge(text.substring(from, end));
  }

  /**
   * Reads a count line's count: {@code text[from, end)} starts with a count as {@link Counts}
   * reads it, a space and one of the phrases as whole words ({@code 8,591 Comments  Sort by},
   * {@code 54K views}).
   *
   * @return the count, or -1 for any other text
   */
  static long countBefore(String text, int from, int end, List<String> phrases) {
    int space = Scan.wordEnd(text, from, end);
    long count = Counts.parse(text, from, space);
    if (count < 0 || space == end) {
      return -1;
    }
    return Scan.phraseEnd(text, space + 1, end, phrases) >= 0 ? count : -1;
  }

  /**
   * Where a plain count at {@code from} ends, before the space that must follow it: one to nine
   * digits, with commas anywhere after the first ({@code 1,204 comments}).
   *
   * @return the offset of the space, or -1 when no such count and space stand there
   */
  static int plainCountEnd(String text, int from, int end) {
    int digits = 0;
    int i = from;
    while (i < end && (Scan.isDigit(text.charAt(i)) || text.charAt(i) == ',' && digits > 0)) {
      if (text.charAt(i) != ',' && ++digits > 9) {
        return -1;
      }
      i++;
    }
    return digits == 0 || i >= end || text.charAt(i) != ' ' ? -1 : i;
  }

  /** The value of a count that {@link #plainCountEnd} found in {@code text[from, to)}: its digits, the commas left out. */
  static int plainCount(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ',') {
        value = value * 10 + (text.charAt(i) - '0');
      }
    }
    return value;
  }

  /** Reads a header from {@code text[from, end)}; {@code cut} allows one the copy cut off at its end. */
  @FunctionalInterface
  interface HeaderScan<H> {
    H read(String text, int from, int end, boolean cut);
  }

  /**
   * Reads a whole header from the line, or, once the title is read and on the last line of the
   * input, one the copy stops inside of.
   *
   * @return the header, or null
   */
  static <H> H headerOrCut(Line line, boolean titleSeen, HeaderScan<H> scan) {
    String text = line.input();
    H header = scan.read(text, line.contentStart(), line.end(), false);
    if (header == null && titleSeen && isLast(line)) {
      H cut = scan.read(text, line.contentStart(), line.end(), true);
      if (cut != null) {
        return cut; // the copy stops inside a header
      }
    }
    return header;
  }

  /**
   * Tells whether no non-blank line follows, as {@code line.next().isEmpty()} does, without
   * making a line: for a line of the core's cursor by looking at the characters after it
   * (only spaces, tabs and line breaks), which for any line but the last stops at the next
   * line's first character.
   */
  static boolean isLast(Line line) {
    if (!(line instanceof LineCursor)) {
      return line.next().isEmpty();
    }
    String text = line.input();
    for (int i = line.end(), length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  // ---- Lookups by offsets in the input, without a substring ----

  /** The last age looked up in each slot by {@link #knownAge(String, int, int)}, by the hash of its characters. */
  private static final KnownAge[] AGE_SLOTS = new KnownAge[1024];

  private record KnownAge(String written, boolean known) {}

  /**
   * {@link #knownAge(String)} of {@code text[from, end)}, a substring made only for an age not
   * met lately: action lines ask about the same few texts on every comment.
   */
  static boolean knownAge(String text, int from, int end) {
    int hash = 0;
    for (int i = from; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ hash >>> 16) & (AGE_SLOTS.length - 1);
    KnownAge age = AGE_SLOTS[slot]; // immutable entries: a race only costs a lookup
    if (age == null || age.written.length() != end - from || !text.startsWith(age.written, from)) {
      String written = text.substring(from, end);
      age = new KnownAge(written, knownAge(written));
      AGE_SLOTS[slot] = age;
    }
    return age.known;
  }
}
