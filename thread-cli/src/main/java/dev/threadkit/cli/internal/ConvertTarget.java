package dev.threadkit.cli.internal;

import dev.threadkit.export.ExportInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code convert} writes: one output a row format shares, one document, a folder of
 * documents or a corpus. Used from the one thread that consumes the batch, in input order.
 *
 * <p>A target is opened when the first dump has been read, not before: an input that cannot
 * be read leaves no output at all (no csv header alone on standard output, no empty file),
 * while a dump with no comments still gets a well-formed output.
 */
abstract class ConvertTarget implements AutoCloseable {

  /** Opens the output, before the first discussion; a row format writes its header here. */
  abstract void open() throws IOException;

  /**
   * Writes one parsed dump.
   *
   * @param export the discussion with its diagnostics
   * @param input the input it was read from
   * @return empty, or why this input was refused (it then counts as failed)
   * @throws IOException if the output that every input shares cannot be written
   */
  abstract Optional<String> write(ExportInput export, Input input) throws IOException;

  /** Names the output in an error message, such as {@code out.csv} or {@code to standard output}. */
  abstract String describe();

  @Override
  public abstract void close() throws IOException;

  /** Creates the folders above a file, so that {@code -o out/new/x.csv} works. */
  static Path createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return file;
  }
}
