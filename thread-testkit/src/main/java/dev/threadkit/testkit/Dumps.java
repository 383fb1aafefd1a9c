package dev.threadkit.testkit;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ServiceLoader;

/**
 * Renders discussions as dump text with the product's own writer of their dialect, the
 * {@link DialectWriter} the {@code dump} exporter uses too, found with {@link ServiceLoader}
 * (the parser's jar provides {@code topcor}'s). Going to the writer directly, not through the
 * exporter, keeps the testkit free of thread-export, whose tests use the parser, whose tests
 * use the testkit.
 */
public final class Dumps {

  private Dumps() {}

  /**
   * Renders a discussion in its dialect.
   *
   * @param discussion the discussion; {@link DiscussionGenerator} makes {@code topcor} ones
   * @return the dump text
   * @throws IllegalStateException if no writer of the discussion's dialect is on the class path
   */
  public static String render(Discussion discussion) {
    StringBuilder out = new StringBuilder();
    try {
      writerOf(discussion.dialect()).write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  private static DialectWriter writerOf(String dialect) {
    for (DialectWriter writer : ServiceLoader.load(DialectWriter.class)) {
      if (writer.dialect().equals(dialect)) {
        return writer;
      }
    }
    throw new IllegalStateException("no writer of dialect '" + dialect + "' on the class path: add thread-parser");
  }
}
