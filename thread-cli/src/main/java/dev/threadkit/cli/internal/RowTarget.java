package dev.threadkit.cli.internal;

import dev.threadkit.export.ExportInput;
import dev.threadkit.export.ExportSession;
import dev.threadkit.export.StreamExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Every discussion into one output of a row format (csv, jsonl): standard output or -o FILE. */
final class RowTarget extends ConvertTarget {
  private final StreamExporter exporter;
  private final Path file;
  private final OutputStream stdout;
  private OutputStream out;
  private ExportSession session;

  RowTarget(StreamExporter exporter, Path file, OutputStream stdout) {
    this.exporter = exporter;
    this.file = file;
    this.stdout = stdout;
  }

  @Override
  void open() throws IOException {
    out = file == null ? stdout : new BufferedOutputStream(Files.newOutputStream(createParent(file)), 1 << 16);
    session = exporter.open(out);
  }

  @Override
  Optional<String> write(ExportInput export, Input input) throws IOException {
    session.write(export);
    return Optional.empty();
  }

  @Override
  String describe() {
    return file == null ? "to standard output" : file.toString();
  }

  @Override
  public void close() throws IOException {
    try {
      if (session != null) {
        session.close();
      }
    } finally {
      if (out != null) {
        if (file == null) {
          out.flush();
        } else {
          out.close();
        }
      }
    }
  }
}
