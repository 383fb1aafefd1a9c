package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import java.util.Optional;

/**
 * Reads one {@code topcor} dump: the article until the first comment header, then comments
 * whose depth is their indentation (2 spaces a level) and whose headers come in a status
 * form (two lines) and a merged form (one line).
 */
final class TopcorReader implements DialectReader {
  private final TopcorLines lines;

  private boolean inComments;
  private boolean titleSeen;
  private boolean countSeen;
  private boolean paragraphSeen;
  private boolean credit; // the photo-credit line was seen: later article text is boilerplate
  private boolean expectingAuthorLine;
  private int headerLine;
  private int headerIndent;
  private int bodyIndent;
  private final TopcorLines.Author author = new TopcorLines.Author(); // where the open comment's author is written
  // Filled again for each line: reading a header makes no object.
  private final TopcorLines.Header header = new TopcorLines.Header();
  private final TopcorLines.AuthorLine authorLine = new TopcorLines.AuthorLine();
  private final TopcorLines.Author otherAuthor = new TopcorLines.Author();
  private final TopcorLines.DateMatch probe = new TopcorLines.DateMatch();
  private String statusInput;
  private boolean statusKept; // the open status header's line is among the unplaced lines
  private int statusStart; // the open status header's line, kept as offsets until needed
  private int statusEnd;

  TopcorReader(TopcorLines lines) {
    this.lines = lines;
  }

  @Override
  public void line(Line line, Events events) {
    if (inComments) {
      commentLine(line, events);
    } else {
      articleLine(line, events);
    }
  }

  private void articleLine(Line line, Events events) {
    String text = line.input();
    int content = line.contentStart();
    int end = line.end();
    TopcorLines.Header header = headerHere(line, events);
    if (header != null) {
      inComments = true;
      startComment(header, line, events);
      return;
    }
    if (titleSeen && !countSeen && !paragraphSeen && !credit) {
      int count = TopcorLines.commentCount(text, content, end);
      if (count >= 0) {
        countSeen = true;
        events.commentCount(line, count);
        return;
      }
    }
    if (!credit && line.indent() > 0) {
      int creditStart = TopcorLines.photoCreditStart(text, content, end);
      if (creditStart >= 0) {
        credit = true;
        events.articleAttribute(line, Attribute.PHOTO_CREDIT, text.substring(creditStart, end));
        return;
      }
    }
    if (credit) {
      events.boilerplate(line);
    } else {
      paragraphSeen = titleSeen;
      titleSeen = true;
      events.article(line);
    }
  }

  private TopcorLines.Header headerHere(Line line, Events events) {
    String text = line.input();
    int content = line.contentStart();
    if (line.indent() < 1 || !TopcorLines.isDigit(text.charAt(content))) {
      return null;
    }
    TopcorLines.Header header = lines.matchHeader(text, content, line.end(), this.header);
    if (header == null) {
      header = lines.matchMismatchedStatus(text, content, line.end(), this.header);
      if (header != null && nextLineEndsWithDate(line)) {
        header.mismatched = true;
      } else {
        header = null;
      }
    }
    return header;
  }

  /** Tells whether the next non-blank line (within three) ends with a date-time, as an author line does. */
  private boolean nextLineEndsWithDate(Line line) {
    Optional<Line> next = line.next();
    if (next.isEmpty() || next.get().blanksBefore() > 2) {
      return false;
    }
    Line n = next.get();
    return lines.matchDateAtEnd(n.input(), n.contentStart(), n.end(), probe) != null;
  }

  private void commentLine(Line line, Events events) {
    String text = line.input();
    int content = line.contentStart();
    if (expectingAuthorLine) {
      expectingAuthorLine = false;
      if (line.indent() > headerIndent && authorLine(line, events)) {
        return;
      }
      events.diagnostic(DiagnosticCode.MISSING_AUTHOR_LINE, line, line.column(content),
          "the status header on line " + headerLine + " is not followed by the line with "
              + TopcorLines.quote(author.handle(text)) + " and the date");
    }
    TopcorLines.Header header = headerHere(line, events);
    if (header != null) {
      startComment(header, line, events);
      return;
    }
    if (line.indent() < bodyIndent) {
      events.diagnostic(DiagnosticCode.STRAY_LINE, line, line.column(content), "line indented " + line.indent()
          + " spaces inside a body indented " + bodyIndent + "; kept in comment " + events.openId());
    }
    if (line.hasTabs()) {
      events.diagnostic(DiagnosticCode.TAB_INDENT, line, 1, "tabs in indentation, each counted as two spaces");
    }
    events.body(line, bodyIndent);
  }

  /** Reads the line as the author line of the open status header, if it is one. */
  private boolean authorLine(Line line, Events events) {
    String text = line.input();
    int content = line.contentStart();
    int end = line.end();
    TopcorLines.AuthorLine found = lines.matchAuthorLine(text, content, end, author, authorLine);
    if (found == null) {
      TopcorLines.DateMatch date = lines.matchDateAtEnd(text, content, end, authorLine.dateStore);
      TopcorLines.Author other = date == null || date.start - 1 <= content
          || TopcorLines.startsWithOrdinal(text, content, end) ? null
          : TopcorLines.author(text, content, date.start - 1, otherAuthor);
      if (other == null) {
        return false;
      }
      events.diagnostic(DiagnosticCode.AUTHOR_MISMATCH, line, line.column(content), "author line names "
          + TopcorLines.quote(other.handle(text)) + " but the status header on line " + headerLine + " names "
          + TopcorLines.quote(author.handle(text))
          + "; kept the author line's, and the status line among the unplaced lines");
      if (!statusKept) { // a status line whose handles differ is kept already
        events.unplaced(Line.at(statusInput, headerLine, statusStart, statusEnd));
      }
      found = authorLine;
      found.author.set(other);
      found.date = date;
    }
    if (line.indent() != headerIndent + 2) {
      events.diagnostic(DiagnosticCode.ODD_INDENT, line, 1, "author line indented " + line.indent()
          + " spaces under a header indented " + headerIndent + "; expected " + (headerIndent + 2));
    }
    author.set(found.author);
    CommentHeader header = events.headerLine(line);
    setAuthor(header, line);
    if (found.date == null) {
      events.diagnostic(DiagnosticCode.MISSING_DATE, line, line.column(end),
          "the header of comment " + events.openId() + " has no date");
    } else {
      applyDate(found.date, header, line, events);
    }
    return true;
  }

  private void setAuthor(CommentHeader header, Line line) {
    header.author(line, author.handleStart, author.handleEnd, author.nameStart, author.nameEnd);
  }

  private void startComment(TopcorLines.Header header, Line line, Events events) {
    int indent = line.indent();
    if ((indent & 1) != 0) {
      events.diagnostic(DiagnosticCode.ODD_INDENT, line, 1,
          "header indented by an odd " + indent + " spaces; read as " + Math.max(2, indent - 1));
    }
    if (line.hasTabs()) {
      events.diagnostic(DiagnosticCode.TAB_INDENT, line, 1, "tabs in indentation, each counted as two spaces");
    }
    expectingAuthorLine = false;
    CommentHeader comment = events.comment(line, Math.max(0, indent / 2 - 1), header.ordinal);
    if (header.mismatched) {
      events.diagnostic(DiagnosticCode.STATUS_MISMATCH, line, line.column(line.contentStart()),
          "status header repeats another handle after the status word; read the handle "
              + TopcorLines.quote(header.author.handle(line.input())) + ", the line is kept among the unplaced lines");
      events.unplaced(line);
    }
    statusKept = header.mismatched;
    headerLine = line.number();
    headerIndent = indent;
    bodyIndent = Math.max(indent, 2) + 2; // a header at one space still has its body at four
    author.set(header.author);
    setAuthor(comment, line);
    Presence presence = header.presence;
    if (presence != null) {
      comment.attribute(Attribute.PRESENCE, presence);
      expectingAuthorLine = true;
      statusInput = line.input();
      statusStart = line.start();
      statusEnd = line.end();
    } else {
      applyDate(header.date, comment, line, events);
    }
  }

  private void applyDate(TopcorLines.DateMatch date, CommentHeader header, Line line, Events events) {
    if (date.status == TopcorLines.DateMatch.Status.OK) {
      date.applyTo(header);
      return;
    }
    DiagnosticCode code = date.status == TopcorLines.DateMatch.Status.UNKNOWN_MONTH
        ? DiagnosticCode.UNKNOWN_MONTH : DiagnosticCode.INVALID_DATE;
    events.diagnostic(code, line, line.column(date.problemColumnOffset),
        date.problem + "; comment " + events.openId() + " has no time, the line is kept among the unplaced lines");
    events.unplaced(line);
  }

  /** A status header that is the last line: its author line never came. */
  @Override
  public void end(Events events) {
    if (expectingAuthorLine) {
      expectingAuthorLine = false;
      Line status = Line.at(statusInput, headerLine, statusStart, statusEnd);
      events.diagnostic(DiagnosticCode.MISSING_AUTHOR_LINE, status, 1, "the status header of "
          + TopcorLines.quote(author.handle(status.input())) + " is the last line: the dump ends before its author line");
    }
  }
}
