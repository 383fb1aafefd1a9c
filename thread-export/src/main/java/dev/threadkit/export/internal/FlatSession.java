package dev.threadkit.export.internal;

import dev.threadkit.export.RowSession;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.csv.CsvSchema;

/** A JSON Lines or CSV output taking discussions one by one; see {@link FlatRows}. */
public final class FlatSession implements RowSession {
  private final Writer out;
  private final JsonGenerator gen;
  private final FlatRows rows;
  private boolean closed;

  private FlatSession(Writer out, JsonGenerator gen, Runnable endRow) {
    this.out = out;
    this.gen = gen;
    this.rows = new FlatRows(gen, endRow);
  }

  /** Opens a JSON Lines output: one compact object and a {@code \n} per comment. */
  public static FlatSession jsonLines(Writer out) {
    JsonGenerator gen = Jackson.compact(out);
    return new FlatSession(out, gen, () -> gen.writeRaw('\n'));
  }

  /**
   * Opens an RFC 4180 CSV output, writing the header row now if asked for; with
   * {@code spreadsheetSafe}, cells a spreadsheet would run as formulas are written as text.
   */
  public static FlatSession csv(Writer out, boolean header, boolean spreadsheetSafe) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(header).setLineSeparator("\n");
    for (FlatRows.Column column : FlatRows.Column.values()) {
      schema.addColumn(column.header());
    }
    if (header) {
      // Jackson writes the header with the first record; an output with no comments
      // still needs it, so it is written here and the generator told not to.
      out.write(csvLine(FlatRows.HEADERS));
      schema.setUseHeader(false);
    }
    JsonGenerator gen = Jackson.csv(out, schema.build());
    return new FlatSession(out, spreadsheetSafe ? new SpreadsheetSafe(gen) : gen, () -> { });
  }

  private static String csvLine(List<String> headers) {
    return String.join(",", headers) + "\n"; // plain lower-case words: nothing to quote
  }

  @Override
  public void write(Discussion discussion) throws IOException {
    checkOpen();
    try {
      rows.write(discussion);
    } catch (JacksonException e) {
      throw Outputs.ioException(e);
    }
  }

  @Override
  public void discussion(String id, String dialect) {
    checkOpen();
    rows.start(java.util.Objects.requireNonNull(id, "id"), java.util.Objects.requireNonNull(dialect, "dialect"));
  }

  @Override
  public void comment(CommentView comment) {
    checkOpen();
    try {
      rows.row(comment);
    } catch (JacksonException e) {
      IOException cause = Outputs.ioException(e);
      throw new UncheckedIOException(cause.getMessage(), cause);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the export session is closed");
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      gen.close();
    } catch (JacksonException e) {
      throw Outputs.ioException(e);
    }
    out.flush();
  }
}
