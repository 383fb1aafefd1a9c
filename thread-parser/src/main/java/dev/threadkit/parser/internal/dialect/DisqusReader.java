package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.CommentKind;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code disqus} dump. The article runs to the count line or to the first comment;
 * between the count line and the first comment everything is widget furniture. A comment is
 * an optional {@code Avatar} line, its header, its body and its action line; whatever follows
 * an action line up to the next comment is furniture ({@code Load more comments}).
 *
 * <p>The tree: a reply names whom it answers; its parent is the nearest comment by that name
 * on the path of open comments (the comment before it and its ancestors), at a smaller depth
 * than the reply's indentation gives when the copy kept indentation (one step a level: the
 * first indented header sets the step). A name that matches no open comment is reported and
 * the reply placed by its indentation, or at the top level.
 */
final class DisqusReader implements DialectReader {
  private enum Phase { ARTICLE, FURNITURE, COMMENTS }

  private final DisqusLines lines;
  // Most lines hold none: no header, seen without a scan of their own.
  private final DisqusLines.Marks bullets = new DisqusLines.Marks(DisqusLines.BULLET);
  /** Names, each with {@code true} once a comment by it was placed. */
  private final DisqusLines.Written<Boolean> names = new DisqusLines.Written<>();
  private final DisqusLines.Written<DisqusLines.Tail> tails = new DisqusLines.Written<>();
  /** Lines with a bullet or chevron after a header, each with what {@link DisqusLines#action} makes of it. */
  private final DisqusLines.Written<Long> actions = new DisqusLines.Written<>();
  /** The path's entry of a deleted comment: no name. */
  private final DisqusLines.Written.Entry<Boolean> noName = new DisqusLines.Written.Entry<>("");
  private Phase phase = Phase.ARTICLE;
  /** The author of the comment at each depth on the path to the last comment. */
  private final List<DisqusLines.Written.Entry<Boolean>> path = new ArrayList<>();
  private int indentStep; // columns of indentation a level, from the first indented header; 0 before
  private int pendingHeader; // the number of a header line already read with the Avatar line above it
  private boolean open; // a comment is open and its action line not yet read
  private int bodyIndent;
  // The last line reported, for what the end of the input reveals.
  private final LastLine last = new LastLine();
  private boolean lastMaybeCut; // the last line looks like the start of a header or an Avatar with no header
  private String input;

  DisqusReader(DisqusLines lines) {
    this.lines = lines;
  }

  @Override
  public void line(Line line, Events events) {
    input = line.input();
    last.remember(line);
    lastMaybeCut = false;
    if (line.number() == pendingHeader) {
      pendingHeader = 0;
      events.headerLine(line);
      return;
    }
    if (lines.isAvatar(line)) {
      Line next = following(line);
      DisqusLines.Header header = next != null ? header(next) : null;
      if (header != null) {
        start(line, next, header, events);
        pendingHeader = next.number();
        return;
      }
      if (next != null && lines.isDeleted(next)) {
        deleted(line, next, events);
        pendingHeader = next.number();
        return;
      }
      // Right only when no line follows; any line that does is read next and sets it again.
      lastMaybeCut = next == null;
    }
    if (lines.isDeleted(line)) {
      deleted(line, line, events);
      return;
    }
    DisqusLines.Header header = header(line);
    if (header != null) {
      start(line, line, header, events);
      return;
    }
    if (open) {
      inComment(line, events);
      return;
    }
    if (phase == Phase.ARTICLE) {
      int count = lines.countLine(line);
      if (count >= 0) {
        phase = Phase.FURNITURE;
        events.commentCount(line, count);
      } else if (lines.isBoilerplate(line)) {
        events.boilerplate(line); // "Join the discussion…" in a copy without a count line
      } else {
        events.article(line);
      }
      return;
    }
    lastMaybeCut |= bullets.in(line, line.contentStart(), line.end());
    events.boilerplate(line);
  }

  /**
   * The line right after {@code line} when it is not blank, else null: {@link Line#next()}
   * without its look through the whole input for a carriage return, read here on the one line.
   */
  private static Line following(Line line) {
    String text = line.input();
    int length = text.length();
    int i = line.end();
    char c = 0;
    while (i < length && ((c = text.charAt(i)) == ' ' || c == '\t')) {
      i++;
    }
    if (i >= length) {
      return null;
    }
    int start = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    int end = start;
    while (end < length && (c = text.charAt(end)) != '\n' && c != '\r') {
      end++;
    }
    while (end > start && ((c = text.charAt(end - 1)) == ' ' || c == '\t')) {
      end--;
    }
    int content = start;
    while (content < end && ((c = text.charAt(content)) == ' ' || c == '\t')) {
      content++;
    }
    return content == end ? null : Line.at(text, line.number() + 1, start, end);
  }

  /** {@link DisqusLines#header}: null without a scan for a line that ends a sentence or has no bullet. */
  private DisqusLines.Header header(Line line) {
    return lines.mayBeHeader(line) && bullets.in(line, line.contentStart(), line.end()) ? lines.header(line, tails) : null;
  }

  /** The longest action line remembered. */
  private static final int MAX_ACTION = 64;

  /**
   * {@link DisqusLines#action}, read once a reader for each short line with a bullet (action
   * lines repeat a few texts, {@code 3 • Reply•Share ›}); -2 without a scan for a line whose
   * last character no action line ends with.
   */
  private Long action(Line line) {
    int start = line.contentStart();
    int end = line.end();
    if (!lines.mayBeAction(line)) {
      return NO_ACTION;
    }
    if (end - start > MAX_ACTION || !bullets.in(line, start, end)) {
      return lines.action(line);
    }
    DisqusLines.Written.Entry<Long> entry = actions.get(line.input(), start, end);
    if (entry.value == null) {
      entry.value = lines.action(line);
    }
    return entry.value;
  }

  private static final Long NO_ACTION = -2L;

  /** A line after a header and before the action line: the action line, a {@code see more}, furniture or text. */
  private void inComment(Line line, Events events) {
    Long action = action(line);
    if (action >= -1) {
      CommentHeader header = events.headerLine(line);
      if (action >= 0) {
        header.attribute(Attribute.LIKES, action.longValue());
      }
      open = false;
      return;
    }
    if (lines.isMore(line)) {
      events.headerLine(line);
      return;
    }
    if (lines.endsComment(line)) {
      open = false;
      events.boilerplate(line);
      return;
    }
    events.body(line, bodyIndent);
  }

  /**
   * A deleted comment ({@code This comment was deleted.}, after its Avatar line or not): a
   * comment of kind deleted with no author, time or text, placed by its indentation or at
   * the top level; it has no action line.
   */
  private void deleted(Line first, Line mark, Events events) {
    int indentDepth = indentDepth(mark);
    events.comment(first, Math.max(0, indentDepth), Events.NEXT_ORDINAL).kind(CommentKind.DELETED);
    placed(noName, events);
    phase = Phase.COMMENTS;
    open = false;
  }

  /** The depth the indentation of a header line gives, -1 while the copy shows no indentation. */
  private int indentDepth(Line headerLine) {
    if (headerLine.indent() > 0) {
      if (indentStep == 0) {
        indentStep = headerLine.indent();
      }
      return headerLine.indent() / indentStep;
    }
    return indentStep > 0 ? 0 : -1;
  }

  /** Puts the comment just placed on the path, under its name ({@link #noName} for a deleted comment). */
  private void placed(DisqusLines.Written.Entry<Boolean> name, Events events) {
    int depth = Math.max(0, events.depth());
    while (path.size() > depth) {
      path.remove(path.size() - 1);
    }
    path.add(name);
    name.value = true;
  }

  /** Starts a comment at {@code first} (its Avatar line, or the header) whose header is on {@code headerLine}. */
  private void start(Line first, Line headerLine, DisqusLines.Header h, Events events) {
    String text = headerLine.input();
    int indentDepth = indentDepth(headerLine);
    int depth = indentDepth < 0 ? 0 : indentDepth;
    DisqusLines.Written.Entry<Boolean> replyTo = null;
    if (h.isReply()) {
      replyTo = names.get(text, h.replyToStart(), h.replyToEnd());
      int parent = parentOf(replyTo, indentDepth);
      if (parent >= 0) {
        depth = parent + 1;
      } else {
        String where = indentDepth > 0 ? "placed at depth " + indentDepth + " by its indentation" : "kept at the top level";
        events.diagnostic(DiagnosticCode.REPLY_TO_UNKNOWN, headerLine, headerLine.column(h.replyToStart()),
            "reply to " + Scan.quote(replyTo.text) + (replyTo.value != null
                ? ", whose comments are all in threads closed before it" : ", who wrote no earlier comment")
                + "; " + where);
      }
    }
    CommentHeader header = events.comment(first, depth, Events.NEXT_ORDINAL);
    header.author(headerLine, h.nameStart(), h.nameEnd(), -1, -1);
    header.relativeTime(headerLine, h.ageStart(), h.ageEnd());
    if (!h.age().known()) {
      events.diagnostic(DiagnosticCode.UNKNOWN_AGE, headerLine, headerLine.column(h.ageStart()),
          "age " + Scan.quote(h.age().written()) + " has a word the parser does not know; kept as written, not resolved");
    }
    if (h.edited()) {
      header.attribute(Attribute.EDITED, true);
    }
    if (replyTo != null) {
      header.attribute(Attribute.REPLY_TO, replyTo.text);
    }
    placed(names.get(text, h.nameStart(), h.nameEnd()), events);
    phase = Phase.COMMENTS;
    open = true;
    bodyIndent = headerLine.indent();
  }

  /**
   * The depth of the nearest open comment by {@code name}: below {@code indentDepth} when the
   * copy gives one and such a comment exists, else the nearest at any depth; -1 when none.
   */
  private int parentOf(DisqusLines.Written.Entry<Boolean> name, int indentDepth) {
    int any = -1;
    for (int d = path.size() - 1; d >= 0; d--) {
      if (path.get(d) == name) { // one entry a name
        if (indentDepth < 0 || d < indentDepth) {
          return d;
        }
        if (any < 0) {
          any = d;
        }
      }
    }
    return any;
  }

  @Override
  public void end(Events events) {
    if (last.number() == 0) {
      return;
    }
    if (open || lastMaybeCut) {
      events.diagnostic(DiagnosticCode.COPY_CUT, last.in(input),
          last.endColumn(), open
              ? "the copy ends inside comment " + events.openId() + ", before its action line: it was cut"
              : "the copy ends in what looks like the start of a comment: it was cut");
    }
  }

}
