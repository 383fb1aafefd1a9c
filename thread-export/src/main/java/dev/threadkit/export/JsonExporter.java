package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

import dev.threadkit.export.internal.Jackson;
import dev.threadkit.export.internal.JsonTreeWriter;
import dev.threadkit.export.internal.Outputs;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one discussion as a JSON document with the reply tree nested, for programs that
 * want the thread as a tree. Format name {@code json}, extension {@code json}.
 *
 * <p>The field names are a public contract, described by the JSON Schema
 * {@code docs/discussion.schema.json} ({@value #SCHEMA}):
 * <pre>{@code
 * {
 *   "schema": "threadkit.discussion/2",
 *   "dialect": "topcor",                // Discussion.dialect(); "none" when built in code
 *   "id": "000_599c788b2f42df5e",
 *   "article": {
 *     "title": "...", "paragraphs": ["..."],
 *     "commentCount": 7 | null,        // the count the page showed under the title
 *     "boilerplate": ["..."],          // paragraphs of site furniture
 *     "attributes": {"photoCredit": "...", "countLine": "..."}   // those the page showed
 *   },
 *   "comments": [
 *     { "id": "3",
 *       "author": {"handle": "Old man", "name": "Old man" | null} | null,   // null: anonymous
 *       "kind": "comment" | "pingback" | "deleted",
 *       "posted": "2020-12-09T15:42:00" | null,       // an exact time: site's local time, no zone
 *       "postedAfter": "2020-12-09T10:00:00Z" | null, // a relative time's interval, UTC,
 *       "postedBefore": "2020-12-09T10:59:59Z" | null, //   when the time of the copy was known
 *       "timeWritten": "5 hours ago" | null,          // a relative time's words
 *       "text": "...",
 *       "attributes": {"presence": "offline", "score": 12, "edited": true},  // numbers, flags, text
 *       "unplaced": [ {"line": 17, "text": "..."} ],  // lines kept as written
 *       "lines": {"first": 16, "last": 26} | null,    // source lines; see sourceLines()
 *       "replies": [ ...comments of the same shape... ] }
 *   ],
 *   "diagnostics": [ {"severity", "code", "line", "column", "message"} ]  // see below
 * }
 * }</pre>
 * {@code docs/schema-migration.md} lists what changed from {@code threadkit.discussion/1}.
 * {@code diagnostics} is present only when written with
 * {@link #write(Discussion, List, Writer)} or from an {@link ExportInput} that has them, the
 * ways to export a parse result.
 *
 * <p>The document is written with a streaming generator and the tree is nested from the
 * comments' depths, without recursion, so any depth exports. The output ends with {@code \n}.
 *
 * <pre>{@code
 * JsonExporter json = JsonExporter.builder().pretty(false).build();
 * json.write(discussion, System.out);
 * json.write(discussion, diagnostics, System.out);   // with the parser's diagnostics
 * }</pre>
 */
public final class JsonExporter implements DocumentExporter {
  /** The value of every document's {@code schema} field: the contract's name and version. */
  public static final String SCHEMA = JsonTreeWriter.SCHEMA;

  private final boolean pretty;
  private final boolean sourceLines;

  private JsonExporter(Builder builder) {
    this.pretty = builder.pretty;
    this.sourceLines = builder.sourceLines;
  }

  /**
   * Starts configuring a JSON exporter: indented, with source lines.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code json}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "json";
  }

  /**
   * Returns {@code json}.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public void write(Discussion discussion, Writer out) throws IOException {
    write(discussion, null, out);
  }

  /**
   * Writes the discussion with the parser's diagnostics, when the input has them; see
   * {@link #write(Discussion, List, OutputStream)}.
   *
   * @param input the discussion and its diagnostics
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ExportInput input, OutputStream out) throws IOException {
    Writer writer = Outputs.utf8(out);
    write(input.discussion(), input.diagnostics().orElse(null), writer);
    writer.flush();
  }

  /**
   * Writes a discussion with the diagnostics of the parse that produced it, as a
   * {@code diagnostics} array after the comments (present even when the list is empty, which
   * says the parse found nothing to report).
   *
   * @param discussion the discussion
   * @param diagnostics the parser's diagnostics, in order
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(Discussion discussion, List<ExportDiagnostic> diagnostics, OutputStream out)
      throws IOException {
    Writer writer = Outputs.utf8(out);
    write(discussion, requireNonNull(diagnostics, "diagnostics"), writer);
    writer.flush();
  }

  /**
   * Writes a discussion with the diagnostics of the parse that produced it; see
   * {@link #write(Discussion, List, OutputStream)}.
   *
   * @param discussion the discussion
   * @param diagnostics the parser's diagnostics, in order; null writes no
   *     {@code diagnostics} field
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(Discussion discussion, List<ExportDiagnostic> diagnostics, Writer out) throws IOException {
    requireNonNull(discussion, "discussion");
    List<ExportDiagnostic> copy = diagnostics == null ? null : List.copyOf(diagnostics);
    try (JsonGenerator gen = pretty ? Jackson.pretty(out) : Jackson.compact(out)) {
      JsonTreeWriter.write(discussion, copy, sourceLines, gen);
      gen.writeRaw('\n');
    } catch (JacksonException e) {
      throw Outputs.ioException(e);
    }
    out.flush();
  }

  /** Configures a {@link JsonExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private boolean pretty = true;
    private boolean sourceLines = true;

    private Builder() {}

    /**
     * Sets whether to indent the document (two spaces a level, a line per value) or write it
     * on one line. Default: indented.
     *
     * <p>Indentation grows with nesting, so for very deep threads the compact form is much
     * smaller.
     *
     * @param value {@code true} to indent
     * @return this builder
     */
    public Builder pretty(boolean value) {
      this.pretty = value;
      return this;
    }

    /**
     * Sets whether each comment carries a {@code lines} field with the source lines it was
     * parsed from ({@code null} for comments built in code). Default: yes.
     *
     * @param value {@code true} to write {@code lines}
     * @return this builder
     */
    public Builder sourceLines(boolean value) {
      this.sourceLines = value;
      return this;
    }

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public JsonExporter build() {
      return new JsonExporter(this);
    }
  }
}
