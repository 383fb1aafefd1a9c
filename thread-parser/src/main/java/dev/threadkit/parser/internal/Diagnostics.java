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
  private String text = "";
  private int lineStart;
  private int lineEnd;

  Diagnostics(int max) {
    this.max = max;
  }

  /** Sets the line that the next diagnostics are about, for their excerpt. */
  void onLine(String text, int start, int end) {
    this.text = text;
    this.lineStart = start;
    this.lineEnd = end;
  }

  void add(DiagnosticCode code, int line, int column, String message) {
    if (list.size() >= max) {
      dropped++;
      return;
    }
    int end = Math.min(lineEnd, lineStart + EXCERPT);
    if (end > lineStart && end < lineEnd && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    list.add(new Diagnostic(code, line, column, message, text.substring(lineStart, end)));
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
