package dev.threadkit.export;

import dev.threadkit.export.internal.Outputs;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * An exporter that writes one discussion as one complete output: a file, a response body,
 * standard output.
 *
 * <p>The output stream or writer is flushed but not closed: the caller owns it.
 *
 * <pre>{@code
 * DocumentExporter json = JsonExporter.builder().build();
 * try (OutputStream out = Files.newOutputStream(Path.of(discussion.id() + "." + json.fileExtension()))) {
 *   json.write(discussion, out);
 * }
 * }</pre>
 */
public interface DocumentExporter extends Exporter {

  /**
   * Returns the usual file name extension of this format's output.
   *
   * @return the extension without its dot, such as {@code json} or {@code md}
   */
  String fileExtension();

  /**
   * Writes a discussion as characters; the writer should encode them as UTF-8 if it encodes.
   *
   * @param discussion the discussion to write
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  void write(Discussion discussion, Writer out) throws IOException;

  /**
   * Writes a discussion as UTF-8 bytes.
   *
   * @param discussion the discussion to write
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  default void write(Discussion discussion, OutputStream out) throws IOException {
    Writer writer = Outputs.utf8(out);
    write(discussion, writer);
    writer.flush();
  }

  /**
   * Writes an export input as UTF-8 bytes: the discussion, and its diagnostics where the format
   * has a place for them. By default the discussion alone.
   *
   * @param input the discussion and what came with it
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  default void write(ExportInput input, OutputStream out) throws IOException {
    write(input.discussion(), out);
  }

  /**
   * Returns {@link ExportKind#DOCUMENT}.
   *
   * @return the kind
   */
  @Override
  default ExportKind kind() {
    return ExportKind.DOCUMENT;
  }
}
