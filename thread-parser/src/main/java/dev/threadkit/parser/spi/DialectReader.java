package dev.threadkit.parser.spi;

/**
 * The state of one read in one dialect: it is handed the input's lines one by one and says
 * what each is through {@link Events}. Made by {@link Dialect#newReader()} for each input and
 * used by one thread.
 *
 * <p>The core skips blank lines (each {@link Line} says how many came before it) and handles
 * them itself: they separate article paragraphs, and inside a comment they belong to its
 * body only when a body line of the same comment follows.
 */
public interface DialectReader {

  /**
   * Reads one non-blank line.
   *
   * @param line the line; valid only during the call
   * @param events where to say what the line is; every line must be reported once
   */
  void line(Line line, Events events);

  /**
   * Called after the last line, to report what only the end of the input reveals.
   *
   * @param events where to report it
   */
  default void end(Events events) {}
}
