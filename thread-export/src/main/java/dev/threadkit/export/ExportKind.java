package dev.threadkit.export;

/**
 * How a format lays out its output, and so which {@link Exporter} sub-interface it implements.
 */
public enum ExportKind {
  /** One output per discussion: a {@link DocumentExporter}. */
  DOCUMENT,
  /**
   * Many discussions streamed into one output, header once: a {@link StreamExporter} (which
   * can also write a single discussion as a document).
   */
  STREAM,
  /** A directory of files for many discussions: a {@link CorpusExporter}. */
  DIRECTORY
}
