package dev.threadkit.export.internal;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.SourceLine;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders a discussion as CommonMark to read: nesting shown by blockquote levels (a reply at
 * depth d sits inside d {@code >} markers), one pass over the flat comment list.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /** Writes the document, ending with {@code \n}. */
  public static void write(Discussion discussion, Writer out) throws IOException {
    Article article = discussion.article();
    out.write("# ");
    out.write(article.title().isEmpty() ? discussion.id() : inline(article.title()));
    out.write('\n');
    if (article.commentCount().isPresent()) {
      out.write("\n*" + article.commentCount().getAsInt() + " comments shown on the page*\n");
    }
    for (String paragraph : article.paragraphs()) {
      out.write('\n');
      paragraph(out, "", paragraph);
    }
    if (article.attribute(Attribute.PHOTO_CREDIT).isPresent()) {
      out.write("\n*");
      out.write(inline(article.attribute(Attribute.PHOTO_CREDIT).get()));
      out.write("*\n");
    }
    for (String paragraph : article.boilerplate()) {
      out.write('\n');
      paragraph(out, "", paragraph);
    }
    out.write("\n---\n");
    IdPaths ids = new IdPaths();
    StringBuilder quote = new StringBuilder();
    for (Comment comment : discussion.comments()) {
      ids.next(comment.id());
      quote.setLength(0);
      for (int d = 0; d < comment.depth(); d++) {
        quote.append("> ");
      }
      String prefix = quote.toString();
      out.write('\n');
      out.write(prefix);
      header(out, comment, ids.id());
      if (!comment.text().isEmpty()) {
        blank(out, prefix);
        paragraph(out, prefix, comment.text());
      }
      if (!comment.unplaced().isEmpty()) {
        blank(out, prefix);
        unplaced(out, prefix, comment.unplaced());
      }
    }
  }

  private static void header(Writer out, Comment comment, String id) throws IOException {
    out.write("**");
    out.write(inline(Texts.speaker(comment)));
    out.write("**");
    String name = Texts.name(comment);
    if (name != null) {
      out.write(" (");
      out.write(inline(name));
      out.write(')');
    }
    if (comment.kind() != CommentKind.COMMENT) {
      out.write(" · ");
      out.write(comment.kind().word());
    }
    String status = Texts.status(comment);
    if (status != null) {
      out.write(" · ");
      out.write(status);
    }
    String time = Texts.readableTime(comment);
    if (time != null) {
      out.write(" · ");
      out.write(inline(time));
    }
    out.write(" · #");
    out.write(id);
    out.write('\n');
  }

  /**
   * Writes text whose lines are kept as lines (a backslash hard break ends each line that
   * continues a paragraph) and whose blank lines separate paragraphs.
   */
  private static void paragraph(Writer out, String prefix, String text) throws IOException {
    String[] lines = Texts.lines(text);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        blank(out, prefix);
        continue;
      }
      out.write(prefix);
      out.write(lineStart(inline(line)));
      boolean continues = i + 1 < lines.length && !lines[i + 1].isBlank();
      out.write(continues ? "\\\n" : "\n");
    }
  }

  /** Lines the parser kept as written: one list item each, as code so nothing is read as markup. */
  private static void unplaced(Writer out, String prefix, List<SourceLine> lines) throws IOException {
    out.write(prefix);
    out.write("*Kept as written:*\n");
    blank(out, prefix);
    for (SourceLine line : lines) {
      out.write(prefix);
      out.write("- line ");
      out.write(Integer.toString(line.line()));
      out.write(": ");
      out.write(code(line.text()));
      out.write('\n');
    }
  }

  /** An inline code span holding {@code text} as is: a fence longer than any backtick run inside. */
  public static String code(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") || text.isBlank() ? " " : "";
    return fence + pad + text + pad + fence;
  }

  private static void blank(Writer out, String prefix) throws IOException {
    out.write(prefix.stripTrailing());
    out.write('\n');
  }

  /** Escapes the characters that would start inline markup anywhere in a line. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>&|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Escapes what would start a block at the beginning of a line: headings, lists, rules. */
  static String lineStart(String line) {
    char first = line.charAt(0);
    if (first == '#' || first == '+' || first == '-' || first == '=') {
      return "\\" + line;
    }
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
      return line.substring(0, digits) + "\\" + line.substring(digits);
    }
    return line;
  }
}
