package dev.threadkit.parser.spi;

/**
 * Hand-written scans that dialects share: digits, numbers, blanks and quoting, over a range
 * {@code [from, to)} of the input, with no regular expression and no new String.
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
   * Quotes a part of a line for a message, at most 40 characters of it.
   *
   * @param text the part
   * @return {@code 'text'}, shortened with {@code …}
   */
  public static String quote(String text) {
    return "'" + (text.length() <= 40 ? text : text.substring(0, 40) + "…") + "'";
  }
}
