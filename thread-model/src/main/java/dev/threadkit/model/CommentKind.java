package dev.threadkit.model;

/** What an entry of a comment section is. */
public enum CommentKind {
  /** A comment someone wrote. */
  COMMENT,
  /** A pingback or trackback: a notice that another page linked here. */
  PINGBACK,
  /** A comment whose text the site removed ({@code [deleted]}, {@code [dead]}); its place in the tree stays. */
  DELETED;

  /**
   * Returns the kind as exports write it.
   *
   * @return {@code comment}, {@code pingback} or {@code deleted}
   */
  public String word() {
    return Attribute.lower(name());
  }

  /**
   * Reads a kind written by {@link #word()}.
   *
   * @param word the word
   * @return the kind
   * @throws IllegalArgumentException for any other word
   */
  public static CommentKind parse(String word) {
    for (CommentKind kind : values()) {
      if (kind.word().equals(word)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("a comment kind is comment, pingback or deleted: '"
        + Checks.abbreviate(word) + "'");
  }
}
