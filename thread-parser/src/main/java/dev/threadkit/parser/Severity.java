package dev.threadkit.parser;

/** How much a {@link Diagnostic} matters. */
public enum Severity {
  /** Worth knowing, nothing was repaired: strict parsing accepts it. */
  INFO,
  /** Something was repaired or guessed; the text is kept. Strict parsing rejects it. */
  WARNING,
  /**
   * Something could not be read into the model's fields; the text is kept in
   * {@link ParseResult#unplacedLines()} or in a comment. Strict parsing rejects it.
   */
  ERROR
}
