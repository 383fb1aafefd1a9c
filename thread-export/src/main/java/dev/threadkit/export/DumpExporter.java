package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Writes a discussion back as dump text in the dialect it was read from
 * ({@link Discussion#dialect()}), so a parsed and possibly edited discussion can be written
 * out, diffed against its source, or fed to the parser again. Format name {@code dump},
 * extension {@code txt}.
 *
 * <p>The exporter knows no dialect itself: each dialect's {@link DialectWriter} does the
 * writing, found with {@link ServiceLoader} when the exporter is built. The parser's jar
 * provides the writers of its built-in dialects (all but {@code plain}); a dialect in a jar of its own provides its writer the
 * same way. A discussion whose dialect has no writer installed fails with an
 * {@link IllegalArgumentException} naming the dialect, and one built in code without a
 * dialect ({@value Discussion#NO_DIALECT}) fails with one saying to set it, as in the example.
 *
 * <pre>{@code
 * DumpExporter dump = DumpExporter.builder().build();
 * dump.write(parser.parse(path).discussion(), Files.newBufferedWriter(Path.of("copy.txt")));
 * dump.write(Discussion.builder("d").dialect("topcor").article(article).build(), System.out);
 * }</pre>
 */
public final class DumpExporter implements DocumentExporter {

  private final Map<String, DialectWriter> writers;

  private DumpExporter(Builder builder) {
    Map<String, DialectWriter> byDialect = new TreeMap<>();
    for (DialectWriter writer : ServiceLoader.load(DialectWriter.class)) {
      byDialect.putIfAbsent(writer.dialect(), writer);
    }
    for (DialectWriter writer : builder.extra) {
      byDialect.put(writer.dialect(), writer);
    }
    this.writers = Collections.unmodifiableMap(byDialect);
  }

  /**
   * Starts configuring a dump exporter with the installed dialect writers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code dump}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "dump";
  }

  /**
   * Returns {@code txt}, the extension of the dump files themselves.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "txt";
  }

  /**
   * Returns the names of the dialects this exporter can write.
   *
   * @return the dialect names, sorted; empty when no writer is installed
   */
  public List<String> dialects() {
    return List.copyOf(writers.keySet());
  }

  /**
   * Writes the discussion as a dump of its dialect; the text does not end with a line break.
   *
   * @param discussion the discussion
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if no writer of the discussion's dialect is installed,
   *     the discussion has no dialect, or the dialect cannot express something it holds
   */
  @Override
  public void write(Discussion discussion, Writer out) throws IOException {
    requireNonNull(discussion, "discussion");
    writerOf(discussion).write(discussion, out);
    out.flush();
  }

  private DialectWriter writerOf(Discussion discussion) {
    String dialect = discussion.dialect();
    DialectWriter writer = writers.get(dialect);
    if (writer != null) {
      return writer;
    }
    if (dialect.equals(Discussion.NO_DIALECT)) {
      throw new IllegalArgumentException("cannot write discussion " + discussion.id() + " as a dump: it names no"
          + " dialect; set one with Discussion.builder(id).dialect(name)" + installed());
    }
    throw new IllegalArgumentException("cannot write discussion " + discussion.id() + " as a dump: no writer of"
        + " dialect '" + dialect + "' is installed" + installed());
  }

  private String installed() {
    return writers.isEmpty() ? " (none is installed: put thread-parser or a dialect's jar on the class path)"
        : " (installed: " + String.join(", ", writers.keySet()) + ")";
  }

  /** Configures a {@link DumpExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private final List<DialectWriter> extra = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a dialect writer to those found by {@link ServiceLoader}, replacing an installed
     * one of the same dialect.
     *
     * @param writer the writer
     * @return this builder
     */
    public Builder addWriter(DialectWriter writer) {
      extra.add(requireNonNull(writer, "writer"));
      return this;
    }

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public DumpExporter build() {
      return new DumpExporter(this);
    }
  }
}
