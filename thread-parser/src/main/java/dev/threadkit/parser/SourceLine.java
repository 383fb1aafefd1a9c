package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

/**
 * An input line the parser kept as it was, because it could not be read into the model.
 *
 * @param line the line number, from 1
 * @param text the line without its line break and trailing white space
 */
public record SourceLine(int line, String text) {

  /**
   * Validates the line number.
   *
   *
   * @param line see {@link #line()}
   * @param text see {@link #text()}
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public SourceLine {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + line);
    }
    requireNonNull(text, "text");
  }

  /**
   * Returns a bounded form: the line number and at most 80 characters of the text.
   *
   * @return for example {@code 5: writer (W) 9 Decembre 2020 15: 35}
   */
  @Override
  public String toString() {
    return line + ": " + (text.length() <= 80 ? text : text.substring(0, 80) + "…");
  }
}
