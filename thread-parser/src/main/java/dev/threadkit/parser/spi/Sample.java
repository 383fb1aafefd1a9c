package dev.threadkit.parser.spi;

import java.util.List;
import java.util.function.Predicate;

/**
 * The start of an input, for {@link Dialect#detect(Sample)}: its first non-blank lines,
 * bounded in number and characters so that detecting a dialect costs the same for any size
 * of input.
 *
 * <p>The parser's sample finds its lines only as far as a dialect asks for them, once for all
 * the dialects it scores. The cheapest way to look at them is a walk with {@link #first()} and
 * {@link #after(Line)}, which creates no object per line and lets a dialect stop at the line
 * that decides its score:
 *
 * <pre>{@code
 * for (Line line = sample.first(); line != null; line = sample.after(line)) {
 *   ...
 * }
 * }</pre>
 *
 * <p>{@link #lines()} gives the same lines as a list of objects that stay valid. A sample is
 * meant for the thread that scores it.
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
   * Returns the first line of the sample, to walk its lines with {@link #after(Line)}.
   *
   * @return the first of {@link #lines()}, or null for a sample without lines
   */
  default Line first() {
    List<Line> lines = lines();
    return lines.isEmpty() ? null : lines.get(0);
  }

  /**
   * Returns the line of the sample after one that {@link #first()} or this method returned.
   * The result may be the very object passed in, moved on to the next line, so a line of a
   * walk is valid only until the walk moves on: what a dialect keeps of it, it copies (its
   * offsets, or {@link Line#at}).
   *
   * @param line a line this sample's {@link #first()} or {@link #after(Line)} returned
   * @return the next of {@link #lines()}, or null after the last
   */
  default Line after(Line line) {
    List<Line> lines = lines();
    int low = 0;
    int high = lines.size();
    while (low < high) { // the first line numbered after it: numbers grow along the list
      int mid = (low + high) >>> 1;
      if (lines.get(mid).number() <= line.number()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < lines.size() ? lines.get(low) : null;
  }

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
   * Returns where a search of the input itself ({@link Line#input()}, with {@code indexOf}) for
   * what the sampled lines hold can stop: no sampled line reaches past this offset, and a line
   * of the input that does is cut there in the sample or is not in it. Found without finding
   * every line, so it may lie past the sample's last line: a search up to it may find text the
   * sample does not hold, never miss any it does. For a dialect whose signs are rare characters,
   * to look at only the lines that hold one.
   *
   * <p>The value may shrink once the sample's lines are found (never below the end of its last
   * line), so what a search finds past the last sampled line is a hint, not sampled text: a
   * {@code detect} that counts finds must check that each lies on a sampled line, or its score
   * would depend on which dialect asked first.
   *
   * @return an offset from 0 to the input's length
   */
  default int searchEnd() {
    List<Line> lines = lines();
    return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).end();
  }

  /**
   * Returns the offset of the first {@code c} at or after {@code from} and before {@link
   * #searchEnd()}, or -1: a cheap way to the few lines that hold a rare character, without
   * finding every line. The place found may lie outside every sampled line (on a blank line, or
   * past the last); none that a sampled line holds is skipped.
   *
   * @param c the character to look for (a {@code char}: a character past U+FFFF is two)
   * @param from the offset of the input to look from; as for {@link String#indexOf(int, int)}, a
   *     negative one is 0 and one past the input's end finds nothing
   * @return the offset in the input, or -1
   */
  default int indexOf(char c, int from) {
    List<Line> lines = lines();
    int at = lines.isEmpty() ? -1 : lines.get(0).input().indexOf(c, from);
    return at >= 0 && at < searchEnd() ? at : -1;
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
