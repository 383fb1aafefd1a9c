package dev.threadkit.export;

import dev.threadkit.export.internal.Outputs;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * An exporter whose output holds any number of discussions, one row per comment: open a
 * session on the output once (which writes any header), write discussions to it one by one,
 * close it.
 *
 * <p>Writing a single discussion with {@link #write(Discussion, Writer)} is the same as a
 * session with that one discussion, so a stream exporter is also a {@link DocumentExporter}.
 *
 * <pre>{@code
 * StreamExporter csv = CsvExporter.builder().build();
 * try (ExportSession session = csv.open(System.out)) {
 *   for (Discussion discussion : discussions) {
 *     session.write(discussion);
 *   }
 * }
 * }</pre>
 */
public interface StreamExporter extends DocumentExporter {

  /**
   * Starts an output that takes discussions one by one. The header, if the format has one,
   * is written now, so an output with no discussions is still well formed.
   *
   * @param out where to write; the session flushes it when closed, never closes it
   * @return a session to write discussions to and close
   * @throws IOException if writing the header fails
   */
  ExportSession open(Writer out) throws IOException;

  /**
   * Starts an output of UTF-8 bytes that takes discussions one by one.
   *
   * @param out where to write; the session flushes it when closed, never closes it
   * @return a session to write discussions to and close
   * @throws IOException if writing the header fails
   */
  default ExportSession open(OutputStream out) throws IOException {
    return open(Outputs.utf8(out));
  }

  /**
   * Writes a complete output holding one discussion.
   *
   * @param discussion the discussion to write
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  default void write(Discussion discussion, Writer out) throws IOException {
    try (ExportSession session = open(out)) {
      session.write(discussion);
    }
  }

  /**
   * Returns {@link ExportKind#STREAM}.
   *
   * @return the kind
   */
  @Override
  default ExportKind kind() {
    return ExportKind.STREAM;
  }
}
