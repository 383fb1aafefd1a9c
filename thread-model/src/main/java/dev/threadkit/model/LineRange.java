package dev.threadkit.model;

/**
 * The lines of the input a part of the model was read from, 1-based and inclusive, as an
 * editor numbers them.
 *
 * @param first the first line, at least 1
 * @param last the last line, at least {@code first}
 */
public record LineRange(int first, int last) {

  /**
   * Validates the bounds.
   *
   * @param first the first line
   * @param last the last line
   * @throws IllegalArgumentException if {@code first} is below 1 or {@code last} below {@code first}
   */
  public LineRange {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("not a line range: " + first + "-" + last);
    }
  }

  /**
   * Returns the range of a single line.
   *
   * @param line the line number, from 1
   * @return the range {@code line-line}
   */
  public static LineRange of(int line) {
    return new LineRange(line, line);
  }

  /**
   * Returns how many lines the range covers.
   *
   * @return {@code last - first + 1}
   */
  public int count() {
    return last - first + 1;
  }

  /**
   * Returns the range as {@code first-last}, or the single line number.
   *
   * @return for example {@code 14-16}
   */
  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
