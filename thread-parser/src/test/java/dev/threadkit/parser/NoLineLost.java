package dev.threadkit.parser;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.SourceLine;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a parse kept every non-blank input line, whatever the dialect: each must be
 * found in the article (its title, paragraphs, boilerplate, count or attributes), or in the
 * comment whose line range covers it: its text, its header (the line names its author, or is
 * its time, or is its text after an entry marker), or the lines it kept as written.
 */
final class NoLineLost {
  /**
   * The dialects whose header lines are checked against the comment's fields. The web-copy
   * dialects' header lines are page furniture ({@code Avatar}, {@code Reply•Share ›}) or
   * fields their writers write back (a like count): a line within a comment's source range is
   * kept there, and their property tests check that writing gives the lines back.
   */
  private static final java.util.Set<String> CHECKED_HEADERS = java.util.Set.of("topcor", "numbered", "plain");

  private NoLineLost() {}

  /** Returns the lost lines as {@code number: text}; empty when none was lost. */
  static List<String> lostLines(String input, ParseResult result) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    Article article = result.discussion().article();
    List<Comment> comments = result.discussion().comments();
    boolean[] unplaced = new boolean[lineCount(text) + 2];
    for (Comment comment : comments) {
      for (SourceLine line : comment.unplaced()) {
        unplaced[line.line()] = true;
      }
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
      boolean furnitureKept = comment != null && !CHECKED_HEADERS.contains(result.dialect());
      if (!(comment != null ? furnitureKept || inComment(comment, lineNo, content) : inArticle(article, content))) {
        lost.add(lineNo + ": " + content);
      }
    }
    return lost;
  }

  private static boolean inComment(Comment comment, int lineNo, String content) {
    if (comment.text().contains(content)) {
      return true;
    }
    String handle = comment.author().map(a -> a.handle()).orElse(null);
    if (handle != null && (lineNo == comment.source().orElseThrow().first() ? content.contains(handle)
        : content.startsWith(handle))) {
      return true; // a header line, or the author line of a status header
    }
    if (comment.time().isPresent() && isTime(comment.time().get(), content)) {
      return true; // a line that gives only the time
    }
    if (lineNo == comment.source().orElseThrow().first()) {
      String rest = afterMarker(content);
      // an entry whose text starts on its marker line, or whose lead-in names no one
      return rest.isEmpty() || comment.text().contains(rest) || comment.author().isEmpty() && rest.startsWith("Anonymous");
    }
    return false;
  }

  private static boolean isTime(CommentTime time, String content) {
    if (time instanceof CommentTime.Relative relative) {
      return content.contains(relative.written());
    }
    LocalDateTime at = ((CommentTime.Exact) time).at();
    return content.length() <= 40 && content.contains(Integer.toString(at.getYear()))
        && content.contains(Integer.toString(at.getDayOfMonth()));
  }

  /** The content after an entry marker such as {@code 12.} or {@code •}, or all of it. */
  private static String afterMarker(String content) {
    int i = 0;
    while (i < content.length() && Character.isDigit(content.charAt(i))) {
      i++;
    }
    if (i > 0 && i < content.length() && content.charAt(i) == '.') {
      return content.substring(i + 1).strip();
    }
    return content.startsWith("\u2022") ? content.substring(1).strip() : content;
  }

  private static boolean inArticle(Article article, String content) {
    return article.title().equals(content)
        || article.paragraphs().stream().anyMatch(p -> p.contains(content))
        || article.boilerplate().stream().anyMatch(p -> p.contains(content))
        || (article.commentCount().isPresent() && content.equals(Integer.toString(article.commentCount().getAsInt())))
        || inAttributes(article.attributes(), content);
  }

  /** An attribute's value: the photo credit after its bullet, the count line as written, ... */
  private static boolean inAttributes(Attributes attributes, String content) {
    for (int i = 0; i < attributes.size(); i++) {
      String value = attributes.formatAt(i);
      String before = content.endsWith(value) ? content.substring(0, content.length() - value.length()).strip() : null;
      if (value.contains(content) || "".equals(before) || "\u2022".equals(before)) {
        return true;
      }
    }
    return false;
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
