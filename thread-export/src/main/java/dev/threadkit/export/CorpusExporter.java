package dev.threadkit.export;

import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An exporter that writes a directory of files holding any number of discussions, such as a
 * corpus another toolkit loads as a whole.
 *
 * <pre>{@code
 * CorpusExporter convokit = ConvoKitExporter.builder().build();
 * try (ExportSession corpus = convokit.open(Path.of("out/corpus"))) {
 *   for (Discussion discussion : discussions) {
 *     corpus.write(discussion);
 *   }
 * }   // the files that summarise the whole corpus are written on close
 * }</pre>
 */
public interface CorpusExporter extends Exporter {

  /**
   * Starts a corpus in a directory, creating it if needed. Files of the same names in it are
   * replaced.
   *
   * @param directory the corpus directory
   * @return a session to write discussions to; closing it completes the corpus
   * @throws IOException if the directory or its files cannot be created
   */
  ExportSession open(Path directory) throws IOException;

  /**
   * Writes a corpus that holds one discussion.
   *
   * @param discussion the discussion
   * @param directory the corpus directory
   * @throws IOException if writing fails
   */
  default void write(Discussion discussion, Path directory) throws IOException {
    try (ExportSession session = open(directory)) {
      session.write(discussion);
    }
  }

  /**
   * Returns {@link ExportKind#DIRECTORY}.
   *
   * @return the kind
   */
  @Override
  default ExportKind kind() {
    return ExportKind.DIRECTORY;
  }
}
