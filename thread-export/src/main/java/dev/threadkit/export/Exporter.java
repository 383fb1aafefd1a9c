package dev.threadkit.export;

/**
 * Writes discussions in one output format.
 *
 * <p>An exporter is one of three kinds, each a sub-interface with the methods that kind
 * supports; {@link #kind()} names it, so a command-line tool can switch on it:
 * <ul>
 *   <li>{@link DocumentExporter}: one output per discussion (JSON, GraphML, DOT, Markdown,
 *       the dump text);
 *   <li>{@link StreamExporter}: any number of discussions into one output, a header once and
 *       then rows (JSON Lines, CSV) &mdash; also a {@code DocumentExporter};
 *   <li>{@link CorpusExporter}: a directory of files holding any number of discussions
 *       (ConvoKit).
 * </ul>
 *
 * <p>Exporters are immutable and safe to share between threads. Every text they write is
 * UTF-8 with {@code \n} line ends.
 *
 * <pre>{@code
 * Exporter exporter = Exporters.byName("csv").orElseThrow();
 * switch (exporter.kind()) {
 *   case STREAM -> {
 *     try (ExportSession session = ((StreamExporter) exporter).open(System.out)) {
 *       for (Discussion d : discussions) {
 *         session.write(d);
 *       }
 *     }
 *   }
 *   case DOCUMENT -> {
 *     DocumentExporter document = (DocumentExporter) exporter;
 *     for (Discussion d : discussions) {
 *       try (OutputStream out = Files.newOutputStream(dir.resolve(d.id() + "." + document.fileExtension()))) {
 *         document.write(d, out);
 *       }
 *     }
 *   }
 *   case DIRECTORY -> {
 *     try (ExportSession session = ((CorpusExporter) exporter).open(dir)) {
 *       for (Discussion d : discussions) {
 *         session.write(d);
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Exporter {

  /**
   * Returns the format's name, the one {@link Exporters#byName(String)} finds it by.
   *
   * @return a lower-case name such as {@code json} or {@code csv}
   */
  String name();

  /**
   * Returns how this format lays out its output, which tells which sub-interface it implements.
   *
   * @return the kind
   */
  ExportKind kind();
}
