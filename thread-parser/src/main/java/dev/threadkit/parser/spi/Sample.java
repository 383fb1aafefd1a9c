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
   * Tells whether the sampled text holds a part anywhere: a cheap first test for a dialect
   * whose every signal holds a certain character (a bullet, an {@code @}), before it looks at
   * each line.
   *
   * @param part the text to look for
   * @return {@code true} if some sampled line holds it
   */
  default boolean contains(String part) {
    for (Line line : lines()) {
      String text = line.input();
      int at = text.indexOf(part, line.start());
      if (at >= 0 && at + part.length() <= line.end()) {
        return true;
      }
    }
    return false;
  }

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
