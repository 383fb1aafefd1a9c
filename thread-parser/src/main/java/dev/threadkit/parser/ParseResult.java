package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.threadkit.model.Discussion;
import java.util.List;

/**
 * What {@link DumpParser} read from one dump: the discussion, everything that looked wrong,
 * and the lines it could not place.
 *
 * <p>Together these hold every non-blank line of the input: each ends up in the article,
 * in a comment's fields or text, or in {@link #unplacedLines()}.
 *
 * @param sourceName the file name or label of the input, as used in messages
 * @param discussion the discussion read
 * @param diagnostics the problems found, in input order
 * @param unplacedLines lines, or lines of which a part, the parser could not read into the
 *     discussion, in input order; each has a diagnostic
 */
public record ParseResult(
    String sourceName, Discussion discussion, List<Diagnostic> diagnostics, List<SourceLine> unplacedLines) {

  /**
   * Validates and copies the parts.
   *
   * @param sourceName see {@link #sourceName()}
   * @param discussion see {@link #discussion()}
   * @param diagnostics see {@link #diagnostics()}
   * @param unplacedLines see {@link #unplacedLines()}
   */
  public ParseResult {
    requireNonNull(sourceName, "sourceName");
    requireNonNull(discussion, "discussion");
    diagnostics = ImmutableList.copyOf(diagnostics);
    unplacedLines = ImmutableList.copyOf(unplacedLines);
  }

  /**
   * Tells whether any diagnostic is an error.
   *
   * @return {@code true} if some part of the input could not be read into the model
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * Tells whether strict parsing would reject this input.
   *
   * @return {@code true} if any diagnostic is a warning or an error
   */
  public boolean hasProblems() {
    return diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO);
  }

  /**
   * Returns a bounded description.
   *
   * @return the source, the discussion's size and the number of diagnostics
   */
  @Override
  public String toString() {
    return "ParseResult[" + sourceName + ": " + discussion.size() + " comments, " + diagnostics.size()
        + " diagnostics, " + unplacedLines.size() + " unplaced lines]";
  }
}
