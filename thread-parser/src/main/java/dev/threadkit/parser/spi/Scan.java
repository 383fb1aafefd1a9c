package dev.threadkit.parser.spi;

import java.util.List;

/**
 * Hand-written scans that dialects share: digits, numbers, blanks, words, a vocabulary's
 * phrases at the start or the end of a range, and quoting, over a range {@code [from, to)} of
 * the input, with no regular expression and no new String.
 */
public final class Scan {
  private Scan() {}

  /**
   * Tells whether a character is an ASCII digit.
   *
   * @param c the character
   * @return {@code true} for {@code 0} to {@code 9}
   */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns where a run of ASCII digits starting at {@code from} ends.
   *
   * @param text the text
   * @param from where the run starts
   * @param to the end of the range
   * @return the offset after the last digit; {@code from} when there is none
   */
  public static int digitsEnd(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Reads the decimal number {@code text[from, to)}, all digits, at most nine of them.
   *
   * @param text the text
   * @param from the first digit
   * @param to after the last digit
   * @return the value
   */
  public static int number(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * Reads an ordinal such as {@code 12.} followed by a space at {@code from}: digits without a
   * leading zero, at most nine, then a dot and a space.
   *
   * @param text the text
   * @param from where the digits start
   * @param to the end of the range
   * @return the offset of the dot, or -1 when there is no such ordinal
   */
  public static int ordinalDot(CharSequence text, int from, int to) {
    int i = digitsEnd(text, from, Math.min(to, from + 9));
    if (i == from || text.charAt(from) == '0' || i + 1 >= to || text.charAt(i) != '.' || text.charAt(i + 1) != ' ') {
      return -1;
    }
    return i;
  }

  /**
   * Tells whether {@code text[from, to)} is empty or white space, as {@link String#isBlank()}.
   *
   * @param text the text
   * @param from the start
   * @param to the end
   * @return {@code true} if there is nothing but white space
   */
  public static boolean isBlank(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the offset after {@code from} and any spaces that follow.
   *
   * @param text the text
   * @param from where to start
   * @param to the end of the range
   * @return the first offset that holds no space, or {@code to}
   */
  public static int skipSpaces(CharSequence text, int from, int to) {
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

  /**
   * Returns the end of {@code text[from, to)} without its trailing white space.
   *
   * @param text the text
   * @param from the start
   * @param to the end
   * @return the offset after the last character that is not white space, or {@code from}
   */
  public static int trimEnd(CharSequence text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * Returns where the word starting at {@code from} ends: the first space in
   * {@code text[from, to)}, or {@code to}.
   *
   * <pre>{@code
   * Scan.wordEnd("161 replies", 0, 11);  // 3
   * }</pre>
   *
   * @param text the text
   * @param from where the word starts
   * @param to the end of the range
   * @return the offset of the first space, or {@code to} when there is none
   */
  public static int wordEnd(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) != ' ') {
      i++;
    }
    return i;
  }

  /**
   * Returns where the longest of some phrases that stands at {@code from} as whole words ends:
   * the phrase must end at {@code to} or before a space. The phrases usually come from a
   * {@link Vocabulary}, as {@code words.phrases("count")}.
   *
   * <pre>{@code
   * Scan.phraseEnd("Sort by Top", 0, 11, List.of("Sort", "Sort by"));  // 7
   * Scan.phraseEnd("Sorted", 0, 6, List.of("Sort"));                   // -1
   * }</pre>
   *
   * @param text the text
   * @param from where the phrase must start
   * @param to the end of the range
   * @param phrases the phrases to try
   * @return the offset after the longest phrase that stands there, or -1 when none does
   */
  public static int phraseEnd(CharSequence text, int from, int to, List<String> phrases) {
    int best = -1;
    for (int i12 = 0, n12 = phrases.size(); i12 < n12; i12++) {
      String phrase = phrases.get(i12);
      int after = from + phrase.length();
      if (after <= to && regionIs(text, from, phrase) && (after == to || text.charAt(after) == ' ')) {
        best = Math.max(best, after);
      }
    }
    return best;
  }

  /**
   * Returns where one of some phrases ends {@code text[from, to)} as whole words: it must
   * start at {@code from} or after a space ({@code 9 months ago} ends with {@code ago}, not
   * {@code go}).
   *
   * <pre>{@code
   * Scan.endingPhrase("9 months ago", 0, 12, List.of("ago"));  // 9
   * }</pre>
   *
   * @param text the text
   * @param from the start of the range
   * @param to where the phrase must end
   * @param phrases the phrases to try, in order
   * @return the offset where the first phrase that ends the range starts, or -1 when none does
   */
  public static int endingPhrase(CharSequence text, int from, int to, List<String> phrases) {
    for (int i13 = 0, n13 = phrases.size(); i13 < n13; i13++) {
      String phrase = phrases.get(i13);
      int at = to - phrase.length();
      if (at >= from && regionIs(text, at, phrase) && (at == from || text.charAt(at - 1) == ' ')) {
        return at;
      }
    }
    return -1;
  }

  private static boolean regionIs(CharSequence text, int at, String phrase) {
    if (at + phrase.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < phrase.length(); k++) {
      if (text.charAt(at + k) != phrase.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Quotes a part of a line for a message, at most 40 characters of it.
   *
   * @param text the part
   * @return {@code 'text'}, shortened with {@code …}
   */
  public static String quote(String text) {
    return "'" + (text.length() <= 40 ? text : text.substring(0, 40) + "…") + "'";
  }
}
