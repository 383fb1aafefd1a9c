package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

/**
 * An input line kept as it was written, because the parser could not read all of it into
 * the model (a header whose date names no month, say). Kept on the comment it belongs to,
 * so that every export carries it.
 *
 * @param line the line number, from 1
 * @param text the line without its line break and trailing white space, indentation kept
 */
public record SourceLine(int line, String text) {

  /**
   * Validates the parts.
   *
   * @param line see {@link #line()}
   * @param text see {@link #text()}
   * @throws IllegalArgumentException if {@code line} is below 1 or the text holds a line break
   */
  public SourceLine {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + line);
    }
    Checks.singleLine(requireNonNull(text, "text"), "a source line");
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
