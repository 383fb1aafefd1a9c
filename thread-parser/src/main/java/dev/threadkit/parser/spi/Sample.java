package dev.threadkit.parser.spi;

import java.util.List;
import java.util.function.Predicate;

/**
 * The start of an input, for {@link Dialect#detect(Sample)}: its first non-blank lines,
 * bounded in number and characters so that detecting a dialect costs the same for any size
 * of input.
 */
public interface Sample {

  /**
   * Returns the sample the parser would take of a text, for a dialect's tests of {@link Dialect#detect}.
   *
   * @param text the whole input
   * @return its first non-blank lines, as the parser bounds them
   */
  static Sample of(String text) {
    return dev.threadkit.parser.internal.Dialects.sample(text);
  }

  /**
   * Returns the first non-blank lines of the input, in order.
   *
   * @return at most a few hundred lines
   */
  List<Line> lines();

  /**
   * Counts the lines of the sample that match.
   *
   * @param test the test
   * @return how many lines pass it
   */
  default int countLines(Predicate<Line> test) {
    int n = 0;
    for (Line line : lines()) {
      if (test.test(line)) {
        n++;
      }
    }
    return n;
  }
}
