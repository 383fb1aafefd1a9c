package dev.threadkit.export.internal;

import dev.threadkit.model.Article;
import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a discussion as the forum dump dialect it is parsed from; see {@code DumpExporter}
 * for the rules. One pass over the flat comment list, no recursion.
 */
public final class DumpWriter {
  /** The photo-credit line's prefix: two spaces, a bullet (U+2022), a space. */
  public static final String CREDIT_PREFIX = "  \u2022 ";

  private DumpWriter() {}

  /** Writes the whole dump; the text does not end with a line break. */
  public static void write(Discussion discussion, Writer out) throws IOException {
    Article article = discussion.article();
    out.write(article.title());
    if (article.commentCount().isPresent()) {
      block(out, Integer.toString(article.commentCount().getAsInt()));
    }
    for (String paragraph : article.paragraphs()) {
      block(out, paragraph);
    }
    if (article.photoCredit().isPresent()) {
      block(out, CREDIT_PREFIX + article.photoCredit().get());
    }
    for (String paragraph : article.trailer()) {
      block(out, paragraph);
    }
    for (Comment comment : discussion.comments()) {
      writeComment(comment, out);
    }
  }

  private static void block(Writer out, String text) throws IOException {
    out.write("\n\n");
    out.write(text);
  }

  private static void writeComment(Comment comment, Writer out) throws IOException {
    int indent = 2 * (comment.depth() + 1);
    String handle = comment.author().handle();
    out.write('\n');
    Texts.spaces(out, indent);
    out.write(Integer.toString(comment.id().ordinal()));
    out.write(". ");
    out.write(handle);
    if (comment.presence().isPresent()) {
      // Status form: the status line, then the author line one level deeper.
      out.write(' ');
      out.write(comment.presence().get().label());
      out.write(' ');
      out.write(handle);
      out.write('\n');
      Texts.spaces(out, indent + 2);
      out.write(handle);
    }
    if (comment.author().name().isPresent()) {
      out.write(" (");
      out.write(comment.author().name().get());
      out.write(')');
    }
    if (comment.posted().isPresent()) {
      out.write(' ');
      out.write(Texts.dumpDate(comment.posted().get()));
    }
    for (String line : Texts.lines(comment.text())) {
      out.write('\n');
      if (!line.isEmpty()) {
        Texts.spaces(out, indent + 2);
        out.write(line);
      }
    }
  }
}
