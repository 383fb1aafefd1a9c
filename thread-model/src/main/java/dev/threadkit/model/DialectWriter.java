package dev.threadkit.model;

import java.io.IOException;

/**
 * Writes a discussion back as the text of one dump dialect: the writing half of a dialect,
 * whose reading half lives with the parser. Found with {@link java.util.ServiceLoader}, so
 * that the {@code dump} exporter writes each discussion in the dialect it was read from
 * without depending on the parser; a dialect in its own jar provides one the same way.
 *
 * <pre>{@code
 * for (DialectWriter writer : ServiceLoader.load(DialectWriter.class)) {
 *   if (writer.dialect().equals(discussion.dialect())) {
 *     writer.write(discussion, System.out);
 *   }
 * }
 * }</pre>
 */
public interface DialectWriter {

  /**
   * Returns the name of the dialect this writes, as {@link Discussion#dialect()} names it.
   *
   * @return for example {@code topcor}
   */
  String dialect();

  /**
   * Writes the whole discussion as a dump; the text does not end with a line break.
   *
   * @param discussion the discussion
   * @param out where the text goes
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the dialect cannot express something the discussion holds
   */
  void write(Discussion discussion, Appendable out) throws IOException;
}
