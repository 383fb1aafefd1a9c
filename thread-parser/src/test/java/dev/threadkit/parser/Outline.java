package dev.threadkit.parser;

import dev.threadkit.model.Article;
import dev.threadkit.model.Comment;

/**
 * Writes everything a {@link ParseResult} holds as a plain outline, one fact a line, so
 * a fixture's expected structure can be read and reviewed in full in a {@code .expected} file.
 */
final class Outline {
  private Outline() {}

  static String of(ParseResult result) {
    StringBuilder out = new StringBuilder();
    Article article = result.discussion().article();
    out.append("title: ").append(article.title()).append('\n');
    article.commentCount().ifPresent(n -> out.append("count: ").append(n).append('\n'));
    for (String paragraph : article.paragraphs()) {
      out.append("paragraph: ").append(escape(paragraph)).append('\n');
    }
    article.photoCredit().ifPresent(c -> out.append("credit: ").append(c).append('\n'));
    for (String paragraph : article.trailer()) {
      out.append("trailer: ").append(escape(paragraph)).append('\n');
    }
    for (Comment c : result.discussion().comments()) {
      out.append("  ".repeat(c.depth())).append("comment ").append(c.id())
          .append(" | ").append(c.author().handle())
          .append(" | ").append(c.author().name().orElse("-"))
          .append(" | ").append(c.presence().map(p -> p.label()).orElse("-"))
          .append(" | ").append(c.posted().map(Object::toString).orElse("-"))
          .append(" | lines ").append(c.source().map(Object::toString).orElse("-"))
          .append('\n');
      out.append("  ".repeat(c.depth())).append("  text: ").append(escape(c.text())).append('\n');
    }
    for (Diagnostic d : result.diagnostics()) {
      out.append("diagnostic ").append(d).append('\n');
    }
    for (SourceLine line : result.unplacedLines()) {
      out.append("unplaced ").append(line.line()).append(": ").append(line.text()).append('\n');
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
