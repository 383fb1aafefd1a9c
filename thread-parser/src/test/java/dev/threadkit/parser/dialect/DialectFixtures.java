package dev.threadkit.parser.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the fixtures of the web-copy dialects and shows parse results in a form tests compare. */
final class DialectFixtures {
  private DialectFixtures() {}

  /** The text of a fixture under {@code dumps/}, for example {@code hn/constant-indent.txt}. */
  static String read(String name) {
    try (InputStream in = DialectFixtures.class.getResourceAsStream("/dumps/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each comment as {@code id author [kind] time {attributes}}, indented two spaces a level. */
  static List<String> outline(ParseResult result) {
    List<String> out = new ArrayList<>();
    for (Comment c : result.discussion().comments()) {
      StringBuilder line = new StringBuilder("  ".repeat(c.depth()));
      line.append(c.id().toShortString()).append(' ').append(c.author().map(a -> a.handle()).orElse("-"));
      if (c.kind() != dev.threadkit.model.CommentKind.COMMENT) {
        line.append(" [").append(c.kind().word()).append(']');
      }
      c.time().ifPresent(t -> line.append(" @").append(t instanceof CommentTime.Relative r ? r.written() : t.toString()));
      if (!c.attributes().isEmpty()) {
        line.append(' ').append(c.attributes());
      }
      out.add(line.toString());
    }
    return out;
  }

  /** The diagnostics as {@code line:column code}. */
  static List<String> codes(ParseResult result) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      out.add(d.line() + ":" + d.column() + " " + d.code().id());
    }
    return out;
  }

  /**
   * The non-blank input lines found nowhere in the result: not in the article (title,
   * paragraphs, boilerplate, attributes), a comment's text or unplaced lines, nor a line of a
   * comment's source range (its header and action lines).
   */
  static List<String> lostLines(String input, ParseResult result) {
    Article article = result.discussion().article();
    List<String> lost = new ArrayList<>();
    String[] lines = input.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String content = lines[i].strip();
      int number = i + 1;
      if (content.isEmpty()) {
        continue;
      }
      boolean found = article.title().contains(content)
          || article.paragraphs().stream().anyMatch(p -> p.contains(content))
          || article.boilerplate().stream().anyMatch(p -> p.contains(content));
      for (int k = 0; k < article.attributes().size() && !found; k++) {
        found = article.attributes().formatAt(k).contains(content);
      }
      for (Comment c : result.discussion().comments()) {
        if (found) {
          break;
        }
        boolean inRange = c.source().map(r -> r.first() <= number && number <= r.last()).orElse(false);
        boolean header = c.source().map(r -> r.first() == number).orElse(false);
        String written = c.time().map(t -> t instanceof CommentTime.Relative r ? r.written() : "\u0000").orElse("\u0000");
        found = inRange && (c.text().contains(content) || header
            || c.unplaced().stream().anyMatch(s -> s.line() == number)
            || c.author().map(a -> content.contains(a.handle())).orElse(false) || content.contains(written)
            || headerWord(content));
      }
      if (!found) {
        lost.add(number + ": " + content);
      }
    }
    return lost;
  }

  /** Lines that are part of a comment's source without being its text: action lines and tags. */
  private static boolean headerWord(String content) {
    return content.equals("reply") || content.startsWith("permalink") || content.matches("([0-9.,]+[kKmM]? )?Reply( .*)?")
        || content.startsWith("level ") || content.startsWith("\u00b7 ") || !content.contains(" ") && content.length() <= 30;
  }
}
