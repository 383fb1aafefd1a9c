package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import java.time.LocalDateTime;

/**
 * Reads one {@code numbered} dump. The comment section starts at the count line, or at the
 * first entry marker indented and after a blank line (a numbered list inside an article
 * paragraph, or at the margin, is article text); it ends at the comment form, after which
 * everything is boilerplate. An entry's depth is its marker's indentation (2 spaces a
 * level); its text continues two columns deeper, or at the margin for entries that began
 * with a lead-in at the margin (Blogger's {@code Anonymous said...}).
 */
final class NumberedReader implements DialectReader {
  private final NumberedLines lines;
  private boolean inComments;
  private boolean afterForm;
  private boolean titleSeen;
  private boolean open;
  private int bodyIndent;
  private boolean expectDate; // the open entry's lead-in may be followed by its date line
  private boolean listMayFollow; // the last line was body text ending in ':' or an item of a list in a body
  private int listIndent;

  NumberedReader(NumberedLines lines) {
    this.lines = lines;
  }

  @Override
  public void line(Line line, Events events) {
    if (afterForm) {
      events.boilerplate(line);
      return;
    }
    if (!titleSeen) {
      titleSeen = true;
      events.article(line);
      return;
    }
    if (inComments && lines.isForm(line)) {
      afterForm = true;
      open = false;
      events.boilerplate(line);
      return;
    }
    int text = line.indent() >= 2 ? lines.marker(line) : -1;
    if (text >= 0 && open && listMayFollow && line.blanksBefore() == 0 && line.indent() == listIndent) {
      events.body(line, bodyIndent); // "A list:" then "1. …" right below it: a list in the text, not replies
      return;
    }
    listMayFollow = false;
    if (text >= 0 && (inComments || line.blanksBefore() > 0)) {
      inComments = true;
      entry(line, text, events);
      return;
    }
    if (inComments && line.indent() == 0 && lines.saysEnd(line) >= 0 && (!open || line.blanksBefore() > 0)) {
      marginLeadIn(line, events);
      return;
    }
    if (!inComments) {
      int count = lines.countLine(line);
      if (count >= 0) {
        inComments = true;
        events.commentCount(line, count);
      } else {
        events.article(line);
      }
      return;
    }
    if (!open) {
      events.boilerplate(line);
      return;
    }
    if (expectDate) {
      expectDate = false;
      LocalDateTime time = lines.date(line.input(), line.contentStart(), line.end());
      if (time != null) {
        events.headerLine(line).time(CommentTime.exact(time));
        return;
      }
    }
    if (line.indent() < bodyIndent) {
      events.diagnostic(DiagnosticCode.STRAY_LINE, line, line.column(line.contentStart()), "line indented "
          + line.indent() + " spaces inside a body indented " + bodyIndent + "; kept in comment " + events.openId());
    }
    events.body(line, bodyIndent);
    listMayFollow = line.input().charAt(line.end() - 1) == ':';
    listIndent = line.indent();
  }

  /** An entry marked with an ordinal or a bullet; its text starts at {@code text}. */
  private void entry(Line line, int text, Events events) {
    String input = line.input();
    int end = line.end();
    if (line.hasTabs()) {
      events.diagnostic(DiagnosticCode.TAB_INDENT, line, 1, "tabs in indentation, each counted as two spaces");
    }
    CommentHeader header = events.comment(line, line.indent() / 2 - 1, NumberedLines.ordinal(line));
    open = true;
    bodyIndent = line.indent() + 2;
    expectDate = false;
    if (text >= end) {
      return;
    }
    if (lines.isPingback(input, text, end)) {
      header.kind(CommentKind.PINGBACK);
      events.bodyFrom(line, text);
      return;
    }
    if (!leadIn(line, text, header)) {
      events.bodyFrom(line, text);
    }
  }

  /** A lead-in at the margin, {@code Ann said...}: an entry at the top level whose text is at the margin. */
  private void marginLeadIn(Line line, Events events) {
    CommentHeader header = events.comment(line, 0, Events.NEXT_ORDINAL);
    open = true;
    bodyIndent = 0;
    leadIn(line, line.contentStart(), header);
  }

  /** Reads {@code (Ann)}, {@code Ann says:} or {@code Ann on <date>} from {@code [from, end)}; false for other text. */
  private boolean leadIn(Line line, int from, CommentHeader header) {
    String input = line.input();
    int end = line.end();
    int nameEnd = lines.saysEnd(input, from, end);
    if (nameEnd >= 0) {
      author(line, from, nameEnd, header);
      expectDate = true;
      return true;
    }
    if (end - from >= 3 && input.charAt(from) == '(' && input.charAt(end - 1) == ')' && end - from <= 60
        && input.indexOf(')', from) == end - 1 && !Character.isWhitespace(input.charAt(from + 1))) {
      author(line, from + 1, end - 1, header);
      expectDate = true;
      return true;
    }
    int on = lines.onDate(input, from, end);
    int onName = on > from ? Scan.trimEnd(input, from, on) : -1;
    if (onName > from && !Character.isWhitespace(input.charAt(from))) {
      author(line, from, onName, header);
      header.time(CommentTime.exact(lines.date(input, on + 4, end)));
      return true;
    }
    return false;
  }

  private void author(Line line, int from, int to, CommentHeader header) {
    if (!lines.isAnonymous(line.input(), from, to)) {
      header.author(line, from, to, -1, -1);
    }
  }
}
