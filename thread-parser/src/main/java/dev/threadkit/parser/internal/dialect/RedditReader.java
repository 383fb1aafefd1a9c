package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads one {@code reddit} copy, in any of its forms.
 *
 * <p>old.reddit: each header says how many direct replies its comment has, and comments come
 * in page order, so the open comments with the replies each still expects (a stack) give
 * every comment its parent: the deepest open comment still expecting a reply. A {@code load
 * more comments (N replies)} line stands for N of them, {@code continue this thread} for all
 * that the comment before still expects, a collapsed comment ({@code [+]}) for its own. The
 * action line after the body checks the counts: only replies show {@code parent}; where the
 * two disagree the action line wins, with a diagnostic.
 *
 * <p>new reddit: a {@code level N} line starts each comment at depth N − 1, then the user,
 * tag lines ({@code OP}), {@code · 3 yr. ago}, the body and an action line. Mirror headers
 * ({@code u/name Aug 09 '23}) take the place of the user and age lines, or start a top-level
 * comment of their own; their date is kept as written (a relative time), never turned into a
 * made-up instant.
 */
final class RedditReader implements DialectReader {
  private static final int BEFORE = 0;
  private static final int IN_HEADER = 1; // new reddit: after "level N", before the age line
  private static final int IN_BODY = 2;
  private static final int AFTER_ACTION = 3;
  // What an old.reddit comment's action line says (RedditLines.Actions#read)
  private static final int NO_ACTION = -1;
  private static final int NOT_REPLY = 0;
  private static final int REPLY = 1;

  private final RedditLines lines;
  private String input;
  private int commonIndent;
  private int space = -1; // see space()
  private int carriageReturns; // whether the input holds a \r: 0 not looked yet, 1 no, 2 yes
  // The old.reddit comment whose place its action line decides (Events.heldComment), null when
  // none is held, and where its header is.
  private RedditLines.OldHeader held;
  private int heldNumber;
  private int heldStart;
  private int heldEnd;
  private boolean orphan; // the comment placed last starts the copy mid-thread
  // Whether to hold places back: not in an input with replacement characters, whose lines get
  // invalid-utf8 diagnostics; found while a place is held, they would come before the
  // placement's, and past the diagnostics limit another set would be kept than looking ahead keeps.
  private boolean holdBack;
  private boolean titleSeen;
  private int mode = BEFORE;
  private boolean firstBody;
  private boolean expectUser;
  private int tagLines;
  private int actionLines;
  private boolean headerCut;
  private final LastLine last = new LastLine();
  private CommentHeader open; // the header of the open comment, set until the next one starts

  // old.reddit's open comments: path[d] is the comment at depth d on the path to the last one
  private int pathLen;
  private long[] remaining = new long[16];
  private long[] counted = new long[16];
  private String[] ids = new String[16]; // null: made from ordinals when a message needs it
  private int[] placedDepths = new int[16]; // the depth the core placed it at
  // The core's tree as it places each comment (Events#depth after it): the ordinals on the path
  // to the last one give an open comment's id when a message needs it, where asking
  // Events#openId for every comment made an id and its text each time.
  private int[] ordinals = new int[16];
  private int treeDepth = -1;
  private int[] headerNumber = new int[16];
  private int[] headerStart = new int[16];
  private int[] headerEnd = new int[16];

  // The headers read: one is held while the next is read (the next line may be a header).
  private final RedditLines.OldHeader[] headers = {new RedditLines.OldHeader(), new RedditLines.OldHeader()};
  private final CopiedText.HeaderScan<RedditLines.OldHeader> headerScan;
  private final RedditLines.Actions actions;

  RedditReader(RedditLines lines) {
    this.lines = lines;
    this.actions = new RedditLines.Actions(lines);
    this.headerScan = (text, from, end, cut) -> lines.oldHeader(text, from, end, cut, headers[headers[0] == held ? 1 : 0]);
  }

  @Override
  public void line(Line line, Events events) {
    if (input == null) {
      input = line.input();
      commonIndent = CopiedText.commonIndent(input, line.start());
      holdBack = input.indexOf('\uFFFD') < 0;
    }
    last.remember(line);
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (mode == IN_BODY && from < end && lines.plainText(text, from, end, space(text, from))) {
      body(line, text, from, end, events); // most lines: none of the checks below would take them
      return;
    }
    if (from < end && text.charAt(from) == '[') { // an old.reddit header starts with it
      RedditLines.OldHeader old = CopiedText.headerOrCut(line, titleSeen, headerScan);
      if (old != null) {
        oldComment(line, old, events);
        return;
      }
    }
    int level = lines.level(text, from, end);
    if (level > 0 && nextIsUser(line)) {
      newComment(line, level - 1, events);
      return;
    }
    if (mode == IN_HEADER) {
      if (newHeaderLine(line, events, false)) {
        return;
      }
      mode = IN_BODY;
      firstBody = true;
    } else if (lines.mayBeUserHeader(text, from, end, space(text, from))
        && (lines.userDotEnd(text, from, end) > 0 || lines.mirrorDate(text, from, end) > 0)) {
      newComment(line, 0, events); // a header with no level line before it
      newHeaderLine(line, events, true);
      return;
    }
    if (!titleSeen) {
      titleSeen = true;
      events.article(line);
      return;
    }
    int more = lines.loadMore(text, from, end);
    if (more >= 0 || lines.isContinue(text, from, end)) {
      resolve(events);
      standFor(more >= 0 ? more : Long.MAX_VALUE);
      events.boilerplate(line);
      mode = mode == BEFORE ? BEFORE : AFTER_ACTION;
      return;
    }
    switch (mode) {
      case BEFORE: {
        int count = lines.countLine(line);
        if (count >= 0) {
          events.commentCount(line, count);
        } else if (lines.isBoilerplate(line)) {
          events.boilerplate(line);
        } else {
          events.article(line);
        }
        return;
      }
      case IN_BODY: {
        int action = actions.read(text, from, end);
        if (action >= 0) {
          if (held != null) {
            // The line the look-ahead from the header would have found: the first action line
            // after it, when within its reach (2,000 of its lines, at most two a line of ours).
            if (line.number() - heldNumber < 1000) {
              decide(action, events);
            } else {
              resolve(events);
            }
          }
          events.headerLine(line);
          actionLines++;
          mode = AFTER_ACTION;
          return;
        }
        long score = lines.newAction(text, from, end);
        if (score >= 0) {
          resolve(events);
          CommentHeader header = events.headerLine(line);
          if (score > 0) {
            header.attribute(Attribute.SCORE, score);
          }
          actionLines++;
          mode = AFTER_ACTION;
          return;
        }
        body(line, text, from, end, events);
        return;
      }
      default:
        events.boilerplate(line);
    }
  }

  /**
   * The first space at or after {@code from}, or the input's length: found again only once
   * {@code from} has passed the last one found, so that the input is searched once in all.
   */
  private int space(String text, int from) {
    if (space < from) {
      space = text.indexOf(' ', from);
      if (space < 0) {
        space = text.length();
      }
    }
    return space;
  }

  /** A line of the open comment's text. */
  private void body(Line line, String text, int from, int end, Events events) {
    if (firstBody && lines.isDeletedBody(line)) {
      open.kind(CommentKind.DELETED); // the text is kept
    }
    firstBody = false;
    if (held != null && endsInWhiteSpace(text, from, end)) {
      // A line that ends in other white space than spaces and tabs: the look-ahead, which
      // trims all of it, may read it as an action line or a header where this reader does not.
      resolve(events);
    }
    events.body(line, commonIndent);
  }

  @Override
  public void end(Events events) {
    if (input == null) {
      return;
    }
    resolve(events);
    if (mode == IN_BODY && actionLines > 0 && events.inComment() && !headerCut) {
      events.diagnostic(RedditDialect.CUT_OFF, last.in(input), last.endColumn(), "the copy ends inside comment "
          + events.openId() + ": its action line is missing, so its text may be cut short");
    }
    for (int d = 0; d < pathLen; d++) {
      if (remaining[d] > 0) {
        countMismatch(events, d);
      }
    }
  }

  /** Reports that the comment at depth {@code d} of the path counts more replies than the copy holds. */
  private void countMismatch(Events events, int d) {
    Line at = Line.at(input, headerNumber[d], headerStart[d], headerEnd[d]);
    int paren = input.lastIndexOf(" (", headerEnd[d]);
    events.diagnostic(RedditDialect.CHILD_COUNT_MISMATCH, at, paren > headerStart[d] ? at.column(paren + 1) : 1,
        "comment " + id(d) + " counts " + counted[d] + (counted[d] == 1 ? " reply" : " replies") + " but "
            + (counted[d] - remaining[d]) + " follow it in the copy");
    remaining[d] = 0;
  }

  /** A {@code load more} or {@code continue this thread} line stands for replies of the deepest comment expecting some. */
  private void standFor(long replies) {
    for (int d = pathLen - 1; d >= 0; d--) {
      if (remaining[d] > 0) {
        remaining[d] = Math.max(0, remaining[d] - replies);
        return;
      }
    }
  }

  /**
   * An old.reddit header: its place from the counts, checked against its action line. A
   * comment with a body holds its place back until its action line comes ({@link
   * Events#heldComment}); a collapsed or cut one has none to wait for.
   */
  private void oldComment(Line line, RedditLines.OldHeader h, Events events) {
    resolve(events);
    titleSeen = true;
    String text = line.input();
    CommentHeader header;
    if (h.cut || h.collapsed || !holdBack) {
      int depth = depthOf(line.number(), line.start(), line.end(), h.cut ? NO_ACTION : replyByAction(line.start()), events);
      header = events.comment(line, depth, Events.NEXT_ORDINAL);
      placed(line.number(), line.start(), line.end(), h, depth, events);
    } else {
      int deepest = pathLen - 1;
      while (deepest >= 0 && remaining[deepest] == 0) {
        deepest--;
      }
      header = events.heldComment(line, deepest + 1, Events.NEXT_ORDINAL);
      held = h;
      heldNumber = line.number();
      heldStart = line.start();
      heldEnd = line.end();
    }
    open = header;
    mode = h.collapsed ? AFTER_ACTION : IN_BODY;
    firstBody = true;
    if (!h.deletedUser) {
      header.author(line, h.userStart, h.userEnd, -1, -1);
    }
    if (h.ageStart >= 0) {
      header.time(h.age.time());
    }
    // The attributes with the fewest values first: the core shares a set by the set it grows
    // from, so a score (hundreds of values) after a child count (a few) misses alone, where
    // before it a missed score made the child count's lookup miss too. Tags, text, last: a set
    // with a text is not shared.
    if (h.scoreHidden) {
      header.attribute(RedditDialect.SCORE_HIDDEN, true);
    }
    if (h.edited) {
      header.attribute(Attribute.EDITED, true);
    }
    if (h.collapsed) {
      header.attribute(RedditDialect.COLLAPSED, true);
    }
    if (h.children >= 0) {
      header.attribute(RedditDialect.CHILD_COUNT, (long) h.children);
    }
    if (h.hasScore) {
      header.attribute(Attribute.SCORE, h.score);
    }
    if (h.tagsStart >= 0) {
      header.attribute(RedditDialect.TAGS, text.substring(h.tagsStart, h.tagsEnd).strip());
    }
    if (held == null) {
      reportHeader(line.number(), line.start(), line.end(), h, events);
    }
    headerCut = h.cut;
    if (h.cut) {
      events.diagnostic(RedditDialect.CUT_OFF, line, line.column(line.end()), "the copy ends inside a comment header:"
          + " read with what it shows");
    }
  }

  /** Places the held comment by the look-ahead from its header: a line other than its action line ended its body. */
  private void resolve(Events events) {
    if (held != null) {
      decide(replyByAction(heldStart), events);
    }
  }

  /** Places the held comment as its action line says: {@link #REPLY}, {@link #NOT_REPLY} or {@link #NO_ACTION}. */
  private void decide(int reply, Events events) {
    RedditLines.OldHeader h = held;
    held = null;
    int depth = depthOf(heldNumber, heldStart, heldEnd, reply, events);
    events.place(depth);
    placed(heldNumber, heldStart, heldEnd, h, depth, events);
    reportHeader(heldNumber, heldStart, heldEnd, h, events);
  }

  /**
   * The depth the counts give a comment, checked against its action line ({@code reply}: it
   * shows {@code parent} or not, or there is none); reports where the two disagree, and takes the
   * reply from the count of the comment it is placed under.
   */
  private int depthOf(int number, int start, int end, int reply, Events events) {
    int deepest = pathLen - 1;
    while (deepest >= 0 && remaining[deepest] == 0) {
      deepest--;
    }
    int depth = deepest + 1;
    orphan = false;
    if (reply == NOT_REPLY && depth > 0) {
      for (int d = 0; d < pathLen; d++) {
        if (remaining[d] > 0) {
          countMismatch(events, d);
        }
      }
      depth = 0;
    } else if (reply == REPLY && depth == 0) {
      if (pathLen == 0) {
        orphan = true;
      } else {
        depth = pathLen; // the counts before it leave no reply open: taken as a reply to the comment just before
        events.diagnostic(RedditDialect.CHILD_COUNT_MISMATCH, Line.at(input, number, start, end), 1, "the comments before it count no more replies,"
            + " but its action line shows 'parent': read as a reply to comment " + id(pathLen - 1));
      }
    } else if (depth > 0) {
      remaining[depth - 1]--;
    }
    return depth;
  }

  /** Puts the comment just placed at {@code depth} on the path of open comments, with the replies it counts. */
  private void placed(int number, int start, int end, RedditLines.OldHeader h, int depth, Events events) {
    grow(depth + 1);
    tracePlace(events.depth(), depth);
    pathLen = depth + 1;
    remaining[depth] = h.collapsed || h.children < 0 ? 0 : h.children;
    counted[depth] = remaining[depth];
    ids[depth] = null;
    placedDepths[depth] = treeDepth;
    headerNumber[depth] = number;
    headerStart[depth] = start;
    headerEnd[depth] = end;
  }

  /** The diagnostics of a placed comment's header, in the order a look-ahead at its header found them. */
  private void reportHeader(int number, int start, int end, RedditLines.OldHeader h, Events events) {
    if (!orphan && (h.ageStart < 0 || h.ageKnown)) {
      return;
    }
    Line line = Line.at(input, number, start, end);
    if (orphan) {
      events.diagnostic(RedditDialect.STARTS_MID_THREAD, line, 1, "the copy starts mid-thread: the first comment's"
          + " action line shows 'parent' but its parent is not in the copy; read at the top level");
    }
    if (h.ageStart >= 0 && !h.ageKnown) {
      events.diagnostic(RedditDialect.UNKNOWN_AGE, line, line.column(h.unitStart), "unknown age word "
          + Scan.quote(input.substring(h.unitStart, h.ageEnd)) + ": the age is kept as written and not resolved");
    }
  }

  /** Whether the action line of the comment whose header starts at {@code headerStart} shows {@code parent}, or null. */
  private int replyByAction(int headerStart) {
    if (carriageReturns == 0) {
      carriageReturns = input.indexOf('\r') >= 0 ? 2 : 1; // looked for once, when first needed
    }
    Boolean reply = lines.replyByAction(input, headerStart, 2000, carriageReturns == 2);
    return reply == null ? NO_ACTION : reply ? REPLY : NOT_REPLY;
  }

  private boolean nextIsUser(Line line) {
    Optional<Line> next = line.next();
    return next.isPresent() && (lines.isUserLine(next.get()) || lines.userDotEnd(next.get()) > 0
        || lines.mirrorDate(next.get()) > 0);
  }

  /** A new-reddit comment, at a {@code level N} line or at a header with no level line before it. */
  private void newComment(Line line, int depth, Events events) {
    resolve(events);
    titleSeen = true;
    pathLen = 0; // child counts are old.reddit's
    open = events.comment(line, depth, Events.NEXT_ORDINAL);
    tracePlace(events.depth(), 0);
    mode = IN_HEADER;
    expectUser = true;
    tagLines = 0;
    firstBody = true;
  }

  /** A line after {@code level N}: the user, a tag, the age; false for the first line of the body. */
  private boolean newHeaderLine(Line line, Events events, boolean commentLine) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (expectUser) {
      int user = lines.userDotEnd(line);
      if (user > 0) {
        CommentHeader header = headerOf(line, events, commentLine);
        author(line, from, user, header);
        age(line, lines.dotAge(text, user + 1, end), header, events);
        mode = IN_BODY;
        return true;
      }
      int date = lines.mirrorDate(line);
      if (date > 0) {
        CommentHeader header = headerOf(line, events, commentLine);
        author(line, from, date - 1, header);
        header.time(CommentTime.relative(text.substring(date, end)));
        mode = IN_BODY;
        return true;
      }
      if (lines.isUserLine(line)) {
        author(line, from, end, headerOf(line, events, commentLine));
        expectUser = false;
        return true;
      }
      return false;
    }
    int[] age = lines.dotAge(text, from, end);
    if (age != null) {
      age(line, age, headerOf(line, events, commentLine), events);
      mode = IN_BODY;
      return true;
    }
    if (tagLines < 2 && line.length() <= 30 && ageFollows(line)) {
      tagLines++;
      headerOf(line, events, commentLine).attribute(RedditDialect.TAGS, line.content());
      return true;
    }
    return false;
  }

  /** The open comment's header, reporting the line as a header line unless it is the comment's own first line. */
  private CommentHeader headerOf(Line line, Events events, boolean commentLine) {
    return commentLine ? open : events.headerLine(line);
  }

  private boolean ageFollows(Line line) {
    Optional<Line> next = line.next();
    for (int k = 0; k < 2 && next.isPresent(); k++) {
      Line l = next.get();
      if (lines.dotAge(l.input(), l.contentStart(), l.end()) != null) {
        return true;
      }
      next = l.next();
    }
    return false;
  }

  private void author(Line line, int from, int to, CommentHeader header) {
    String text = line.input();
    if (lines.isDeletedUser(text, from, to)) {
      return;
    }
    int start = text.startsWith("u/", from) ? from + 2 : from;
    header.author(line, start, to, -1, -1);
  }

  private void age(Line line, int[] age, CommentHeader header, Events events) {
    String written = line.input().substring(age[0], age[1]);
    header.time(CommentTime.relative(written));
    if (age[2] == 1) {
      header.attribute(Attribute.EDITED, true);
    }
    if (!CopiedText.knownAge(written)) {
      int unit = line.input().indexOf(' ', age[0]) + 1;
      events.diagnostic(RedditDialect.UNKNOWN_AGE, line, line.column(unit), "unknown age word "
          + Scan.quote(written) + ": the age is kept as written and not resolved");
    }
  }

  /** {@code Scan.trimEnd(text, from, end) != end}: whether the line ends in white space, told by most lines' last character alone. */
  private static boolean endsInWhiteSpace(String text, int from, int end) {
    if (end <= from) {
      return false;
    }
    char c = text.charAt(end - 1);
    return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c); // no white space lies between
  }

  /**
   * Follows the core's tree: the comment just placed went to depth {@code placed}, next in its
   * parent, as the reader asked for {@code asked} (the open comments before it on the path).
   * Where the core placed it higher (a limit), the ids of the open comments whose ordinals it
   * moves are made first.
   */
  private void tracePlace(int placed, int asked) {
    for (int d = placed; d < asked; d++) {
      if (ids[d] == null) {
        ids[d] = idOf(placedDepths[d]);
      }
    }
    if (placed >= ordinals.length) {
      ordinals = Arrays.copyOf(ordinals, Math.max(placed + 1, ordinals.length * 2));
    }
    ordinals[placed] = placed <= treeDepth ? ordinals[placed] + 1 : 1;
    treeDepth = placed;
  }

  /** The id of the open comment at depth {@code d} of the path, as {@link Events#openId} gave it when it was placed. */
  private String id(int d) {
    return ids[d] != null ? ids[d] : idOf(placedDepths[d]);
  }

  /** The id of the comment at {@code depth} on the core's path, as {@code CommentId.toShortString} writes it. */
  private String idOf(int depth) {
    StringBuilder id = new StringBuilder();
    for (int d = 0, shown = depth < 12 ? depth : 4; d <= shown; d++) {
      id.append(d > 0 ? "." : "").append(ordinals[d]);
    }
    if (depth >= 12) {
      id.append("\u2026(depth ").append(depth).append(").").append(ordinals[depth]);
    }
    return id.toString();
  }

  private void grow(int size) {
    if (size > remaining.length) {
      int n = Math.max(size, remaining.length * 2);
      remaining = Arrays.copyOf(remaining, n);
      counted = Arrays.copyOf(counted, n);
      ids = Arrays.copyOf(ids, n);
      placedDepths = Arrays.copyOf(placedDepths, n);
      headerNumber = Arrays.copyOf(headerNumber, n);
      headerStart = Arrays.copyOf(headerStart, n);
      headerEnd = Arrays.copyOf(headerEnd, n);
    }
  }
}
