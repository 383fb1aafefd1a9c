package dev.threadkit.model;

/**
 * Whether the site showed a comment's author as online or offline when the page was
 * copied (the {@link Attribute#PRESENCE} attribute). It describes the moment of the copy,
 * not the moment of the comment.
 */
public enum Presence {
  /** The page showed the author as online. */
  ONLINE,
  /** The page showed the author as offline. */
  OFFLINE;

  /**
   * Returns the value as exports write it.
   *
   * @return {@code online} or {@code offline}
   */
  public String word() {
    return Attribute.lower(name());
  }

  /**
   * Reads a value written by {@link #word()}.
   *
   * @param word {@code online} or {@code offline}
   * @return the presence
   * @throws IllegalArgumentException for any other word
   */
  public static Presence parse(String word) {
    switch (word) {
      case "online":
        return ONLINE;
      case "offline":
        return OFFLINE;
      default:
        throw new IllegalArgumentException("a presence is online or offline: '" + Checks.abbreviate(word) + "'");
    }
  }
}
