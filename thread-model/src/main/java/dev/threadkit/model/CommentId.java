package dev.threadkit.model;

import java.util.Optional;

/**
 * The identity of a comment within its discussion: the path of sibling ordinals from a
 * top-level comment down to it, written with dots ({@code 3.1} is the first reply to the
 * third top-level comment).
 *
 * <p>Ids share their prefixes: {@link #child(int)} points at its parent instead of copying
 * the path, so a chain of 100,000 nested replies needs 100,000 small objects, not a
 * quadratic number of path elements. Equality, hashing and ordering walk the path
 * iteratively; the hash is computed once, when the id is made.
 *
 * <pre>{@code
 * CommentId reply = CommentId.parse("3.1");
 * reply.depth();                    // 1
 * reply.ordinal();                  // 1
 * reply.parent().orElseThrow();     // 3
 * CommentId.of(3).child(1);         // equal to reply
 * }</pre>
 *
 * <p>Ids order in document order: a parent before its replies, siblings by ordinal.
 */
public final class CommentId implements Comparable<CommentId> {

  private final CommentId parent; // null for a top-level comment
  private final int ordinal;
  private final int depth;
  private final int hash;

  private CommentId(CommentId parent, int ordinal) {
    if (ordinal < 1) {
      throw new IllegalArgumentException("comment ordinals start at 1, got " + ordinal);
    }
    this.parent = parent;
    this.ordinal = ordinal;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.hash = mix((parent == null ? 0x2545F491 : parent.hash) * 0x9E3779B9 + ordinal);
  }

  /**
   * Scrambles the bits (the finalizer of MurmurHash3), so that ids whose paths merely add up
   * alike, such as {@code 1.32} and {@code 2.1} under {@code h * 31 + ordinal}, do not collide
   * and send equality on long walks up their paths.
   */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /**
   * Returns the id of a top-level comment.
   *
   * @param ordinal the comment's position among the top-level comments, from 1
   * @return the id
   * @throws IllegalArgumentException if {@code ordinal} is below 1
   */
  public static CommentId root(int ordinal) {
    return new CommentId(null, ordinal);
  }

  /**
   * Returns the id made of the given ordinal path, outermost first: {@code of(3, 1)} is
   * {@code 3.1}.
   *
   * @param path at least one ordinal, each at least 1
   * @return the id
   * @throws IllegalArgumentException if the path is empty or holds an ordinal below 1
   */
  public static CommentId of(int... path) {
    if (path.length == 0) {
      throw new IllegalArgumentException("a comment id needs at least one ordinal");
    }
    CommentId id = root(path[0]);
    for (int i = 1; i < path.length; i++) {
      id = id.child(path[i]);
    }
    return id;
  }

  /**
   * Parses the dotted form, such as {@code 3.1}.
   *
   * @param text ordinals of one or more digits each, with no leading zero, separated by single
   *     dots: exactly what {@link #toString()} writes
   * @return the id
   * @throws IllegalArgumentException if {@code text} is not of that form
   */
  public static CommentId parse(CharSequence text) {
    CommentId id = null;
    int value = 0;
    int digits = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          throw new IllegalArgumentException("comment id ordinal with a leading zero in '" + abbreviate(text) + "'");
        }
        if (value > (Integer.MAX_VALUE - (c - '0')) / 10) {
          throw new IllegalArgumentException("comment id ordinal too large in '" + abbreviate(text) + "'");
        }
        value = value * 10 + (c - '0');
        digits++;
      } else if (c == '.' && digits > 0 && value > 0) {
        id = id == null ? root(value) : id.child(value);
        value = 0;
        digits = 0;
      } else {
        throw new IllegalArgumentException(
            "not a comment id (ordinals from 1 joined by dots, like 3.1): '" + abbreviate(text) + "'");
      }
    }
    return id;
  }

  private static String abbreviate(CharSequence text) {
    return text.length() <= 40 ? text.toString() : text.subSequence(0, 40) + "…";
  }

  /**
   * Returns the id of this comment's reply at the given ordinal.
   *
   * @param ordinal the reply's position among this comment's replies, from 1
   * @return the reply's id
   * @throws IllegalArgumentException if {@code ordinal} is below 1
   */
  public CommentId child(int ordinal) {
    return new CommentId(this, ordinal);
  }

  /**
   * Returns the id of the comment this one replies to.
   *
   * @return the parent's id, or empty for a top-level comment
   */
  public Optional<CommentId> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns this comment's position among its siblings, from 1.
   *
   * @return the last ordinal of the path
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * Returns how deep the comment is nested: 0 for a top-level comment.
   *
   * @return the number of ordinals in the path, less one
   */
  public int depth() {
    return depth;
  }

  /**
   * Tells whether this is the id of a top-level comment.
   *
   * @return {@code true} when the comment replies to the article, not to a comment
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * Returns the ordinals of the path, outermost first.
   *
   * @return a new array of {@link #depth()} + 1 ordinals
   */
  public int[] path() {
    int[] path = new int[depth + 1];
    CommentId id = this;
    for (int i = depth; i >= 0; i--) {
      path[i] = id.ordinal;
      id = id.parent;
    }
    return path;
  }

  /**
   * Tells whether this id is a proper prefix of {@code other}: whether {@code other}
   * lies in the thread below this comment.
   *
   * @param other another id
   * @return {@code true} if {@code other} is a reply to this comment, directly or not
   */
  public boolean isAncestorOf(CommentId other) {
    if (other.depth <= depth) {
      return false;
    }
    CommentId id = other;
    while (id.depth > depth) {
      id = id.parent;
    }
    return equals(id);
  }

  /**
   * Appends the dotted form to {@code out}, without building a String of it first.
   *
   * @param out where to append
   * @return {@code out}
   */
  public StringBuilder appendTo(StringBuilder out) {
    int[] path = path();
    for (int i = 0; i < path.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(path[i]);
    }
    return out;
  }

  /**
   * Returns the dotted form, such as {@code 3.1}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the full path; its length grows with the depth
   */
  @Override
  public String toString() {
    return appendTo(new StringBuilder(2 * depth + 2)).toString();
  }

  /**
   * Returns a bounded form for messages: the dotted path up to depth 11, else its first five
   * ordinals, the depth and the last ordinal, such as {@code 1.1.1.1.1…(depth 4000).2}.
   *
   * @return at most about 40 characters for ordinals of a few digits
   */
  public String toShortString() {
    if (depth < 12) {
      return toString();
    }
    CommentId top = this;
    while (top.depth > 4) {
      top = top.parent;
    }
    return top.toString() + "…(depth " + depth + ")." + ordinal;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CommentId)) {
      return false;
    }
    CommentId a = this;
    CommentId b = (CommentId) obj;
    if (a.depth != b.depth) {
      return false;
    }
    while (a != b) {
      if (a.hash != b.hash || a.ordinal != b.ordinal) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Orders ids in document order: a comment before its replies, siblings by ordinal.
   *
   * @param other the id to compare with
   * @return negative, zero or positive as this id comes before, is, or comes after {@code other}
   */
  @Override
  public int compareTo(CommentId other) {
    return this == other ? 0 : java.util.Arrays.compare(path(), other.path());
  }
}
