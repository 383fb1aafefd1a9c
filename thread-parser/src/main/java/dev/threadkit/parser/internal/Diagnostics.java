package dev.threadkit.parser.internal;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.ParserLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one parse, up to the limit, each with an excerpt of its line. */
final class Diagnostics {
  private static final int EXCERPT = 80;

  private final int max;
  private final List<Diagnostic> list = new ArrayList<>();
  private int dropped;

  Diagnostics(int max) {
    this.max = max;
  }

  /**
   * Adds a diagnostic whose excerpt is the start of {@code text[lineStart, lineEnd)}; returns it, or null
   * when it was past the limit and only counted.
   */
  Diagnostic add(DiagnosticCode code, int line, int column, String message, String text, int lineStart,
      int lineEnd) {
    if (list.size() >= max) {
      dropped++;
      return null;
    }
    int end = Math.min(lineEnd, lineStart + EXCERPT);
    if (end > lineStart && end < lineEnd && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    Diagnostic diagnostic = new Diagnostic(code, line, column, message, text.substring(lineStart, end));
    list.add(diagnostic);
    return diagnostic;
  }

  /** The diagnostics in input order, with a note of how many were dropped past the limit. */
  List<Diagnostic> finish() {
    list.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    if (dropped > 0) {
      list.add(new Diagnostic(DiagnosticCode.TOO_MANY_DIAGNOSTICS, 1, 1,
          dropped + " more diagnostics past the limit of " + max + " were not kept; "
              + ParserLimits.howToRaise("maxDiagnostics", "--max-diagnostics"), ""));
    }
    return list;
  }
}
