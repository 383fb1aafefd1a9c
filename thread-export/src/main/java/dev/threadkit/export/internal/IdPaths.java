package dev.threadkit.export.internal;

import dev.threadkit.model.CommentId;

/**
 * The dotted text of comment ids, kept up to date while walking comments in document order.
 *
 * <p>In pre-order the path of the previous comment always starts with the current comment's
 * parent path, so each step only truncates and appends one ordinal instead of rebuilding the
 * whole path; the parent's text is a prefix. Text length still grows with depth, as the id does.
 */
public final class IdPaths {
  private final StringBuilder path = new StringBuilder();
  private int[] ends = new int[16]; // ends[d]: length of the path of the open comment at depth d
  private int depth = -1;

  /** Moves to the next comment; it must come right after the previous one in document order. */
  public IdPaths next(CommentId id) {
    int d = id.depth();
    if (d > depth + 1) {
      throw new IllegalStateException("comment " + id + " skips a level: comments are not in document order");
    }
    path.setLength(d == 0 ? 0 : ends[d - 1]);
    if (d > 0) {
      path.append('.');
    }
    path.append(id.ordinal());
    if (d == ends.length) {
      ends = java.util.Arrays.copyOf(ends, d * 2);
    }
    ends[d] = path.length();
    depth = d;
    return this;
  }

  /** The current comment's id, such as {@code 3.1}. */
  public String id() {
    return path.toString();
  }

  /** The current comment's parent id, or {@code null} for a top-level comment. */
  public String parent() {
    return depth == 0 ? null : path.substring(0, ends[depth - 1]);
  }
}
