package dev.threadkit.model;

/**
 * Whether the site showed a comment's author as online or offline when the page was
 * copied (the word between the repeated handle in a status header). It describes the
 * moment of the copy, not the moment of the comment.
 */
public enum Presence {
  /** The page showed the author as {@code Online}. */
  ONLINE("Online"),
  /** The page showed the author as {@code Offline}. */
  OFFLINE("Offline");

  private final String label;

  Presence(String label) {
    this.label = label;
  }

  /**
   * Returns the word as the page wrote it.
   *
   * @return {@code Online} or {@code Offline}
   */
  public String label() {
    return label;
  }
}
