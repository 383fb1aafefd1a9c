package dev.threadkit.export;

/** Which graph of a discussion the graph formats ({@link GraphMlExporter}, {@link DotExporter}) write. */
public enum GraphKind {
  /**
   * The reply tree: a node for the article and one per comment, an edge from each comment to
   * what it replies to (its parent comment, or the article for a top-level comment).
   */
  REPLIES,
  /**
   * Who replies to whom: a node per author, an edge from the author of each reply to the
   * author of its parent comment, weighted by how many replies went that way. Top-level
   * comments, which reply to the article, add no edge; self-replies are loops.
   */
  AUTHORS
}
