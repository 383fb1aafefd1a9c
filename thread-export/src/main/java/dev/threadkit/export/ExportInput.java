package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

import dev.threadkit.model.Discussion;
import java.util.List;
import java.util.Optional;

/**
 * What an exporter writes for one input: the discussion, the diagnostics of the parse that
 * produced it when there was one, and the name of its source. Every format takes it, so a tool
 * hands each parse result over the same way; a format that has a place for the diagnostics
 * (JSON) writes them, the others write the discussion.
 *
 * <pre>{@code
 * ExportInput input = ExportInput.parsed(discussion, diagnostics, "dumps/000.txt");
 * JsonExporter.builder().build().write(input, out);       // the discussion and a "diagnostics" array
 * MarkdownExporter.builder().build().write(input, out);   // the discussion alone
 * }</pre>
 *
 * @param discussion the discussion to write
 * @param diagnostics the parser's diagnostics, in order, when the discussion was parsed;
 *     empty when nobody knows (a discussion built in code)
 * @param sourceName where the discussion was read from, such as a file's path; its id when
 *     there is no other name
 */
public record ExportInput(Discussion discussion, Optional<List<ExportDiagnostic>> diagnostics, String sourceName) {

  /**
   * Validates the parts and copies the list.
   *
   * @param discussion the discussion
   * @param diagnostics the diagnostics, if known
   * @param sourceName the source's name
   * @throws IllegalArgumentException if the source name is blank
   */
  public ExportInput {
    requireNonNull(discussion, "discussion");
    requireNonNull(sourceName, "sourceName");
    diagnostics = requireNonNull(diagnostics, "diagnostics").map(List::copyOf);
    if (sourceName.isBlank()) {
      throw new IllegalArgumentException("an export input needs a source name");
    }
  }

  /**
   * A discussion with no parse behind it: no diagnostics, named by its id.
   *
   * @param discussion the discussion
   * @return the input
   */
  public static ExportInput of(Discussion discussion) {
    return new ExportInput(discussion, Optional.empty(), discussion.id());
  }

  /**
   * A parse result: the discussion, the parser's diagnostics and where it was read from.
   *
   * @param discussion the discussion
   * @param diagnostics the parser's diagnostics, in order; may be empty
   * @param sourceName where it was read from
   * @return the input
   */
  public static ExportInput parsed(Discussion discussion, List<ExportDiagnostic> diagnostics, String sourceName) {
    return new ExportInput(discussion, Optional.of(diagnostics), sourceName);
  }
}
