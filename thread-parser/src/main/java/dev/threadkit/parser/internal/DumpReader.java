package dev.threadkit.parser.internal;

import com.google.common.collect.ImmutableList;
import dev.threadkit.model.Article;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParseException;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.ParserLimits;
import dev.threadkit.parser.SourceLine;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one dump, line by line, into a {@link ParseResult}: the article until the first
 * comment header, then comments, whose headers {@link ForumDialect} recognises and whose
 * place in the tree {@link CommentTree} decides from their indentation.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. They are found with
 * {@code indexOf} and classified by hand-written scans of their
 * first characters; each String of the model is created once, from the input.
 */
public final class DumpReader {

  /** {@code Optional.of(p)} for each presence, shared by every comment instead of one each. */
  private static final List<Optional<Presence>> PRESENT = Arrays.stream(Presence.values()).map(Optional::of).toList();

  private final ParserLimits limits;
  private final String sourceName;

  /**
   * Creates a reader for one input.
   *
   * @param limits the limits to enforce
   * @param sourceName the input's name, for exceptions
   */
  public DumpReader(ParserLimits limits, String sourceName) {
    this.limits = limits;
    this.sourceName = sourceName;
  }

  /**
   * Reads {@code text}.
   *
   * @param text the whole dump, decoded
   * @param id the discussion's id
   * @param replacedOffsets offsets of replacement characters that stand for bytes that were not UTF-8
   * @return the result
   * @throws DumpParseException if the input passes a limit
   */
  public ParseResult read(String text, String id, List<Integer> replacedOffsets) {
    limits.validateInputLength(text.length(), sourceName);
    return new Run(text, replacedOffsets).run(id);
  }

  /** The state of one read. */
  private final class Run {
    private final String text;
    private final List<Integer> replaced;
    private int nextReplaced;
    private final Diagnostics diagnostics = new Diagnostics(limits.maxDiagnostics());
    private final List<SourceLine> unplaced = new ArrayList<>();

    // The line being read.
    private int lineNo;
    private int lineStart;
    private int lineEnd; // after trailing white space is dropped
    private int rawLineEnd; // where the line break starts
    private int indent; // in columns; a tab counts as two
    private boolean tabs;
    private int content; // index of the first character after the indentation

    // The article.
    private boolean inComments;
    private String title;
    private int commentCount = -1;
    private int commentCountLine;
    private String photoCredit;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> trailer = new ArrayList<>();
    private int paragraphStart = -1; // start of the open paragraph's first line, -1 if none
    private int paragraphEnd;
    private boolean paragraphContiguous;
    private final StringBuilder paragraphText = new StringBuilder();

    // The comments.
    private final ImmutableList.Builder<Comment> comments = ImmutableList.builder();
    private int commentTotal;
    private final CommentTree tree;
    private CommentId commentId; // null until the first header
    private int headerLine;
    private int headerIndent;
    private int bodyIndent;
    private int lastLine;
    private ForumDialect.Author author; // where the open comment's author is written
    private final AuthorCache authors = new AuthorCache();
    private Presence presence;
    private LocalDateTime posted;
    private boolean expectingAuthorLine;
    private int statusStart; // the open status header's line, kept as offsets until needed
    private int statusEnd;
    private int[] bodyStart = new int[8];
    private int[] bodyEnd = new int[8];
    private int[] bodyExtra = new int[8];
    private int bodyLines;
    private int pendingBlanks;
    private final StringBuilder bodyText = new StringBuilder();

    Run(String text, List<Integer> replaced) {
      this.text = text;
      this.replaced = replaced;
      this.tree = new CommentTree(limits.maxDepth(), diagnostics);
    }

    ParseResult run(String id) {
      int length = text.length();
      int pos = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
      int carriageReturn = text.indexOf('\r', pos); // -1 when there is none, as in most dumps
      while (pos < length) {
        int newline = text.indexOf('\n', pos);
        int end = newline < 0 ? length : newline;
        int next = end + 1;
        if (carriageReturn >= 0) {
          if (carriageReturn < pos) {
            carriageReturn = text.indexOf('\r', pos);
          }
          // A line also ends at \r\n or at a lone \r, as in old Mac files.
          if (carriageReturn >= 0 && carriageReturn < end) {
            end = carriageReturn;
            next = carriageReturn + 1 < length && text.charAt(carriageReturn + 1) == '\n'
                ? carriageReturn + 2 : carriageReturn + 1;
          }
        }
        lineNo++;
        limits.validateLineLength(end - pos, sourceName, lineNo);
        readLine(pos, end);
        pos = next;
      }
      return finish(id);
    }

    private void readLine(int start, int rawEnd) {
      int end = trimEnd(start, rawEnd);
      int i = skipIndent(start, end);
      int columns = i - start;
      boolean sawTab = false;
      for (int j = start; j < i; j++) {
        if (text.charAt(j) == '\t') {
          columns++; // a tab counts as two columns, one level
          sawTab = true;
        }
      }
      lineStart = start;
      lineEnd = end;
      rawLineEnd = rawEnd;
      indent = columns;
      tabs = sawTab;
      content = i;
      diagnostics.onLine(text, start, end);
      while (nextReplaced < replaced.size() && replaced.get(nextReplaced) < rawEnd) {
        diagnostics.add(DiagnosticCode.INVALID_UTF8, lineNo, replaced.get(nextReplaced) - start + 1,
            "bytes that are not UTF-8 were read as U+FFFD");
        nextReplaced++;
      }
      boolean blank = content == end;
      if (inComments) {
        if (blank) {
          if (bodyLines > 0) {
            pendingBlanks++;
          }
        } else {
          commentLine();
        }
      } else if (blank) {
        closeParagraph();
      } else {
        articleLine();
      }
    }

    // ---- article ----

    private void articleLine() {
      ForumDialect.Header header = headerHere();
      if (title == null && header == null) {
        title = text.substring(content, lineEnd);
        return;
      }
      if (header != null) {
        if (title == null) {
          title = "";
          diagnostics.add(DiagnosticCode.MISSING_TITLE, lineNo, 1,
              "the dump starts with a comment header: it has no title or article");
        }
        closeParagraph();
        inComments = true;
        startComment(header);
        return;
      }
      if (commentCount < 0 && paragraphs.isEmpty() && paragraphStart < 0 && photoCredit == null) {
        int count = ForumDialect.commentCount(text, content, lineEnd);
        if (count >= 0) {
          commentCount = count;
          commentCountLine = lineNo;
          return;
        }
      }
      if (photoCredit == null && indent > 0) {
        int credit = ForumDialect.photoCreditStart(text, content, lineEnd);
        if (credit >= 0) {
          closeParagraph();
          photoCredit = text.substring(credit, lineEnd);
          return;
        }
      }
      if (paragraphStart < 0) {
        paragraphStart = lineStart;
        paragraphContiguous = true;
        paragraphText.setLength(0);
      } else {
        if (paragraphContiguous && (paragraphEnd + 1 != lineStart || text.charAt(paragraphEnd) != '\n')) {
          paragraphContiguous = false;
          paragraphText.append(text, paragraphStart, paragraphEnd);
        }
        if (!paragraphContiguous) {
          paragraphText.append('\n').append(text, lineStart, lineEnd);
        }
      }
      paragraphEnd = lineEnd;
    }

    private void closeParagraph() {
      if (paragraphStart < 0) {
        return;
      }
      String paragraph = paragraphContiguous ? text.substring(paragraphStart, paragraphEnd) : paragraphText.toString();
      (photoCredit == null ? paragraphs : trailer).add(paragraph);
      paragraphStart = -1;
    }

    // ---- comments ----

    private ForumDialect.Header headerHere() {
      if (indent < 1 || !ForumDialect.isDigit(text.charAt(content))) {
        return null;
      }
      ForumDialect.Header header = ForumDialect.matchHeader(text, content, lineEnd);
      if (header == null) {
        header = ForumDialect.matchMismatchedStatus(text, content, lineEnd);
        if (header != null && nextLineEndsWithDate()) {
          diagnostics.add(DiagnosticCode.STATUS_MISMATCH, lineNo, column(content),
              "status header repeats another handle after the status word; read the handle "
                  + ForumDialect.quote(header.author.handle(text)) + ", the line is kept among the unplaced lines");
          unplaced.add(new SourceLine(lineNo, text.substring(lineStart, lineEnd)));
        } else {
          header = null;
        }
      }
      return header;
    }

    /** The end of {@code text[start, end)} without its trailing spaces and tabs. */
    private int trimEnd(int start, int end) {
      while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      return end;
    }

    /** The first index of {@code text[start, end)} after its leading spaces and tabs. */
    private int skipIndent(int start, int end) {
      while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
        start++;
      }
      return start;
    }

    /** Tells whether the next non-blank line ends with a date-time, as an author line does. */
    private boolean nextLineEndsWithDate() {
      int length = text.length();
      int pos = rawLineEnd;
      for (int lines = 0; pos < length && lines < 3; lines++) {
        pos += text.startsWith("\r\n", pos) ? 2 : 1;
        int end = pos;
        while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        int to = trimEnd(pos, end);
        int from = skipIndent(pos, to);
        if (from < to) {
          return ForumDialect.matchDateAtEnd(text, from, to) != null;
        }
        pos = end;
      }
      return false;
    }

    private void commentLine() {
      if (expectingAuthorLine) {
        expectingAuthorLine = false;
        if (indent > headerIndent && authorLine()) {
          return;
        }
        diagnostics.add(DiagnosticCode.MISSING_AUTHOR_LINE, lineNo, column(content),
            "the status header on line " + headerLine + " is not followed by the line with "
                + ForumDialect.quote(author.handle(text)) + " and the date");
      }
      ForumDialect.Header header = headerHere();
      if (header != null) {
        finishComment();
        startComment(header);
        return;
      }
      int extra = indent - bodyIndent;
      if (extra < 0) {
        diagnostics.add(DiagnosticCode.STRAY_LINE, lineNo, column(content), "line indented " + indent
            + " spaces inside a body indented " + bodyIndent + "; kept in comment " + commentId.toShortString());
        extra = 0;
      }
      if (tabs) {
        diagnostics.add(DiagnosticCode.TAB_INDENT, lineNo, 1, "tabs in indentation, each counted as two spaces");
      }
      for (; pendingBlanks > 0; pendingBlanks--) {
        addBodyLine(0, 0, 0);
      }
      addBodyLine(content, lineEnd, extra);
      lastLine = lineNo;
    }

    /** Reads the current line as the author line of the open status header, if it is one. */
    private boolean authorLine() {
      ForumDialect.AuthorLine line = ForumDialect.matchAuthorLine(text, content, lineEnd, author);
      if (line == null) {
        ForumDialect.DateMatch date = ForumDialect.matchDateAtEnd(text, content, lineEnd);
        ForumDialect.Author other = date == null || date.start - 1 <= content
            || ForumDialect.startsWithOrdinal(text, content, lineEnd) ? null
            : ForumDialect.author(text, content, date.start - 1);
        if (other == null) {
          return false;
        }
        diagnostics.add(DiagnosticCode.AUTHOR_MISMATCH, lineNo, column(content), "author line names "
            + ForumDialect.quote(other.handle(text)) + " but the status header on line " + headerLine + " names "
            + ForumDialect.quote(author.handle(text))
            + "; kept the author line's, and the status line among the unplaced lines");
        unplaced.add(new SourceLine(headerLine, text.substring(statusStart, statusEnd)));
        line = new ForumDialect.AuthorLine(other, date);
      }
      if (indent != headerIndent + 2) {
        diagnostics.add(DiagnosticCode.ODD_INDENT, lineNo, 1, "author line indented " + indent
            + " spaces under a header indented " + headerIndent + "; expected " + (headerIndent + 2));
      }
      author = line.author;
      lastLine = lineNo;
      if (line.date == null) {
        diagnostics.add(DiagnosticCode.MISSING_DATE, lineNo, column(lineEnd),
            "the header of comment " + commentId.toShortString() + " has no date");
      } else {
        applyDate(line.date);
      }
      return true;
    }

    private void startComment(ForumDialect.Header header) {
      if ((indent & 1) != 0) {
        diagnostics.add(DiagnosticCode.ODD_INDENT, lineNo, 1,
            "header indented by an odd " + indent + " spaces; read as " + Math.max(2, indent - 1));
      }
      if (tabs) {
        diagnostics.add(DiagnosticCode.TAB_INDENT, lineNo, 1, "tabs in indentation, each counted as two spaces");
      }
      commentId = tree.place(Math.max(0, indent / 2 - 1), header.ordinal, lineNo, column(content), 1);
      headerLine = lineNo;
      lastLine = lineNo;
      headerIndent = indent;
      bodyIndent = Math.max(indent, 2) + 2; // a header at one space still has its body at four
      author = header.author;
      presence = header.presence;
      posted = null;
      if (presence != null) {
        expectingAuthorLine = true;
        statusStart = lineStart;
        statusEnd = lineEnd;
      } else {
        applyDate(header.date);
      }
    }

    private void applyDate(ForumDialect.DateMatch date) {
      if (date.status == ForumDialect.DateMatch.Status.OK) {
        posted = date.value;
        return;
      }
      DiagnosticCode code = date.status == ForumDialect.DateMatch.Status.UNKNOWN_MONTH
          ? DiagnosticCode.UNKNOWN_MONTH : DiagnosticCode.INVALID_DATE;
      diagnostics.add(code, lineNo, column(date.problemColumnOffset),
          date.problem + "; comment " + commentId.toShortString() + " has no time, the line is kept among the unplaced lines");
      unplaced.add(new SourceLine(lineNo, text.substring(lineStart, lineEnd)));
    }

    private void addBodyLine(int start, int end, int extra) {
      if (bodyLines == bodyStart.length) {
        bodyStart = Arrays.copyOf(bodyStart, bodyLines * 2);
        bodyEnd = Arrays.copyOf(bodyEnd, bodyLines * 2);
        bodyExtra = Arrays.copyOf(bodyExtra, bodyLines * 2);
      }
      bodyStart[bodyLines] = start;
      bodyEnd[bodyLines] = end;
      bodyExtra[bodyLines] = extra;
      bodyLines++;
    }

    private void finishComment() {
      if (commentId == null) {
        return;
      }
      if (expectingAuthorLine) {
        expectingAuthorLine = false;
        diagnostics.onLine(text, statusStart, statusEnd);
        diagnostics.add(DiagnosticCode.MISSING_AUTHOR_LINE, headerLine, 1, "the status header of "
            + ForumDialect.quote(author.handle(text)) + " is the last line: the dump ends before its author line");
      }
      String body;
      if (bodyLines == 0) {
        body = "";
      } else if (bodyLines == 1 && bodyExtra[0] == 0) {
        body = text.substring(bodyStart[0], bodyEnd[0]);
      } else {
        StringBuilder out = bodyText;
        out.setLength(0);
        for (int i = 0; i < bodyLines; i++) {
          if (i > 0) {
            out.append('\n');
          }
          for (int s = bodyExtra[i]; s > 0; s--) {
            out.append(' ');
          }
          out.append(text, bodyStart[i], bodyEnd[i]);
        }
        body = out.toString();
      }
      comments.add(new Comment(commentId, authors.get(text, author),
          presence == null ? Optional.empty() : PRESENT.get(presence.ordinal()), Optional.ofNullable(posted), body,
          Optional.of(new LineRange(headerLine, lastLine))));
      commentTotal++;
      bodyLines = 0;
      pendingBlanks = 0;
      commentId = null;
    }

    private int column(int index) {
      return index - lineStart + 1;
    }

    private ParseResult finish(String id) {
      finishComment();
      closeParagraph();
      if (title == null) {
        title = "";
        diagnostics.onLine("", 0, 0);
        diagnostics.add(DiagnosticCode.EMPTY_INPUT, Math.max(1, lineNo), 1, "the dump holds no text");
      }
      if (commentCount > commentTotal) {
        diagnostics.onLine(Integer.toString(commentCount), 0, Integer.toString(commentCount).length());
        diagnostics.add(DiagnosticCode.COMMENTS_MISSING, commentCountLine, 1, "the page counts " + commentCount
            + " comments but the dump holds " + commentTotal + ": it was cut off");
      }
      Article article = new Article(title, paragraphs,
          commentCount < 0 ? OptionalInt.empty() : OptionalInt.of(commentCount),
          Optional.ofNullable(photoCredit), trailer);
      Discussion discussion = Discussion.builder(id).article(article).addAll(comments.build()).build();
      return new ParseResult(sourceName, discussion, diagnostics.finish(), unplaced);
    }
  }
}
