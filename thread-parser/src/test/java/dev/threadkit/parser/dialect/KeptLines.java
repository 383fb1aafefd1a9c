package dev.threadkit.parser.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.LineRange;
import dev.threadkit.parser.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a parse kept every non-blank input line: in the article (title, paragraphs,
 * boilerplate, count line), in the source lines of a comment, or among the unplaced lines.
 */
final class KeptLines {
  private KeptLines() {}

  /** Returns the lost lines as {@code number: text}; empty when none was lost. */
  static List<String> lost(String input, ParseResult result) {
    Article article = result.discussion().article();
    List<Comment> comments = result.discussion().comments();
    List<String> lost = new ArrayList<>();
    String[] lines = input.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String content = lines[i].strip();
      if (content.isEmpty() || content.equals("\uFEFF")) {
        continue;
      }
      boolean kept = result.unplacedLines().stream().anyMatch(l -> l.line() == number)
          || comments.stream().anyMatch(c -> c.source().map(r -> covers(r, number)).orElse(false))
          || article.title().equals(content)
          || article.paragraphs().stream().anyMatch(p -> p.contains(content))
          || article.boilerplate().stream().anyMatch(p -> p.contains(content))
          || article.attribute(Attribute.COUNT_LINE).map(l -> l.strip().equals(content)).orElse(false)
          || article.commentCount().isPresent() && content.equals(Integer.toString(article.commentCount().getAsInt()));
      if (!kept) {
        lost.add(number + ": " + content);
      }
    }
    return lost;
  }

  private static boolean covers(LineRange range, int line) {
    return range.first() <= line && line <= range.last();
  }
}
