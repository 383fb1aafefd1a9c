package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.CommentKind;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.internal.LineCursor;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import java.util.Arrays;

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
  // Long lines that may be headers: most hold none, seen without a scan of their own.
  private final DisqusLines.Marks bullets = new DisqusLines.Marks(DisqusLines.BULLET);
  private Phase phase = Phase.ARTICLE;
  // The comments on the path to the last comment, one a depth: where each one's author is
  // written (a start of -1 for a deleted comment), and the name as a String once a reply needed it.
  private int[] pathStart = new int[8];
  private int[] pathEnd = new int[8];
  private String[] pathName = new String[8];
  private int pathSize;
  // Where the name of every comment placed is written, two offsets a comment, until a reply
  // names someone off the path; then the names seen, kept from there on (seen).
  private int[] placedNames = new int[16];
  private int placedCount;
  private DisqusLines.Written<Boolean> seen;
  // The replied-to name of the open comment, set last so that its likes and edited flag find
  // the sets the core shares (a text value is never shared): the set holds its attributes in
  // the order of their names whatever order they were set in.
  private CommentHeader replyHeader;
  private String replyTo;
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
    String text = line.input();
    int start = line.contentStart();
    int end = line.end();
    input = text;
    last.remember(line);
    lastMaybeCut = false;
    if (line.number() == pendingHeader) {
      pendingHeader = 0;
      events.headerLine(line);
      return;
    }
    if (lines.isAvatar(text, start, end)) {
      Line next = after(line);
      DisqusLines.Header header = next != null ? headerAfterAvatar(next) : null;
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
    if (lines.isDeleted(text, start, end)) {
      deleted(line, line, events);
      return;
    }
    char lastChar = text.charAt(end - 1);
    boolean mayBeAction = lines.mayEndAction(lastChar);
    DisqusLines.Header header = null;
    DisqusLines.Kind kind = null; // what a short line with a bullet that may be an action line reads as
    if (lines.mayEndHeader(lastChar)) {
      if (mayBeAction && end - start <= DisqusLines.MAX_KIND) {
        // An action line's bullet is among its first characters: looked for here, not with the
        // search for the next bullet that serves long body lines.
        int i = start;
        while (i < end && text.charAt(i) != DisqusLines.BULLET) {
          i++;
        }
        if (i < end) {
          kind = lines.kind(text, start, end);
          header = kind.header() ? lines.header(text, start, end) : null;
        }
      } else if (bullets.in(line, start, end)) {
        header = lines.header(text, start, end);
      }
    }
    if (header != null) {
      start(line, line, header, events);
      return;
    }
    if (open) {
      inComment(line, !mayBeAction ? -2 : kind != null ? kind.action() : action(line, start, end), events);
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
    lastMaybeCut |= bullets.in(line, start, end);
    replyToSet();
    events.boilerplate(line);
  }

  private LineCursor ahead; // over the input being read, for the line after an Avatar line

  /** The line right after {@code line}, or null when that line is blank or there is none. */
  private Line after(Line line) {
    if (ahead == null || ahead.input() != line.input()) {
      ahead = LineCursor.over(line);
    }
    return ahead.from(line) && ahead.advance() && ahead.blanksBefore() == 0 ? ahead : null;
  }

  /** {@link DisqusLines#header(Line)} of the line after an Avatar line, or null for one that ends as no header does. */
  private DisqusLines.Header headerAfterAvatar(Line next) {
    return lines.mayEndHeader(next.charAt(next.end() - 1)) ? lines.header(next) : null;
  }

  /**
   * {@link DisqusLines#action} of a line that may end as an action line does, read once for
   * all the short lines with a bullet that have its content.
   */
  private long action(Line line, int start, int end) {
    if (end - start > DisqusLines.MAX_KIND || !bullets.in(line, start, end)) {
      return lines.action(line.input(), start, end);
    }
    return lines.kind(line.input(), start, end).action();
  }

  /**
   * A line after a header and before the action line: the action line, a {@code see more},
   * furniture or text.
   *
   * @param action what {@link DisqusLines#action} makes of it, -2 for a line that is no action line
   */
  private void inComment(Line line, long action, Events events) {
    if (action >= -1) {
      CommentHeader header = events.headerLine(line);
      if (action >= 0) {
        header.attribute(Attribute.LIKES, action);
      }
      replyToSet();
      open = false;
      return;
    }
    if (lines.isMore(line)) {
      events.headerLine(line);
      return;
    }
    if (lines.endsComment(line)) {
      open = false;
      replyToSet();
      events.boilerplate(line);
      return;
    }
    events.body(line, bodyIndent);
  }

  /** Sets the open comment's replied-to name, if it has one not set yet: before anything that may close the comment. */
  private void replyToSet() {
    if (replyTo != null) {
      replyHeader.attribute(Attribute.REPLY_TO, replyTo);
      replyTo = null;
      replyHeader = null;
    }
  }

  /**
   * A deleted comment ({@code This comment was deleted.}, after its Avatar line or not): a
   * comment of kind deleted with no author, time or text, placed by its indentation or at
   * the top level; it has no action line.
   */
  private void deleted(Line first, Line mark, Events events) {
    int indentDepth = indentDepth(mark);
    replyToSet();
    events.comment(first, Math.max(0, indentDepth), Events.NEXT_ORDINAL).kind(CommentKind.DELETED);
    placed(-1, -1, events);
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

  /**
   * Puts the comment just placed on the path, with where its author's name is written
   * ({@code nameStart} -1 for a deleted comment: no name).
   */
  private void placed(int nameStart, int nameEnd, Events events) {
    int at = Math.min(pathSize, Math.max(0, events.depth()));
    if (at == pathStart.length) {
      pathStart = Arrays.copyOf(pathStart, at * 2);
      pathEnd = Arrays.copyOf(pathEnd, at * 2);
      pathName = Arrays.copyOf(pathName, at * 2);
    }
    pathStart[at] = nameStart;
    pathEnd[at] = nameEnd;
    pathName[at] = null;
    pathSize = at + 1;
    if (nameStart < 0) {
      return;
    }
    if (seen != null) {
      seen.get(input, nameStart, nameEnd).value = true;
      return;
    }
    if (placedCount == placedNames.length) {
      placedNames = Arrays.copyOf(placedNames, placedCount * 2);
    }
    placedNames[placedCount++] = nameStart;
    placedNames[placedCount++] = nameEnd;
  }

  /** Tells whether a comment by the name {@code text[from, end)} was placed before. */
  private boolean seen(String text, int from, int end) {
    if (seen == null) {
      // The first reply to a name off the path: the names placed so far, kept from now on.
      seen = new DisqusLines.Written<>();
      for (int i = 0; i < placedCount; i += 2) {
        seen.get(text, placedNames[i], placedNames[i + 1]).value = true;
      }
      placedNames = null;
    }
    return seen.get(text, from, end).value != null;
  }

  /** Starts a comment at {@code first} (its Avatar line, or the header) whose header is on {@code headerLine}. */
  private void start(Line first, Line headerLine, DisqusLines.Header h, Events events) {
    String text = headerLine.input();
    int indentDepth = indentDepth(headerLine);
    int depth = indentDepth < 0 ? 0 : indentDepth;
    String replied = null;
    if (h.isReply()) {
      int from = h.replyToStart();
      int end = h.replyToEnd();
      int parent = parentOf(text, from, end, indentDepth);
      if (parent >= 0) {
        depth = parent + 1;
        if (pathName[parent] == null) {
          pathName[parent] = text.substring(from, end);
        }
        replied = pathName[parent];
      } else {
        replied = text.substring(from, end);
        String where = indentDepth > 0 ? "placed at depth " + indentDepth + " by its indentation" : "kept at the top level";
        events.diagnostic(DiagnosticCode.REPLY_TO_UNKNOWN, headerLine, headerLine.column(from),
            "reply to " + Scan.quote(replied) + (seen(text, from, end)
                ? ", whose comments are all in threads closed before it" : ", who wrote no earlier comment")
                + "; " + where);
      }
    }
    replyToSet();
    CommentHeader header = events.comment(first, depth, Events.NEXT_ORDINAL);
    header.author(headerLine, h.nameStart(), h.nameEnd(), -1, -1);
    header.time(h.age().time());
    if (!h.age().known()) {
      events.diagnostic(DiagnosticCode.UNKNOWN_AGE, headerLine, headerLine.column(h.ageStart()),
          "age " + Scan.quote(h.age().written()) + " has a word the parser does not know; kept as written, not resolved");
    }
    if (h.edited()) {
      header.attribute(Attribute.EDITED, true);
    }
    if (replied != null) {
      replyTo = replied;
      replyHeader = header;
    }
    placed(h.nameStart(), h.nameEnd(), events);
    phase = Phase.COMMENTS;
    open = true;
    bodyIndent = headerLine.indent();
  }

  /**
   * The depth of the nearest comment on the path by the name {@code text[from, end)}: below
   * {@code indentDepth} when the copy gives one and such a comment exists, else the nearest at
   * any depth; -1 when none.
   */
  private int parentOf(String text, int from, int end, int indentDepth) {
    int any = -1;
    int length = end - from;
    for (int d = pathSize - 1; d >= 0; d--) {
      int at = pathStart[d];
      if (at >= 0 && pathEnd[d] - at == length && same(text, at, from, length)) {
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

  /** Tells whether {@code text} holds the same {@code length} characters at {@code a} and at {@code b}. */
  private static boolean same(String text, int a, int b, int length) {
    for (int i = 0; i < length; i++) {
      if (text.charAt(a + i) != text.charAt(b + i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void end(Events events) {
    replyToSet();
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
