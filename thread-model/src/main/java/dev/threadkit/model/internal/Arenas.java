package dev.threadkit.model.internal;

import dev.threadkit.model.Article;
import dev.threadkit.model.Discussion;

/**
 * Makes a {@link Discussion} over a {@link CommentArena}: the parser's way in to a constructor
 * that the model's API does not offer. {@code Discussion} registers the factory when its class
 * is initialized.
 */
public final class Arenas {

  /** Makes a discussion over an arena. */
  public interface Factory {
    /**
     * Makes the discussion.
     *
     * @param id its id
     * @param dialect its dialect's name
     * @param article its article
     * @param arena its comments
     * @return the discussion
     */
    Discussion make(String id, String dialect, Article article, CommentArena arena);
  }

  private static volatile Factory factory;

  private Arenas() {}

  /**
   * Registers the factory; only the first registration counts.
   *
   * @param value the factory
   */
  public static synchronized void register(Factory value) {
    if (factory == null) {
      factory = value;
    }
  }

  /**
   * Makes a discussion over an arena.
   *
   * @param id its id
   * @param dialect its dialect's name
   * @param article its article
   * @param arena its comments
   * @return the discussion
   */
  public static Discussion discussion(String id, String dialect, Article article, CommentArena arena) {
    Factory f = factory;
    if (f == null) {
      try {
        Class.forName(Discussion.class.getName(), true, Discussion.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      f = factory;
    }
    return f.make(id, dialect, article, arena);
  }
}
