package dev.threadkit.testkit;

import dev.threadkit.export.DumpExporter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders discussions as dump text with the product's own {@code dump} exporter. */
public final class Dumps {
  private static final DumpExporter EXPORTER = DumpExporter.builder().build();

  private Dumps() {}

  /**
   * Renders a discussion in the first dialect.
   *
   * @param discussion the discussion
   * @return the dump text
   */
  public static String render(Discussion discussion) {
    StringWriter out = new StringWriter();
    try {
      EXPORTER.write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
