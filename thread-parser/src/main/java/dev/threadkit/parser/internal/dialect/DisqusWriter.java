package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.spi.Counts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a discussion as a {@code disqus} dump, as the widget copies out: the title and
 * paragraphs, the count line, then each comment as {@code Avatar}, its header, its body and
 * its action line, indented one space a level so that the tree reads back even where names
 * repeat; the boilerplate last. A reply's header names whom it answers (its
 * {@link Attribute#REPLY_TO}, or its parent's author). A deleted comment with nothing else is
 * written {@code This comment was deleted.} Ages are relative, as the widget shows them: a
 * comment with an exact time, no time or no author cannot be written.
 */
public final class DisqusWriter implements DialectWriter {

  /** Creates the writer, for {@link java.util.ServiceLoader}. */
  public DisqusWriter() {}

  @Override
  public String dialect() {
    return DisqusDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    DumpWriting.head(article, out, " comment", " comments");
    List<String> authors = new ArrayList<>();
    boolean first = true;
    for (Comment comment : discussion.comments()) {
      int depth = comment.depth();
      while (authors.size() > depth) {
        authors.remove(authors.size() - 1);
      }
      if (comment.kind() == CommentKind.DELETED && comment.author().isEmpty() && comment.time().isEmpty()
          && comment.text().isEmpty() && comment.attributes().isEmpty()) {
        out.append(first ? "\n\n" : "\n");
        first = false;
        out.append(" ".repeat(depth)).append("Avatar\n").append(" ".repeat(depth)).append("This comment was deleted.");
        authors.add(null);
        continue;
      }
      String author = comment.author().map(a -> a.handle()).orElseThrow(() -> cannot(comment, "has no author"));
      if (comment.kind() != CommentKind.COMMENT) {
        throw cannot(comment, "is a " + comment.kind().name().toLowerCase(java.util.Locale.ROOT) + " with content");
      }
      if (!(comment.time().orElse(null) instanceof CommentTime.Relative relative)) {
        throw cannot(comment, "has no relative age");
      }
      String replyTo = comment.attribute(Attribute.REPLY_TO).orElse(depth > 0 ? authors.get(depth - 1) : null);
      // a reply to a deleted comment names no one: its indentation places it
      out.append(first ? "\n\n" : "\n");
      first = false;
      String indent = " ".repeat(depth);
      out.append(indent).append("Avatar\n");
      out.append(indent).append(author);
      if (replyTo != null) {
        out.append("  ").append(replyTo);
      }
      out.append(" \u2022 ").append(relative.written());
      if (comment.attribute(Attribute.EDITED).orElse(false)) {
        out.append(" edited");
      }
      DumpWriting.lines(out, indent, comment.text(), false);
      out.append('\n').append(indent);
      comment.attribute(Attribute.LIKES).ifPresent(likes -> append(out, Counts.format(likes)));
      out.append(" \u2022 Reply\u2022Share \u203A");
      authors.add(author);
    }
    DumpWriting.boilerplate(article, out);
  }

  private static void append(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static IllegalArgumentException cannot(Comment comment, String why) {
    return new IllegalArgumentException("disqus cannot write comment " + comment.id().toShortString() + ": it " + why);
  }
}
