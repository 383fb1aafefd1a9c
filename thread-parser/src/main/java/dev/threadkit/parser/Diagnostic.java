package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

/**
 * One thing that looked wrong in a dump, with where it is.
 *
 * <pre>{@code
 * for (Diagnostic d : result.diagnostics()) {
 *   System.err.println(d.format(result.sourceName()));
 *   // dumps/000.txt:7:14: error unknown-month 'Decembre' is not a month name of the topcor vocabulary; comment 1.1 has no time, ...
 * }
 * }</pre>
 *
 * @param code what kind of problem it is; it also gives the severity
 * @param line the line, from 1
 * @param column the column, from 1, counted in UTF-16 characters after any byte-order mark
 * @param message a one-line explanation for a person
 * @param excerpt the start of the offending line, at most 80 characters, for context
 */
public record Diagnostic(DiagnosticCode code, int line, int column, String message, String excerpt) {

  /**
   * Validates the position and the texts.
   *
   *
   * @param code see {@link #code()}
   * @param line see {@link #line()}
   * @param column see {@link #column()}
   * @param message see {@link #message()}
   * @param excerpt see {@link #excerpt()}
   * @throws IllegalArgumentException if the line or column is below 1, or the message holds a line break
   */
  public Diagnostic {
    requireNonNull(code, "code");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions start at 1:1, got " + line + ":" + column);
    }
    requireNonNull(message, "message");
    requireNonNull(excerpt, "excerpt");
    if (message.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a diagnostic message is one line");
    }
  }

  /**
   * Returns the severity, which follows from the code.
   *
   * @return the code's severity
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * Formats the diagnostic as compilers do, one line, for the named input.
   *
   * @param sourceName the file name or other label of the input
   * @return {@code source:line:column: severity code message}
   */
  public String format(String sourceName) {
    return sourceName + ":" + this;
  }

  /**
   * Returns {@code line:column: severity code message}.
   *
   * @return the one-line form without a source name
   */
  @Override
  public String toString() {
    return line + ":" + column + ": " + code.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
        + code.id() + " " + message;
  }
}
