package dev.threadkit.cli.internal;

import dev.threadkit.export.DocumentExporter;
import dev.threadkit.export.ExportInput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Many dumps in a document format: one file each, named by discussion id, in a folder. */
final class DocumentFolderTarget extends ConvertTarget {
  private final DocumentExporter exporter;
  private final Path folder;

  DocumentFolderTarget(DocumentExporter exporter, Path folder) {
    this.exporter = exporter;
    this.folder = folder;
  }

  @Override
  void open() throws IOException {
    Files.createDirectories(folder);
  }

  @Override
  Optional<String> write(ExportInput export, Input input) {
    Path file = folder.resolve(DocumentFileNames.fileName(export.discussion().id(), exporter.fileExtension()));
    boolean opened = false;
    try {
      if (input.path().isPresent() && Files.exists(file) && Files.isSameFile(file, input.path().get())) {
        return Optional.of("it would overwrite itself");
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        opened = true;
        exporter.write(export, out);
      }
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      // This dump's own file (a name the file system refuses, a folder in its place): the
      // others still have theirs, so only this input fails.
      if (opened) {
        deletePartial(file);
      }
      return Optional.of("cannot write " + file + ": " + IoReasons.of(e));
    } catch (IllegalArgumentException e) {
      // The format cannot carry this discussion (no dump writer of its dialect): no file of it.
      if (opened) {
        deletePartial(file);
      }
      throw e;
    }
  }

  /** Removes a document cut short, so that no truncated file looks like a result. */
  private static void deletePartial(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // best effort: the error already names the file
    }
  }

  @Override
  String describe() {
    return folder.toString();
  }

  @Override
  public void close() {}
}
