package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

/**
 * Something the parser noticed about its input, carried into an export so the output says
 * how it was read. The export module does not depend on the parser: a tool that has parse
 * results converts each of their diagnostics to this small value.
 *
 * <pre>{@code
 * List<ExportDiagnostic> diagnostics = new ArrayList<>();
 * for (Diagnostic d : result.diagnostics()) {   // a dev.threadkit.parser.ParseResult's
 *   diagnostics.add(new ExportDiagnostic(
 *       d.severity().name().toLowerCase(Locale.ROOT), d.code().id(), d.line(), d.column(), d.message()));
 * }
 * JsonExporter.builder().build().write(ExportInput.parsed(result.discussion(), diagnostics, result.sourceName()), out);
 * }</pre>
 *
 * @param severity how serious it is, as the parser names it, such as {@code error},
 *     {@code warning} or {@code info}; non-blank
 * @param code a stable machine-readable identifier of the kind of problem; non-blank
 * @param line the 1-based line of the input it is about
 * @param column the 1-based column of the input it is about
 * @param message a human-readable explanation
 */
public record ExportDiagnostic(String severity, String code, int line, int column, String message) {

  /**
   * Validates the parts.
   *
   * @param severity how serious it is
   * @param code the kind of problem
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message the explanation
   * @throws IllegalArgumentException if the severity or code is blank, or a position is below 1
   */
  public ExportDiagnostic {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    if (severity.isBlank() || code.isBlank()) {
      throw new IllegalArgumentException("a diagnostic needs a severity and a code");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("diagnostic positions are 1-based: " + line + ":" + column);
    }
  }
}
