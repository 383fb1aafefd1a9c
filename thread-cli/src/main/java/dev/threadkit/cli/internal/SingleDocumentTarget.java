package dev.threadkit.cli.internal;

import dev.threadkit.export.DocumentExporter;
import dev.threadkit.export.ExportInput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One dump in a document format: to standard output or to the file -o names. */
final class SingleDocumentTarget extends ConvertTarget {
  private final DocumentExporter exporter;
  private final Path file;
  private final OutputStream stdout;

  SingleDocumentTarget(DocumentExporter exporter, Path file, OutputStream stdout) {
    this.exporter = exporter;
    this.file = file;
    this.stdout = stdout;
  }

  @Override
  void open() {}

  @Override
  Optional<String> write(ExportInput export, Input input) throws IOException {
    if (file == null) {
      exporter.write(export, stdout);
      stdout.flush();
    } else {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(createParent(file)), 1 << 16)) {
        exporter.write(export, out);
      }
    }
    return Optional.empty();
  }

  @Override
  String describe() {
    return file == null ? "to standard output" : file.toString();
  }

  @Override
  public void close() {}
}
