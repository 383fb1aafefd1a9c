package dev.threadkit.parser;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.SourceLine;
import java.util.Locale;

/**
 * Writes everything a {@link ParseResult} holds as a plain outline, one fact a line, so
 * a fixture's expected structure can be read and reviewed in full in a {@code .expected} file.
 *
 * <p>The first line names the dialect the fixture was read with and, when automatic detection
 * chooses another one, that one too. A comment's line gives its id, author (handle and real
 * name, {@code (anonymous)} for none), presence, time ({@code "…" (relative)} for a relative
 * time kept as written) and source lines; then its kind when it is not a plain comment, its
 * other attributes, its text and the lines kept as written under it.
 */
final class Outline {
  private Outline() {}

  /**
   * Outlines a fixture read with a forced dialect.
   *
   * @param result the parse with the fixture's dialect
   * @param detected the dialect automatic detection chose for the same text
   */
  static String of(ParseResult result, String detected) {
    String dialect = result.dialect();
    return "dialect: " + dialect + (detected.equals(dialect) ? "" : ", detected as " + detected) + "\n" + of(result);
  }

  /** Outlines a parse, without the dialect line. */
  static String of(ParseResult result) {
    StringBuilder out = new StringBuilder();
    Article article = result.discussion().article();
    out.append("title: ").append(article.title()).append('\n');
    article.commentCount().ifPresent(n -> out.append("count: ").append(n).append('\n'));
    for (String paragraph : article.paragraphs()) {
      out.append("paragraph: ").append(escape(paragraph)).append('\n');
    }
    article.attribute(Attribute.PHOTO_CREDIT).ifPresent(c -> out.append("credit: ").append(c).append('\n'));
    attributes(out, "", article.attributes(), Attribute.PHOTO_CREDIT);
    for (String paragraph : article.boilerplate()) {
      out.append("boilerplate: ").append(escape(paragraph)).append('\n');
    }
    for (Comment c : result.discussion().comments()) {
      String indent = "  ".repeat(c.depth());
      out.append(indent).append("comment ").append(c.id())
          .append(" | ").append(c.author().map(a -> a.handle()).orElse("(anonymous)"))
          .append(" | ").append(c.author().flatMap(a -> a.name()).orElse("-"))
          .append(" | ").append(c.attribute(Attribute.PRESENCE).map(Outline::capitalized).orElse("-"))
          .append(" | ").append(c.time().map(Outline::time).orElse("-"))
          .append(" | lines ").append(c.source().map(Object::toString).orElse("-"))
          .append('\n');
      if (c.kind() != CommentKind.COMMENT) {
        out.append(indent).append("  kind: ").append(c.kind().word()).append('\n');
      }
      attributes(out, indent + "  ", c.attributes(), Attribute.PRESENCE);
      out.append(indent).append("  text: ").append(escape(c.text())).append('\n');
      for (SourceLine line : c.unplaced()) {
        out.append(indent).append("  unplaced ").append(line.line()).append(": ").append(line.text()).append('\n');
      }
    }
    for (Diagnostic d : result.diagnostics()) {
      out.append("diagnostic ").append(d).append('\n');
    }
    return out.toString();
  }

  /** Writes every attribute but the one shown elsewhere, as {@code attribute name: value}. */
  private static void attributes(StringBuilder out, String indent, Attributes attributes, Attribute<?> shown) {
    for (int i = 0; i < attributes.size(); i++) {
      if (!attributes.keys().get(i).equals(shown)) {
        out.append(indent).append("attribute ").append(attributes.keys().get(i).name()).append(": ")
            .append(escape(attributes.formatAt(i))).append('\n');
      }
    }
  }

  private static String time(CommentTime time) {
    return time instanceof CommentTime.Exact exact ? exact.at().toString()
        : "\"" + ((CommentTime.Relative) time).written() + "\" (relative)";
  }

  private static String capitalized(Object value) {
    String word = value.toString().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
