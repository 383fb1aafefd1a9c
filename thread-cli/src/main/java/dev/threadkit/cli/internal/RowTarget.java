package dev.threadkit.cli.internal;

import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.ExportInput;
import dev.threadkit.export.ExportSession;
import dev.threadkit.export.JsonLinesExporter;
import dev.threadkit.export.RowSession;
import dev.threadkit.export.StreamExporter;
import dev.threadkit.model.CommentView;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every discussion into one output of a row format (csv, jsonl): standard output or -o FILE.
 *
 * <p>Rows are made on the worker threads while each dump is read ({@link #work()}, no model),
 * into a buffer of that dump's rows, and copied to the output here, in input order, once the
 * dump was read whole and accepted: a dump rejected in its middle (strict mode, a limit) or
 * refused (a repeated discussion id) leaves no row behind, as when the rows were written from
 * the finished model. The buffer is the rows in their final bytes, about the size of the dump.
 */
final class RowTarget extends ConvertTarget {
  private final StreamExporter exporter;
  private final StreamExporter headerless;
  private final Path file;
  private final OutputStream stdout;
  private OutputStream out;

  RowTarget(StreamExporter exporter, boolean csvSafe, Path file, OutputStream stdout) {
    this.exporter = exporter;
    this.headerless = exporter instanceof CsvExporter ? CsvExporter.builder().header(false).spreadsheetSafe(csvSafe).build()
        : exporter;
    this.file = file;
    this.stdout = stdout;
  }

  /** The format. */
  StreamExporter exporter() {
    return exporter;
  }

  /** Whether the rows can be made while a dump is read: the row formats of thread-export, which take comments one by one. */
  static boolean streams(StreamExporter exporter) {
    return exporter instanceof CsvExporter || exporter instanceof JsonLinesExporter;
  }

  /** Makes one dump's rows, without a header, into a buffer; used on the worker threads. */
  DumpWork<ByteArrayOutputStream> work() {
    return id -> new DumpWork.Run<>() {
      private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
      private RowSession rows;

      @Override
      public void start(String dialect) {
        try {
          rows = (RowSession) headerless.open(buffer);
        } catch (IOException e) {
          throw new IllegalStateException("a header-less row session wrote to memory and failed", e);
        }
        rows.discussion(id, dialect);
      }

      @Override
      public void comment(CommentView comment) {
        rows.comment(comment);
      }

      @Override
      public ByteArrayOutputStream end() {
        try {
          rows.close();
        } catch (IOException e) {
          throw new IllegalStateException("a row session writing to memory failed", e);
        }
        return buffer;
      }
    };
  }

  @Override
  void open() throws IOException {
    out = file == null ? stdout : new BufferedOutputStream(Files.newOutputStream(createParent(file)), 1 << 16);
    try (ExportSession header = exporter.open(out)) {
      // the header row, if the format has one; the rows follow as each dump's bytes
    }
  }

  /**
   * Writes one dump's rows, made by {@link #work()}.
   *
   * @param rows the rows' bytes
   * @throws IOException if the output cannot be written
   */
  void writeRows(ByteArrayOutputStream rows) throws IOException {
    rows.writeTo(out);
  }

  @Override
  Optional<String> write(ExportInput export, Input input) throws IOException {
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    try (ExportSession session = headerless.open(rows)) {
      session.write(export);
    }
    writeRows(rows);
    return Optional.empty();
  }

  @Override
  String describe() {
    return file == null ? "to standard output" : file.toString();
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      if (file == null) {
        out.flush();
      } else {
        out.close();
      }
    }
  }
}
