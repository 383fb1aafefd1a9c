package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;

/**
 * The dialects' look at the sampled text itself rather than at each of its lines, for {@link
 * dev.threadkit.parser.spi.Dialect#scoresBelow}: a dialect whose scoring lines hold a rare
 * character finds the few places that hold it with {@link Sample#indexOf}, and measures the line
 * around each as the sample would. What it finds may lie outside the sample (a search stops at
 * {@link Sample#searchEnd()}), never does it miss a sampled line.
 */
final class SampleSigns {
  private SampleSigns() {}

  /**
   * Where the line whose content would start at {@code at} starts, if only spaces and tabs stand
   * between a line's start and {@code at}; else -1. A line starts after a break or at {@code
   * first}, where the sample's first line starts.
   */
  static int indentStart(String text, int at, int first) {
    int i = at;
    char c;
    while (i > first && ((c = text.charAt(i - 1)) == ' ' || c == '\t')) {
      i--;
    }
    return i == first || i > first && ((c = text.charAt(i - 1)) == '\n' || c == '\r') ? i : -1;
  }

  /**
   * Where the line holding {@code from} ends as the sample measures it: at its break or {@code
   * limit}, less trailing spaces and tabs.
   */
  static int lineEnd(Sample sample, String text, int from, int limit) {
    int lf = text.indexOf('\n', from); // past the limit only on a line that reaches it
    int cr = sample.indexOf('\r', from); // remembered: most texts have none
    int e = Math.min(lf < 0 ? limit : Math.min(lf, limit), cr < 0 ? limit : cr);
    char c;
    while (e > from && ((c = text.charAt(e - 1)) == ' ' || c == '\t')) {
      e--;
    }
    return e;
  }

  /** Tells whether some {@code c} of the searched text follows {@code before}. */
  static boolean anyAfter(Sample sample, char c, String before) {
    int at = sample.indexOf(c, 0); // none before the first line but on blank lines
    if (at < 0) {
      return false;
    }
    String text = sample.first().input();
    int end = sample.searchEnd();
    boolean bounded = bounded(text, end);
    for (; at >= 0 && at < end; at = bounded ? sample.indexOf(c, at + 1) : text.indexOf(c, at + 1)) {
      if (at >= before.length() && text.startsWith(before, at - before.length())) {
        return true;
      }
    }
    return false;
  }

  /** How far an input may run on past {@link Sample#searchEnd()} for a search of it to go unbounded. */
  static final int BOUNDED_PAST = 4096;

  /**
   * Tells whether the searches for the places after the first should be the sample's bounded
   * ones: a search of the whole input, {@code text.indexOf}, costs less a call where the input
   * ends soon after the sample, but in a longer one the last search could run on to its end.
   * Either finds every place the sample holds, and places past {@code end} are passed over.
   */
  static boolean bounded(String text, int end) {
    return text.length() - end > BOUNDED_PAST;
  }
}
