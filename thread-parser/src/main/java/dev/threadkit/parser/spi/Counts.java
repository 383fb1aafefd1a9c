package dev.threadkit.parser.spi;

/**
 * Reads and writes counts as pages show them: plain digits ({@code 161}), with thousands
 * separators ({@code 8,591}), or in the short notation of like and view counts ({@code 10K}
 * is 10,000, {@code 1.2K} is 1,200, {@code 3M} is 3,000,000, {@code 1B} a billion). Shared by
 * the web-copy dialects (YouTube likes, Disqus upvotes, comment-count lines); hand-written,
 * no regular expression.
 *
 * <pre>{@code
 * Counts.parse("1.2K");   // 1200
 * Counts.parse("8,591");  // 8591
 * Counts.parse("1.2.3");  // -1
 * Counts.format(10_000);  // "10K"
 * Counts.format(1_234);   // "1234": the short notation would round it
 * }</pre>
 */
public final class Counts {
  private Counts() {}

  /** The largest count read: larger numbers are no count a page shows. */
  private static final long MAX = 1_000_000_000_000_000L;

  /**
   * Reads a count written as the whole text.
   *
   * @param text for example {@code 10K}
   * @return the count, or -1 when the text is no count
   */
  public static long parse(CharSequence text) {
    return parse(text, 0, text.length());
  }

  /**
   * Reads a count written as the whole of {@code text[from, to)}: digits, optionally in groups
   * of three after the first separated by {@code ,}, optionally a fraction after {@code .} and
   * a suffix {@code K}, {@code M} or {@code B} (either case). A fraction needs a suffix, and the
   * count it gives must be whole ({@code 1.2345K} is no count).
   *
   * @param text the text
   * @param from the first character
   * @param to after the last character
   * @return the count, or -1 when the range is no count
   */
  public static long parse(CharSequence text, int from, int to) {
    if (from >= to) {
      return -1;
    }
    long multiplier = 1;
    char last = text.charAt(to - 1);
    switch (last) {
      case 'K', 'k' -> multiplier = 1_000;
      case 'M', 'm' -> multiplier = 1_000_000;
      case 'B', 'b' -> multiplier = 1_000_000_000;
      default -> multiplier = 1;
    }
    int end = multiplier == 1 ? to : to - 1;
    int i = from;
    int digitsEnd = Scan.digitsEnd(text, i, end);
    if (digitsEnd == i || digitsEnd - i > 15) {
      return -1;
    }
    long whole = 0;
    for (int k = i; k < digitsEnd; k++) {
      whole = whole * 10 + (text.charAt(k) - '0');
    }
    i = digitsEnd;
    boolean grouped = false;
    while (i < end && text.charAt(i) == ',') {
      if (!grouped && digitsEnd - from > 3) {
        return -1; // "1234,567": the first group is at most three digits
      }
      int groupEnd = Scan.digitsEnd(text, i + 1, end);
      if (groupEnd - (i + 1) != 3 || whole > MAX / 1000) {
        return -1;
      }
      whole = whole * 1000 + Scan.number(text, i + 1, groupEnd);
      grouped = true;
      i = groupEnd;
    }
    long fraction = 0;
    long fractionScale = 1;
    if (i < end && text.charAt(i) == '.') {
      if (multiplier == 1 || grouped) {
        return -1;
      }
      int fractionEnd = Scan.digitsEnd(text, i + 1, end);
      if (fractionEnd == i + 1 || fractionEnd - (i + 1) > 9) {
        return -1;
      }
      for (int k = i + 1; k < fractionEnd; k++) {
        fraction = fraction * 10 + (text.charAt(k) - '0');
        fractionScale *= 10;
      }
      i = fractionEnd;
    }
    if (i != end || whole > MAX / multiplier) {
      return -1;
    }
    if ((fraction * multiplier) % fractionScale != 0) {
      return -1;
    }
    return whole * multiplier + fraction * multiplier / fractionScale;
  }

  /**
   * Writes a count as pages write like counts, so that {@link #parse} reads it back exactly:
   * the short notation when it is exact ({@code 10K}, {@code 1.2K}, {@code 3M}), plain digits
   * otherwise ({@code 999}, {@code 1234}).
   *
   * @param count a count, not negative
   * @return the text
   * @throws IllegalArgumentException if the count is negative
   */
  public static String format(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative: " + count);
    }
    long[] units = {1_000_000_000L, 1_000_000L, 1_000L};
    String[] suffixes = {"B", "M", "K"};
    for (int u = 0; u < units.length; u++) {
      long unit = units[u];
      if (count >= unit && count < unit * 1000) {
        if (count % unit == 0) {
          return count / unit + suffixes[u];
        }
        if (count % (unit / 10) == 0 && count < unit * 10) {
          return count / unit + "." + (count % unit) / (unit / 10) + suffixes[u];
        }
        return Long.toString(count);
      }
    }
    return Long.toString(count);
  }
}
