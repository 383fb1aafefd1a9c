package dev.threadkit.export;

import dev.threadkit.export.internal.GraphMlSink;

/**
 * Writes a graph of one discussion as GraphML, the XML graph format that graph libraries (networkx, igraph, Gephi, yEd) read with typed attributes. Format name {@code graphml}, extension {@code graphml}.
 *
 * <p>Every attribute is declared with a {@code <key>} ({@code attr.name}, {@code attr.type}
 * {@code string} or {@code int}); absent values are left out. Reply graph nodes carry
 * {@code kind} ({@code article}, or the comment's kind: {@code comment}, {@code pingback} or
 * {@code deleted}), {@code label} (the handle, {@code (anonymous)} for an anonymous comment),
 * {@code author} (the handle, absent when anonymous), {@code name}, {@code status},
 * {@code posted} (an exact time, ISO local date-time), {@code time_written} (a relative time's
 * words) and {@code depth}; author graph nodes carry {@code label}, {@code handle},
 * {@code name} and {@code comments}, their edges {@code weight}, and all anonymous comments
 * share one node labelled {@code (anonymous)} without a handle. The graph element carries
 * {@code kind} ({@code replies} or {@code authors}), {@code discussion}, {@code dialect} and
 * {@code title}. Characters XML 1.0 cannot hold (most control
 * characters) are written as U+FFFD.
 *
 * <p>By default the graph is the reply tree ({@link GraphKind#REPLIES}): a node for the
 * article (id {@code article}) and one per comment (id its dotted path, such as {@code 3.1}),
 * an edge from each comment to its parent or to the article. {@link GraphKind#AUTHORS} writes
 * who replies to whom instead (ids {@code a1}, {@code a2}, … in order of first comment).
 *
 * <pre>{@code
 * GraphMlExporter.builder().graph(GraphKind.AUTHORS).build().write(discussion, out);
 * }</pre>
 */
public final class GraphMlExporter extends GraphExporter {

  private GraphMlExporter(Builder builder) {
    super("graphml", builder.graph(), GraphMlSink::new);
  }

  /**
   * Starts configuring the exporter: the reply graph.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link GraphMlExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder extends GraphExporter.Builder<Builder, GraphMlExporter> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    @Override
    public GraphMlExporter build() {
      return new GraphMlExporter(this);
    }
  }
}
