package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

import dev.threadkit.export.internal.Graphs;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;

/**
 * What the graph formats share: one of a discussion's graphs ({@link GraphKind}), described
 * once and written by a format's own writer. {@link GraphMlExporter} and {@link DotExporter}
 * are the two.
 *
 * <pre>{@code
 * GraphExporter graph = GraphMlExporter.builder().graph(GraphKind.AUTHORS).build();
 * graph.write(discussion, out);
 * }</pre>
 */
public abstract sealed class GraphExporter implements DocumentExporter permits DotExporter, GraphMlExporter {
  private final String name;
  private final GraphKind graph;
  private final SinkFactory sinks;

  /** Opens a format's writer of graphs on an output. */
  @FunctionalInterface
  interface SinkFactory {
    Graphs.Sink open(Writer out) throws IOException;
  }

  GraphExporter(String name, GraphKind graph, SinkFactory sinks) {
    this.name = name;
    this.graph = graph;
    this.sinks = sinks;
  }

  /**
   * Returns the format name, also the file extension: {@code graphml} or {@code dot}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the format name: {@code graphml} or {@code dot}.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return name;
  }

  /**
   * Returns which graph this exporter writes.
   *
   * @return the graph kind
   */
  public GraphKind graph() {
    return graph;
  }

  @Override
  public void write(Discussion discussion, Writer out) throws IOException {
    Graphs.write(requireNonNull(discussion, "discussion"), graph, sinks.open(out));
  }

  /**
   * Configures a graph exporter; not thread-safe, the exporter it builds is.
   *
   * @param <B> the builder's own type, returned by its setters
   * @param <E> the exporter it builds
   */
  public abstract static sealed class Builder<B extends Builder<B, E>, E extends GraphExporter>
      permits DotExporter.Builder, GraphMlExporter.Builder {
    private GraphKind graph = GraphKind.REPLIES;

    Builder() {}

    /**
     * Chooses the graph to write. Default: {@link GraphKind#REPLIES}.
     *
     * @param value the reply tree or the author-interaction graph
     * @return this builder
     */
    public B graph(GraphKind value) {
      this.graph = requireNonNull(value, "graph");
      return self();
    }

    /** The graph chosen so far. */
    GraphKind graph() {
      return graph;
    }

    abstract B self();

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public abstract E build();
  }
}
