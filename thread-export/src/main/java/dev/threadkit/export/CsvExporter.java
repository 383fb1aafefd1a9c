package dev.threadkit.export;

import dev.threadkit.export.internal.FlatSession;
import dev.threadkit.export.internal.Outputs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes comments as CSV, one record per comment, for spreadsheets and data-frame tools.
 * Any number of discussions stream into one output under one header. Format name
 * {@code csv}, extension {@code csv}.
 *
 * <p>The columns are those of {@link JsonLinesExporter}, in the same order:
 * {@code discussion,dialect,id,parent,depth,author,name,kind,status,posted,time_written,posted_after,
 * posted_before,text,unplaced,attributes,key,parent_key}. Absent values ({@code parent} and
 * {@code parent_key} of a top-level comment, the {@code author} of an anonymous comment, a missing
 * {@code name}, {@code status}, {@code posted}, {@code time_written} or interval) and an
 * {@code unplaced} of no lines are empty fields. Quoting follows RFC 4180: a field holding a comma, a
 * double quote or a line break is enclosed in double quotes, and quotes inside are doubled;
 * line breaks inside text are kept. Records end with {@code \n} (not the RFC's CR LF, like
 * every threadkit output; readers accept both).
 *
 * <p>Text is written exactly as it is by default, which data-frame tools need. Comments are
 * untrusted text, and a spreadsheet runs a cell starting with {@code =}, {@code +}, {@code -}
 * or {@code @} as a formula ({@code =HYPERLINK(...)}): for files that people open in Excel
 * or LibreOffice, {@link Builder#spreadsheetSafe(boolean)} applies OWASP's rule and writes a
 * {@code '} before such a cell (and one starting with a tab or a carriage return).
 *
 * <pre>{@code
 * StreamExporter csv = CsvExporter.builder().header(true).spreadsheetSafe(true).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("comments.csv"));
 *     ExportSession session = csv.open(out)) {
 *   session.write(discussion);
 * }
 * }</pre>
 */
public final class CsvExporter implements StreamExporter {
  private final boolean header;
  private final boolean spreadsheetSafe;

  private CsvExporter(Builder builder) {
    this.header = builder.header;
    this.spreadsheetSafe = builder.spreadsheetSafe;
  }

  /**
   * Starts configuring a CSV exporter: with a header row.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code csv}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "csv";
  }

  /**
   * Returns {@code csv}.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "csv";
  }

  /**
   * Starts a CSV output, writing the header row at once if configured, so even an output
   * with no comments has it.
   *
   * @param out where to write; the session flushes it when closed, never closes it
   * @return the session
   * @throws IOException if writing the header fails
   */
  @Override
  public RowSession open(Writer out) throws IOException {
    return FlatSession.csv(out, header, spreadsheetSafe);
  }

  /**
   * Starts a CSV output of UTF-8 bytes, as {@link #open(Writer)} does.
   *
   * @param out where to write; the session flushes it when closed, never closes it
   * @return a session that takes whole discussions or comments one by one
   * @throws IOException if writing the header fails
   */
  @Override
  public RowSession open(OutputStream out) throws IOException {
    return open(Outputs.utf8(out));
  }

  /** Configures a {@link CsvExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private boolean header = true;
    private boolean spreadsheetSafe;

    private Builder() {}

    /**
     * Sets whether a cell that a spreadsheet would run as a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading
     * {@code '}, as OWASP advises against CSV injection. Default: no, text is written exactly.
     *
     * @param value {@code true} for files opened in a spreadsheet
     * @return this builder
     */
    public Builder spreadsheetSafe(boolean value) {
      this.spreadsheetSafe = value;
      return this;
    }

    /**
     * Sets whether the output starts with a header row naming the columns. Default: yes.
     * Leave it out to append to an existing file that has one.
     *
     * @param value {@code true} for a header row
     * @return this builder
     */
    public Builder header(boolean value) {
      this.header = value;
      return this;
    }

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public CsvExporter build() {
      return new CsvExporter(this);
    }
  }
}
