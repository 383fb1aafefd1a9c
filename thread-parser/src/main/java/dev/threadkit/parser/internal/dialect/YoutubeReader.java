package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.internal.LineCursor;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import java.util.Optional;

/**
 * Reads one {@code youtube} dump. Before the comments: the title (the first line), the
 * video's description as the article, and sidebar or player entries (a paragraph holding a
 * view count such as {@code 54K views}, or {@code Sponsored}) and the comment box as
 * boilerplate. A comment is an optional {@code Pinned by @channel} line, its header, its
 * body, its like count (absent when zero), an optional heart, {@code Reply}, and for a
 * top-level comment an optional {@code 161 replies} line.
 *
 * <p>The tree is at most two levels. After a {@code N replies} line the comments that follow
 * are its replies while they are indented deeper than their comment, or (in a copy that lost
 * the indentation) while their body starts with the {@code @handle} they answer; a comment
 * with a {@code N replies} line of its own, or neither signal, is top-level again.
 */
final class YoutubeReader implements DialectReader {
  private enum Phase { ARTICLE, FURNITURE, COMMENTS }

  /** How far a comment's look-ahead goes for its {@code Reply} and {@code N replies} lines. */
  private static final int LOOK_AHEAD = 400;

  private final YoutubeLines lines;
  private LineCursor look; // over the input being read, made on its first line
  private LineCursor lookNext; // the look-ahead's second cursor, one line past look's when lookNextReady
  private boolean lookNextReady;
  private boolean lookNextEnd; // with lookNextReady: no line follows look's
  private LineCursor peek; // the header test's cursor, for the line after the one read
  private int noStartThrough; // the look-ahead found that the lines up to this number start no comment
  private Phase phase = Phase.ARTICLE;
  private boolean titleSeen;
  private boolean sidebarParagraph;

  private int pendingUntil; // header lines already read with the line that started the comment
  private boolean open; // a comment is open and its Reply line not yet read
  private boolean replied; // the open comment's Reply line was read: its reply count may follow
  private boolean started; // some comment started
  private boolean complete; // the last comment had its Reply line
  private int bodyIndent;
  private int depth;

  // The comment whose "N replies" line opened a block of replies.
  private boolean block;
  private long blockExpected;
  private int blockSeen;
  private int blockIndent;
  private boolean indentedReplies; // this copy keeps the replies' indentation
  private boolean mismatchReported;

  // A comment in a block of replies is held (Events.heldComment) until its own later lines say
  // whether it is a reply: the lines that ahead() would read first are read as they come.
  private boolean held; // the open comment's place waits for what its later lines say
  private CommentHeader heldHeader;
  private boolean heldDeeper; // its name line is indented deeper than the comment that opened the block
  private int heldIndent;
  private boolean heldAfterReply; // its Reply line was read: the next line that is no heart decides
  private boolean heldFirst; // no line after its header read yet
  private String heldReplyTo;
  private int heldSeen; // lines read after its header, as ahead() counts them

  // What the line being read is, found once for the tests that ask (facts).
  private boolean lineReply;
  private long lineLikes;
  private long lineReplies;
  private boolean lineRepliesRead;

  // What startTest found for the line being read.
  private int startPinned;
  private YoutubeLines.Header startHeader;

  // The last line of the last comment, for the end of the input.
  private String input;
  private final LastLine last = new LastLine();
  private int cutHeader; // the number of the last line when it starts like a header and is none

  YoutubeReader(YoutubeLines lines) {
    this.lines = lines;
  }

  @Override
  public void line(Line line, Events events) {
    input = line.input();
    if (look == null || look.input() != input) {
      begin(line);
    }
    cutHeader = 0;
    if (line.number() <= pendingUntil) {
      events.headerLine(line);
      keep(line);
      return;
    }
    facts(line);
    if (line.number() > noStartThrough || held) {
      startTest(line);
    } else {
      startPinned = -1;
      startHeader = null;
    }
    // Most lines are a body line of an open comment: read here, the rest in other(), so that
    // what the compiler inlines into this method is what most lines run.
    if (open && startHeader == null && (!held || heldBodyLine())) {
      inBody(line, events);
      return;
    }
    other(line, events);
  }

  /**
   * Counts the line being read as a body line of the held comment when that is all {@link
   * #look} would do with it: it is no {@code Reply} or {@code Pinned by} line, not the comment's
   * first line, and the look-ahead's limit is not reached.
   */
  private boolean heldBodyLine() {
    if (heldAfterReply || heldFirst || lineReply || startPinned >= 0 || heldSeen >= LOOK_AHEAD - 1) {
      return false;
    }
    heldSeen++;
    return true;
  }

  /** Makes the look-ahead's cursors over the input, at its first line. */
  private void begin(Line line) {
    // Copies of the core's cursor share what it finds once: whether the input holds a \r,
    // which a new cursor would search the whole input for again.
    look = LineCursor.over(line);
    lookNext = LineCursor.over(look);
    peek = LineCursor.over(look);
    lookNextReady = false;
  }

  /** Reads a line that is no body line of an open comment, or one while a comment is held; {@link #startTest} has tested it. */
  private void other(Line line, Events events) {
    if (held) {
      look(line, events);
    }
    if (tryStart(line, events)) {
      titleSeen = true; // a copy that starts at its first comment has no title
      return;
    }
    if (!titleSeen) {
      titleSeen = true;
      events.article(line);
      return;
    }
    if (open) {
      inBody(line, events);
      return;
    }
    if (replied) {
      long count = replies(line);
      if (count >= 0 && held) {
        settle(line, events);
      }
      if (count >= 0 && depth == 0) {
        events.headerLine(line).attribute(YoutubeDialect.REPLY_COUNT, count);
        keep(line);
        block = true;
        blockExpected = count;
        blockSeen = 0;
        mismatchReported = false;
        return;
      }
      if (lines.isHearted(line)) {
        events.headerLine(line).attribute(YoutubeDialect.HEARTED, true);
        keep(line);
        return;
      }
      replied = false;
    }
    switch (phase) {
      case ARTICLE -> beforeComments(line, events);
      case FURNITURE, COMMENTS -> {
        if (held) {
          settle(line, events);
        }
        events.boilerplate(line);
        if (started && line.charAt(line.contentStart()) == '@') {
          cutHeader = line.number();
          keep(line);
        }
      }
    }
  }

  /** The title's page before the count line: the article, or sidebar entries and the comment box. */
  private void beforeComments(Line line, Events events) {
    int count = lines.countLine(line);
    if (count >= 0) {
      phase = Phase.FURNITURE;
      events.commentCount(line, count);
      return;
    }
    if (lines.isBox(line)) {
      phase = Phase.FURNITURE; // "Add a comment…": the comment box is right above the comments
      events.boilerplate(line);
      return;
    }
    if (lines.isBoilerplate(line)) {
      events.boilerplate(line);
      return;
    }
    if (line.blanksBefore() > 0) {
      sidebarParagraph = sidebar(line);
    }
    if (sidebarParagraph) {
      events.boilerplate(line);
    } else {
      events.article(line);
    }
  }

  /** Tells whether the paragraph starting at the line is a sidebar or player entry. */
  private boolean sidebar(Line first) {
    // Most paragraphs before the comments are one line: told without moving the look-ahead over blank lines.
    int follows = YoutubeLines.follows(first.input(), first.end());
    if (lines.likes(first) >= 0) {
      boolean alone = follows == YoutubeLines.FOLLOWS_NONE;
      if (follows == YoutubeLines.FOLLOWS_UNKNOWN) {
        Line next = following(first);
        alone = next == null || next.blanksBefore() > 0;
      }
      if (alone) {
        return true; // the video's like count, alone: "351K"
      }
    }
    if (lines.isViews(first)) {
      return true;
    }
    if (follows == YoutubeLines.FOLLOWS_NONE) {
      return false;
    }
    Line line = following(first);
    for (int n = 0; n < 20 && line != null && line.blanksBefore() == 0; n++) {
      if (lines.countLine(line) >= 0 || lines.header(line, false) != null) {
        return false;
      }
      if (lines.isViews(line)) {
        return true;
      }
      line = following(line);
    }
    return false;
  }

  /**
   * Tests whether the line starts a comment: sets {@link #startPinned} (where a {@code Pinned by}
   * line names its channel, or -1) and {@link #startHeader} (the header that starts at the line,
   * or after a pinned line at the next; null for none).
   */
  private void startTest(Line line) {
    boolean names = phase != Phase.ARTICLE;
    int pinned = lines.pinned(line);
    startPinned = pinned;
    if (pinned >= 0) {
      Optional<Line> next = line.next();
      startHeader = next.isPresent() && next.get().blanksBefore() == 0
          ? lines.header(next.get(), names, peek, YoutubeLines.NOT_PEEKED) : null;
    } else {
      String text = line.input();
      int from = line.contentStart();
      char first = text.charAt(from);
      boolean action = lineReply || lineLikes >= 0 || Scan.isDigit(first) && replies(line) >= 0;
      startHeader = lines.mayBeHeader(text, from, line.end(), names, action)
          ? lines.header(line, names, peek, YoutubeLines.NOT_PEEKED, action ? 1 : 0) : null;
    }
  }

  /** Finds what the line being read is, for the tests of it that follow. */
  private void facts(Line line) {
    lineReply = lines.isReply(line);
    lineLikes = lines.likes(line);
    lineRepliesRead = false;
  }

  /** {@link YoutubeLines#replies} of the line being read, read once. */
  private long replies(Line line) {
    if (!lineRepliesRead) {
      lineReplies = lines.replies(line);
      lineRepliesRead = true;
    }
    return lineReplies;
  }

  /** Starts a comment at a {@code Pinned by} line or a header, as {@link #startTest} found; false when the line starts none. */
  private boolean tryStart(Line line, Events events) {
    YoutubeLines.Header header = startHeader;
    if (header == null) {
      return false;
    }
    int pinned = startPinned;
    CommentHeader h = start(line, header, events);
    if (pinned >= 0) {
      h.attribute(Attribute.PINNED, true);
      if (pinned < line.end()) {
        h.attribute(YoutubeDialect.PINNED_BY, line.input().substring(pinned, line.end()));
      }
    }
    return true;
  }

  private CommentHeader start(Line first, YoutubeLines.Header h, Events events) {
    if (held) {
      settle(first, events);
    }
    Line nameLine = h.nameLine();
    // Only a comment in a block of replies that is indented deeper than its comment, or in a
    // copy without indentation, needs its later lines: any other comment is top-level.
    boolean deeper = nameLine.indent() > blockIndent;
    boolean inBlock = block && (deeper || !indentedReplies);
    if (inBlock && events.maxDepth() >= 1 && h.age().known() && (blockSeen < blockExpected || mismatchReported)) {
      // Placing it later reports nothing (no depth limit, no count mismatch, no unknown age),
      // so no diagnostic comes out in another order than when it was placed now.
      return hold(first, h, deeper, events);
    }
    Ahead ahead = inBlock ? ahead(h.last()) : NOTHING_AHEAD;
    boolean reply = false;
    if (block && !ahead.ownReplies) {
      if (deeper) {
        reply = true;
        indentedReplies = true;
      } else if (!indentedReplies && ahead.replyTo != null) {
        reply = true;
      }
    }
    if (reply) {
      blockSeen++;
      if (blockSeen > blockExpected && !mismatchReported) {
        mismatchReported = true;
        events.diagnostic(DiagnosticCode.REPLY_COUNT_MISMATCH, nameLine, nameLine.column(nameLine.contentStart()),
            "more replies than the " + blockExpected + " its comment counts; read as replies all the same");
      }
      if (blockSeen >= blockExpected && !indentedReplies) {
        block = false; // without indentation, a later "@handle" opening is a mention in a comment of its own
      }
    } else {
      block = false;
    }
    CommentHeader header = events.comment(first, reply ? 1 : 0, Events.NEXT_ORDINAL);
    depth = Math.max(0, events.depth());
    if (!reply) {
      blockIndent = nameLine.indent();
    }
    header.author(nameLine, h.nameStart(), h.nameEnd(), -1, -1);
    header.time(h.age().time());
    if (!h.age().known()) {
      String age = h.ageLine().input().substring(h.ageStart(), h.ageEnd());
      events.diagnostic(DiagnosticCode.UNKNOWN_AGE, h.ageLine(), h.ageLine().column(h.ageStart()),
          "age " + Scan.quote(age) + " has a word the parser does not know; kept as written, not resolved");
    }
    if (h.age().edited()) {
      header.attribute(Attribute.EDITED, true);
    }
    if (reply && ahead.replyTo != null) {
      header.attribute(Attribute.REPLY_TO, ahead.replyTo);
    }
    opened(first, h);
    return header;
  }

  /** Starts a comment of a block of replies held, its place decided by {@link #look} or {@link #settle}. */
  private CommentHeader hold(Line first, YoutubeLines.Header h, boolean deeper, Events events) {
    Line nameLine = h.nameLine();
    CommentHeader header = events.heldComment(first, 0, Events.NEXT_ORDINAL);
    held = true;
    heldHeader = header;
    heldDeeper = deeper;
    heldIndent = nameLine.indent();
    heldAfterReply = false;
    heldFirst = true;
    heldReplyTo = null;
    heldSeen = 0;
    header.author(nameLine, h.nameStart(), h.nameEnd(), -1, -1);
    header.time(h.age().time());
    if (h.age().edited()) {
      header.attribute(Attribute.EDITED, true);
    }
    opened(first, h);
    return header;
  }

  /** What every start sets once the comment is open. */
  private void opened(Line first, YoutubeLines.Header h) {
    Line nameLine = h.nameLine();
    pendingUntil = h.last().number();
    phase = Phase.COMMENTS;
    started = true;
    open = true;
    replied = false;
    complete = false;
    bodyIndent = nameLine.indent();
    keep(first);
    if (pendingUntil > first.number()) {
      keep(h.last());
    }
  }

  /**
   * Reads the line as {@link #ahead} reads the held comment's later lines, and places the
   * comment when it decides; {@link #startTest} has tested the line.
   */
  private void look(Line line, Events events) {
    if (heldAfterReply) {
      if (lines.isHearted(line)) {
        counted(events);
        return;
      }
      place(heldReplyTo, replies(line) >= 0, events);
      return;
    }
    if (lineReply) {
      heldAfterReply = true;
    } else if (startPinned >= 0 || startHeader != null) {
      place(heldReplyTo, false, events);
      return;
    } else if (heldFirst) {
      heldReplyTo = replyTo(line);
    }
    heldFirst = false;
    counted(events);
  }

  /** Counts a line {@link #look} read; past as many as {@link #ahead} reads, the comment is placed. */
  private void counted(Events events) {
    if (++heldSeen == LOOK_AHEAD) {
      place(heldReplyTo, false, events);
    }
  }

  /**
   * Places the held comment now, before something that would end it or needs its place: reads
   * on after {@code line} (null at the end of the input) as {@link #ahead} would.
   */
  private void settle(Line line, Events events) {
    Line next = line == null ? null : following(line);
    for (; held && next != null; next = following(next)) {
      if (heldAfterReply) {
        if (!lines.isHearted(next)) {
          place(heldReplyTo, lines.replies(next) >= 0, events);
          return;
        }
      } else if (lines.isReply(next)) {
        heldAfterReply = true;
      } else if (lines.pinned(next) >= 0 || lines.header(next, true, null, peekAfter(next)) != null) {
        place(heldReplyTo, false, events);
        return;
      } else {
        noStartThrough = next.number();
        if (heldFirst) {
          heldReplyTo = replyTo(next);
        }
      }
      heldFirst = false;
      counted(events);
    }
    if (held) {
      place(heldReplyTo, false, events); // the input ends
    }
  }

  /** Places the held comment as {@link #start} places a comment after {@link #ahead}. */
  private void place(String replyTo, boolean ownReplies, Events events) {
    held = false;
    boolean reply = false;
    if (block && !ownReplies) {
      if (heldDeeper) {
        reply = true;
        indentedReplies = true;
      } else if (!indentedReplies && replyTo != null) {
        reply = true;
      }
    }
    if (reply) {
      blockSeen++; // no more than the count: hold() waits for no mismatch
      if (blockSeen >= blockExpected && !indentedReplies) {
        block = false;
      }
    } else {
      block = false;
    }
    events.place(reply ? 1 : 0);
    depth = Math.max(0, events.depth());
    if (!reply) {
      blockIndent = heldIndent;
    }
    if (reply && replyTo != null) {
      heldHeader.attribute(Attribute.REPLY_TO, replyTo);
    }
    heldHeader = null;
  }

  /** The {@code @handle} a comment's first line starts with, as a reply to it, or null. */
  private static String replyTo(Line line) {
    String text = line.input();
    int from = line.contentStart();
    if (text.charAt(from) != '@') {
      return null;
    }
    int end = from;
    while (end < line.end() && text.charAt(end) != ' ') {
      end++;
    }
    while (end > from + 1 && ",:;.!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > from + 1 ? text.substring(from, end) : null;
  }

  /** What a comment's later lines say: the {@code @handle} its body starts with, and whether it has a reply count. */
  private record Ahead(String replyTo, boolean ownReplies) {}

  /** What {@link #start} uses outside a block of replies, where a comment's later lines cannot make it a reply. */
  private static final Ahead NOTHING_AHEAD = new Ahead(null, false);

  private Ahead ahead(Line headerEnd) {
    String replyTo = null;
    boolean first = true;
    boolean afterReply = false;
    Line line = following(headerEnd);
    for (int n = 0; n < LOOK_AHEAD && line != null; n++, line = following(line)) {
      if (afterReply) {
        if (lines.isHearted(line)) {
          continue;
        }
        return new Ahead(replyTo, lines.replies(line) >= 0);
      }
      if (lines.isReply(line)) {
        afterReply = true;
      } else if (lines.pinned(line) >= 0 || lines.header(line, true, null, peekAfter(line)) != null) {
        break;
      } else {
        noStartThrough = line.number(); // tryStart would say no (names is true once comments started)
      }
      if (!afterReply && first) {
        replyTo = replyTo(line);
      }
      first = false;
    }
    return new Ahead(replyTo, false);
  }

  /**
   * The line after {@code line}, as {@link Line#next()} finds it, on the look-ahead cursor moved
   * in place (no line made a step); a line that does not end at a line break (none the core
   * hands over) falls back to {@link Line#next()}. Null at the end.
   */
  private Line following(Line line) {
    if (lookNextReady && line == look) {
      lookNextReady = false; // peekAfter read the line already: the cursors swap
      if (lookNextEnd) {
        return null;
      }
      LineCursor moved = lookNext;
      lookNext = look;
      look = moved;
      return look;
    }
    lookNextReady = false;
    if (!look.from(line)) {
      return line.next().orElse(null);
    }
    return look.advance() ? look : null;
  }

  /**
   * Reads the line after the look-ahead's line for its header test, on the second cursor, which
   * {@link #following} then moves to instead of reading the line again.
   *
   * @return {@link YoutubeLines#contentOf} that line, or {@link YoutubeLines#NOT_PEEKED} for a line not on the look-ahead cursor
   */
  private long peekAfter(Line line) {
    if (line != look || !lookNext.from(look)) {
      return YoutubeLines.NOT_PEEKED;
    }
    lookNextEnd = !lookNext.advance();
    lookNextReady = true;
    return YoutubeLines.contentOf(lookNextEnd ? null : lookNext);
  }

  /** A line after the header and before {@code Reply}: the action area, a {@code Read more}, furniture or text. */
  private void inBody(Line line, Events events) {
    // The body line first, so that the compiler inlines its calls before action's.
    if (!lines.mayBeAction(line, lineLikes)) {
      events.body(line, bodyIndent);
      keep(line);
    } else if (!action(line, events)) {
      events.body(line, bodyIndent);
      keep(line);
    }
  }

  /** Reads the line as an action line, a {@code Read more} or furniture that ends the comment; false for text. */
  private boolean action(Line line, Events events) {
    if (lineReply) {
      events.headerLine(line);
      keep(line);
      open = false;
      replied = true;
      complete = true;
      return true;
    }
    long likes = lineLikes;
    if (likes >= 0 && actionsFollow(line, true)) {
      events.headerLine(line).attribute(Attribute.LIKES, likes);
      keep(line);
      return true;
    }
    if (lines.isHearted(line) && actionsFollow(line, false)) {
      events.headerLine(line).attribute(YoutubeDialect.HEARTED, true);
      keep(line);
      return true;
    }
    if (lines.isMore(line)) {
      events.headerLine(line);
      keep(line);
      return true;
    }
    if (lines.endsComment(line)) {
      if (held) {
        settle(line, events);
      }
      open = false;
      events.boilerplate(line);
      return true;
    }
    return false;
  }

  /** Tells whether {@code Reply} follows the line, right after it or (when {@code heart}) after a heart. */
  private boolean actionsFollow(Line line, boolean heart) {
    return lines.replyFollows(line.input(), line.end(), heart);
  }

  private void keep(Line line) {
    last.remember(line);
  }

  @Override
  public void end(Events events) {
    if (held) {
      settle(null, events);
    }
    if (started && !complete) {
      events.diagnostic(DiagnosticCode.COPY_CUT, last.in(input),
          last.endColumn(), "the copy ends inside the last comment, before its Reply line: it was cut");
    } else if (cutHeader > 0) {
      events.diagnostic(DiagnosticCode.COPY_CUT, last.in(input),
          last.endColumn(), "the copy ends in what looks like the start of a comment header: it was cut");
    }
  }
}
