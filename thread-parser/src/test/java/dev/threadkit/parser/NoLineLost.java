package dev.threadkit.parser;

import dev.threadkit.model.Article;
import dev.threadkit.model.Comment;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a parse kept every non-blank input line: each must be found in the article, in
 * the fields or text of the comment whose line range covers it, or among the unplaced lines.
 */
final class NoLineLost {
  private NoLineLost() {}

  /** Returns the lost lines as {@code number: text}; empty when none was lost. */
  static List<String> lostLines(String input, ParseResult result) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    Article article = result.discussion().article();
    List<Comment> comments = result.discussion().comments();
    boolean[] unplaced = new boolean[lineCount(text) + 2];
    for (SourceLine line : result.unplacedLines()) {
      unplaced[line.line()] = true;
    }
    List<String> lost = new ArrayList<>();
    int commentIndex = 0;
    int lineNo = 0;
    for (int start = 0; start < text.length(); ) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lineNo++;
      String content = strip(text.substring(start, end));
      start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
      if (content.isEmpty() || unplaced[lineNo]) {
        continue;
      }
      while (commentIndex < comments.size() && comments.get(commentIndex).source().orElseThrow().last() < lineNo) {
        commentIndex++;
      }
      Comment comment = commentIndex < comments.size()
          && comments.get(commentIndex).source().orElseThrow().first() <= lineNo ? comments.get(commentIndex) : null;
      if (!(comment != null ? inComment(comment, lineNo, content) : inArticle(article, content))) {
        lost.add(lineNo + ": " + content);
      }
    }
    return lost;
  }

  private static boolean inComment(Comment comment, int lineNo, String content) {
    int first = comment.source().orElseThrow().first();
    String handle = comment.author().handle();
    return comment.text().contains(content)
        || (lineNo == first && content.contains(handle))
        // the author line of a status header, possibly after blank lines
        || (lineNo > first && comment.presence().isPresent() && content.startsWith(handle));
  }

  private static boolean inArticle(Article article, String content) {
    return article.title().equals(content)
        || article.paragraphs().stream().anyMatch(p -> p.contains(content))
        || article.trailer().stream().anyMatch(p -> p.contains(content))
        || (article.commentCount().isPresent() && content.equals(Integer.toString(article.commentCount().getAsInt())))
        || (article.photoCredit().isPresent() && content.startsWith("\u2022") && content.endsWith(article.photoCredit().get()));
  }

  /** Drops what the parser treats as indentation and trailing white space. */
  private static String strip(String line) {
    int from = 0;
    int to = line.length();
    while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
      to--;
    }
    while (from < to && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
      from++;
    }
    return line.substring(from, to);
  }

  private static int lineCount(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      lines += text.charAt(i) == '\n' || text.charAt(i) == '\r' ? 1 : 0;
    }
    return lines;
  }
}
