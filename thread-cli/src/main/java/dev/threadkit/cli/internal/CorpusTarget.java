package dev.threadkit.cli.internal;

import dev.threadkit.export.CorpusExporter;
import dev.threadkit.export.ExportInput;
import dev.threadkit.export.ExportSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Any number of dumps into one corpus directory (convokit). */
final class CorpusTarget extends ConvertTarget {
  private final CorpusExporter exporter;
  private final Path directory;
  private ExportSession session;

  CorpusTarget(CorpusExporter exporter, Path directory) {
    this.exporter = exporter;
    this.directory = directory;
  }

  @Override
  void open() throws IOException {
    session = exporter.open(directory);
  }

  @Override
  Optional<String> write(ExportInput export, Input input) throws IOException {
    session.write(export); // DiscussionIds has refused a repeated id before it gets here
    return Optional.empty();
  }

  @Override
  String describe() {
    return directory.toString();
  }

  @Override
  public void close() throws IOException {
    if (session != null) {
      session.close();
    }
  }
}
