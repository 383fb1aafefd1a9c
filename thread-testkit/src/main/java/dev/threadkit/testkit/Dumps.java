package dev.threadkit.testkit;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ServiceLoader;

/**
 * Renders discussions as dump text with the writer of their dialect, found with
 * {@link ServiceLoader} (the parser provides {@code topcor}'s), so that the testkit needs no
 * exporter: only the model, and at run time a module that provides the writers.
 */
public final class Dumps {
  /** The dialect of a discussion built in code without one: the first dialect, {@code topcor}. */
  public static final String DEFAULT_DIALECT = "topcor";

  private Dumps() {}

  /**
   * Renders a discussion in the dialect it names, or in {@value #DEFAULT_DIALECT} when it names
   * none ({@link Discussion#NO_DIALECT}).
   *
   * @param discussion the discussion
   * @return the dump text
   * @throws IllegalStateException if no writer of that dialect is installed
   */
  public static String render(Discussion discussion) {
    String dialect = discussion.dialect().equals(Discussion.NO_DIALECT) ? DEFAULT_DIALECT : discussion.dialect();
    DialectWriter writer = writer(dialect);
    StringBuilder out = new StringBuilder();
    try {
      writer.write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /**
   * Returns the installed writer of a dialect.
   *
   * @param dialect a dialect's name, such as {@code topcor}
   * @return its writer
   * @throws IllegalStateException if none is installed
   */
  public static DialectWriter writer(String dialect) {
    for (DialectWriter writer : ServiceLoader.load(DialectWriter.class, Dumps.class.getClassLoader())) {
      if (writer.dialect().equals(dialect)) {
        return writer;
      }
    }
    throw new IllegalStateException("no DialectWriter for dialect '" + dialect
        + "' is installed: put the parser (or the dialect's jar) on the path");
  }
}
