package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

import dev.threadkit.export.internal.Graphs;
import dev.threadkit.export.internal.DotSink;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a graph of one discussion as Graphviz DOT, to draw a thread with {@code dot -Tsvg}. Format name {@code dot}, extension {@code dot}.
 *
 * <p>One {@code digraph} named after the discussion; node and edge attributes are those of
 * {@link GraphMlExporter} (integers bare, everything else a quoted string). Every id and
 * string is double-quoted, with backslashes doubled, quotes escaped and line breaks written
 * as {@code \n}.
 *
 * <p>By default the graph is the reply tree ({@link GraphKind#REPLIES}): a node for the
 * article (id {@code article}) and one per comment (id its dotted path, such as {@code 3.1}),
 * an edge from each comment to its parent or to the article. {@link GraphKind#AUTHORS} writes
 * who replies to whom instead (ids {@code a1}, {@code a2}, … in order of first comment).
 *
 * <pre>{@code
 * DotExporter.builder().build().write(discussion, System.out);   // then: dot -Tsvg
 * }</pre>
 */
public final class DotExporter implements DocumentExporter {
  private final GraphKind graph;

  private DotExporter(Builder builder) {
    this.graph = builder.graph;
  }

  /**
   * Starts configuring the exporter: the reply graph.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code dot}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "dot";
  }

  /**
   * Returns {@code dot}.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "dot";
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
    Graphs.write(requireNonNull(discussion, "discussion"), graph, new DotSink(out));
  }

  /** Configures a {@link DotExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private GraphKind graph = GraphKind.REPLIES;

    private Builder() {}

    /**
     * Chooses the graph to write. Default: {@link GraphKind#REPLIES}.
     *
     * @param value the reply tree or the author-interaction graph
     * @return this builder
     */
    public Builder graph(GraphKind value) {
      this.graph = requireNonNull(value, "graph");
      return this;
    }

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public DotExporter build() {
      return new DotExporter(this);
    }
  }
}
