package dev.threadkit.export;

import dev.threadkit.export.internal.DotSink;

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
public final class DotExporter extends GraphExporter {

  private DotExporter(Builder builder) {
    super("dot", builder.graph(), DotSink::new);
  }

  /**
   * Starts configuring the exporter: the reply graph.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link DotExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder extends GraphExporter.Builder<Builder, DotExporter> {
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
    public DotExporter build() {
      return new DotExporter(this);
    }
  }
}
