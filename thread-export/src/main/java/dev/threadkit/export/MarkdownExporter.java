package dev.threadkit.export;

import dev.threadkit.export.internal.MarkdownWriter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a discussion as Markdown (CommonMark) for people to read, in a browser, an editor or
 * a notebook. Format name {@code markdown}, extension {@code md}.
 *
 * <p>The article comes first under its title as a heading, then a rule, then the comments in
 * document order. Nesting is shown by blockquote levels: a reply at depth {@code d} sits
 * inside {@code d} levels of {@code >}, so each thread reads downwards like a mail quote and
 * stays flat text (no HTML). Each comment starts with a header line: the handle in bold
 * ({@code (anonymous)} for an anonymous comment), the real name, the kind when it is a
 * {@code pingback} or {@code deleted}, the presence, the time (an exact one as a date, a
 * relative one in the page's words) and the comment's id, such as
 * {@code **Old man** (Old man) · offline · 9 December 2020 15:42 · #3}. Lines the parser kept
 * as written follow the text as a list of code spans, each with its line number.
 *
 * <p>Text is escaped so it reads as written: markup characters are backslash-escaped, a line
 * that would start a heading or a list is escaped too, line breaks inside a paragraph are
 * kept as hard breaks. Leading and trailing spaces of lines are dropped, as Markdown would
 * treat them as markup. Use {@link DumpExporter} or {@link JsonExporter} to keep every byte.
 *
 * <pre>{@code
 * MarkdownExporter.builder().build().write(discussion, Files.newBufferedWriter(Path.of("thread.md")));
 * }</pre>
 */
public final class MarkdownExporter implements DocumentExporter {

  private MarkdownExporter(Builder builder) {}

  /**
   * Starts configuring a Markdown exporter. It has no options today; the builder keeps the
   * construction the same as every other format's.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code markdown}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "markdown";
  }

  /**
   * Returns {@code md}.
   *
   * @return the extension
   */
  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public void write(Discussion discussion, Writer out) throws IOException {
    MarkdownWriter.write(discussion, out);
    out.flush();
  }

  /** Configures a {@link MarkdownExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private Builder() {}

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public MarkdownExporter build() {
      return new MarkdownExporter(this);
    }
  }
}
