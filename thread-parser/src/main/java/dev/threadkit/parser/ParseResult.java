package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.SourceLine;
import java.util.List;

/**
 * What {@link DumpParser} read from one dump: the discussion, everything that looked wrong,
 * and the lines it could not place.
 *
 * <p>The discussion holds every non-blank line of the input: each ends up in the article,
 * its boilerplate, or a comment's fields, text or {@link dev.threadkit.model.Comment#unplaced()} lines.
 *
 * @param sourceName the file name or label of the input, as used in messages
 * @param discussion the discussion read
 * @param diagnostics the problems found, in input order
 * @param unplacedLines the lines the parser kept as written because it could not read all of
 *     them into the discussion's fields, in input order (every comment's
 *     {@link dev.threadkit.model.Comment#unplaced()}); each has a diagnostic
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
   * Returns the name of the dialect that read the dump.
   *
   * @return for example {@code topcor}; the same as the discussion's
   */
  public String dialect() {
    return discussion.dialect();
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
    return "ParseResult[" + sourceName + " (" + discussion.dialect() + "): " + discussion.size() + " comments, " + diagnostics.size()
        + " diagnostics, " + unplacedLines.size() + " unplaced lines]";
  }
}
