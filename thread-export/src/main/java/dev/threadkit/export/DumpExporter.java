package dev.threadkit.export;

import dev.threadkit.export.internal.DumpWriter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a discussion back as forum dump text, the dialect threadkit parses, so a parsed and
 * possibly edited discussion can be written out, diffed against its source, or fed to the
 * parser again. Format name {@code dump}, extension {@code txt}.
 *
 * <p>The rules, which the parser reads back exactly:
 * <ul>
 *   <li>Line 1 is the title. Then blocks separated by one blank line: the page's comment
 *       count (a bare number) if present, each article paragraph (its own line breaks kept),
 *       the photo credit if present as {@code "  • "} and its text, then each trailer
 *       paragraph.
 *   <li>The first comment follows the last block directly on the next line, with no blank
 *       line between.
 *   <li>A comment at depth {@code d} has its header at indent {@code h = 2·(d+1)}. With a
 *       presence it takes the status form, two lines: {@code {h}N. handle Offline handle}, then
 *       {@code {h+2}handle[ (name)][ date]}. Without one it takes the merged form, one line:
 *       {@code {h}N. handle[ (name)][ date]}.
 *   <li>The date is {@code 9 December 2020 15: 35}: day unpadded, English month, hour and
 *       minute in two digits with a space after the colon. Seconds are not written.
 *   <li>Each body line is at indent {@code h+2}; an empty body line is an empty line.
 *   <li>Lines end with {@code \n}, and the text does not end with one.
 * </ul>
 *
 * <pre>{@code
 * DumpExporter dump = DumpExporter.builder().build();
 * dump.write(discussion, Files.newBufferedWriter(Path.of(discussion.id() + ".txt")));
 * }</pre>
 */
public final class DumpExporter implements DocumentExporter {

  private DumpExporter(Builder builder) {}

  /**
   * Starts configuring a dump exporter. The dialect has no options today; the builder keeps
   * the construction the same as every other format's.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code dump}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "dump";
  }

  /**
   * Returns {@code txt}, the extension of the dump files themselves.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void write(Discussion discussion, Writer out) throws IOException {
    DumpWriter.write(discussion, out);
    out.flush();
  }

  /** Configures a {@link DumpExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private Builder() {}

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public DumpExporter build() {
      return new DumpExporter(this);
    }
  }
}
