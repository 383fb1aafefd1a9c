package dev.threadkit.parser;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a dump cannot be accepted: by a strict parser for any warning or error, and by
 * any parser when the input passes one of its {@link ParserLimits}.
 *
 * <p>The message is one line naming the source, line and column of the first problem; all
 * of them are in {@link #diagnostics()}.
 */
public final class DumpParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file name or label of the input. */
  private final String sourceName;
  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param sourceName the file name or label of the input
   * @param diagnostics the problems, at least one
   * @throws IllegalArgumentException if {@code diagnostics} is empty
   */
  public DumpParseException(String sourceName, List<Diagnostic> diagnostics) {
    super(message(sourceName, diagnostics));
    this.sourceName = sourceName;
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  private static String message(String sourceName, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a parse exception needs a diagnostic");
    }
    Diagnostic first = diagnostics.get(0);
    return first.format(sourceName) + (diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more)" : "");
  }

  /**
   * Returns the file name or label of the input.
   *
   * @return the source name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Returns every problem found, in input order.
   *
   * @return an immutable list, never empty
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
