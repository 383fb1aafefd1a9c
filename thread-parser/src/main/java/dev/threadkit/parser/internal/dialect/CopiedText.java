package dev.threadkit.parser.internal.dialect;

/** What the dialects of pages copied from a browser share: the indentation a copier adds to every line. */
final class CopiedText {
  private CopiedText() {}

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
}
