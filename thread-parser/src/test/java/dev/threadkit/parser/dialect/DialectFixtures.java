package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Article;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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

  /** The {@code .txt} fixtures in a folder, sorted by name: a {@code @MethodSource}'s stream. */
  static Stream<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  /** The comments' ids, as {@code 1.2}, in document order. */
  static List<String> ids(Discussion discussion) {
    return discussion.comments().stream().map(c -> c.id().toShortString()).toList();
  }

  /** The comment's author's handle, or the empty string. */
  static String author(Comment comment) {
    return comment.author().map(Author::handle).orElse("");
  }

  /**
   * Parses every prefix of a fixture's bytes with the dialect forced, as a copy cut at any byte:
   * none throws, loses a line or nests deeper than 4.
   */
  static void assertEveryCutKeepsEveryLine(Path file, String dialect) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    DumpParser parser = DumpParser.builder().dialect(dialect).charset(StandardCharsets.UTF_8).build();
    for (int cut = 0; cut <= bytes.length; cut++) {
      byte[] prefix = Arrays.copyOf(bytes, cut);
      ParseResult result = parser.parse(prefix, "cut");
      String text = new String(prefix, StandardCharsets.UTF_8);
      assertThat(KeptLines.lost(text, result)).as("cut at byte %d", cut).isEmpty();
      assertThat(result.discussion().comments()).allSatisfy(c -> assertThat(c.depth()).isLessThanOrEqualTo(4));
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
