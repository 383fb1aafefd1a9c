package dev.threadkit.export;

import dev.threadkit.export.internal.FlatSession;
import dev.threadkit.export.internal.Outputs;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes comments as JSON Lines, one flat object per comment, for data-frame tools and
 * line-oriented pipelines. Any number of discussions stream into one output. Format name
 * {@code jsonl}, extension {@code jsonl}.
 *
 * <p>Each line is one compact JSON object with these fields, in this order (the same
 * columns as {@link CsvExporter}):
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>value</th></tr>
 *   <tr><td>{@code discussion}</td><td>the discussion's id</td></tr>
 *   <tr><td>{@code dialect}</td><td>the dialect it was read from, such as {@code "topcor"}</td></tr>
 *   <tr><td>{@code id}</td><td>the comment's dotted id, such as {@code "3.1"}</td></tr>
 *   <tr><td>{@code parent}</td><td>the parent's id, {@code null} for a top-level comment</td></tr>
 *   <tr><td>{@code depth}</td><td>a number, 0 for a top-level comment</td></tr>
 *   <tr><td>{@code author}</td><td>the handle, or {@code null} for an anonymous comment</td></tr>
 *   <tr><td>{@code name}</td><td>the real name, or {@code null}</td></tr>
 *   <tr><td>{@code kind}</td><td>{@code "comment"}, {@code "pingback"} or {@code "deleted"}</td></tr>
 *   <tr><td>{@code status}</td><td>the presence attribute: {@code "online"}, {@code "offline"} or {@code null}</td></tr>
 *   <tr><td>{@code posted}</td><td>an exact time as ISO local date-time such as {@code "2020-12-09T15:42:00"}, or {@code null}</td></tr>
 *   <tr><td>{@code time_written}</td><td>a relative time's words such as {@code "5 hours ago"}, or {@code null}</td></tr>
 *   <tr><td>{@code posted_after}, {@code posted_before}</td><td>the interval of instants a resolved
 *       relative time stands for, ISO-8601 in UTC, or {@code null}</td></tr>
 *   <tr><td>{@code text}</td><td>the body, lines joined with {@code \n}</td></tr>
 *   <tr><td>{@code unplaced}</td><td>the texts of the lines the parser kept as written, joined with
 *       {@code \n}; {@code ""} when none</td></tr>
 *   <tr><td>{@code attributes}</td><td>every attribute as the text of a JSON object, such as
 *       {@code "{\"presence\":\"offline\"}"}; {@code "{}"} when none</td></tr>
 *   <tr><td>{@code key}</td><td>{@code "<discussion>/<id>"}, such as {@code "000/3.1"}: unique across
 *       every discussion of a corpus, and text that no reader takes for a number (pandas reads
 *       {@code id} {@code "1.10"} as the float {@code 1.1} unless told {@code dtype=str})</td></tr>
 *   <tr><td>{@code parent_key}</td><td>the parent's key, {@code null} for a top-level comment</td></tr>
 * </table>
 * Every line, the last one too, ends with {@code \n}. There is no header line.
 *
 * <pre>{@code
 * try (ExportSession session = JsonLinesExporter.builder().build().open(System.out)) {
 *   for (Discussion discussion : discussions) {
 *     session.write(discussion);
 *   }
 * }
 * }</pre>
 */
public final class JsonLinesExporter implements StreamExporter {

  private JsonLinesExporter(Builder builder) {}

  /**
   * Starts configuring a JSON Lines exporter. It has no options today; the builder keeps the
   * construction the same as every other format's.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code jsonl}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "jsonl";
  }

  /**
   * Returns {@code jsonl}.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "jsonl";
  }

  /**
   * Starts a JSON Lines output; there is no header, so nothing is written yet.
   *
   * @param out where to write; the session flushes it when closed, never closes it
   * @return a session that takes whole discussions or comments one by one
   */
  @Override
  public RowSession open(Writer out) {
    return FlatSession.jsonLines(out);
  }

  /**
   * Starts a JSON Lines output of UTF-8 bytes, as {@link #open(Writer)} does.
   *
   * @param out where to write; the session flushes it when closed, never closes it
   * @return a session that takes whole discussions or comments one by one
   */
  @Override
  public RowSession open(OutputStream out) {
    return open(Outputs.utf8(out));
  }

  /** Configures a {@link JsonLinesExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private Builder() {}

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public JsonLinesExporter build() {
      return new JsonLinesExporter(this);
    }
  }
}
