package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.CommentKind;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;

/**
 * Reads one {@code hn} copy. The page's indentation is lost in a copy, so the tree comes from
 * each header's links, read in page order against the depth of the comment just before
 * (see {@link #pageDepth}). Depths are first worked out as the page has them ("page depth",
 * 0 for a reply to the story) and then shifted so that a copy starting mid-thread starts its
 * tree at the top: its first comment is an orphan at the depth its links imply, recorded in
 * {@link HnDialect#PAGE_DEPTH}.
 *
 * <p>Before the first comment: the title, the story line, article text and furniture. A
 * {@code reply} line before the first header means the copy starts inside a comment whose
 * header was cut off: the paragraph right before that line is read as that comment (no
 * author, no time), found by a scan of the input at the first line. In a comment: its text
 * until its {@code reply} action line; after that, furniture until the next header.
 */
final class HnReader implements DialectReader {
  private static final int BEFORE = 0; // before the first comment
  private static final int IN_BODY = 1; // after a header: the comment's text
  private static final int AFTER_ACTION = 2; // after a comment's reply line: furniture until the next header

  private final HnLines lines;
  private boolean scanned;
  private int commonIndent;
  private int headlessStart = -1; // offset of the first line of a comment whose header was cut, or -1
  private int headlessPage;
  private boolean titleSeen;
  private boolean storySeen; // the story line was read: a later one is furniture
  private int mode = BEFORE;
  private boolean firstBodyLine;
  private int lastPage = -1; // page depth of the comment just before, -1 before the first
  private int offset; // page depth of the copy's top level
  private int replyLines;
  private final LastLine last = new LastLine();
  private final HnLines.Scratch scratch = new HnLines.Scratch();
  private String lastInput = "";
  private String authorInput = "";
  private int authorStart; // the open comment's handle in authorInput, empty for none
  private int authorEnd;
  private CommentHeader open; // the header of the open comment, set until the next one starts
  private boolean headerCut;

  HnReader(HnLines lines) {
    this.lines = lines;
  }

  @Override
  public void line(Line line, Events events) {
    if (!scanned) {
      scan(line.input(), line.start());
    }
    last.remember(line);
    HnLines.Header h = header(line);
    if (h != null && !h.isStory()) {
      comment(line, h, events);
      return;
    }
    if (!titleSeen) {
      titleSeen = true;
      if (h != null) {
        story(line, h, events);
      } else {
        events.article(line);
      }
      return;
    }
    if (h != null && mode == BEFORE) {
      story(line, h, events);
      return;
    }
    if (lines.isSeparator(line)) {
      events.boilerplate(line);
      mode = mode == BEFORE ? BEFORE : AFTER_ACTION;
      return;
    }
    if (lines.isReply(line)) {
      if (mode == IN_BODY) {
        events.headerLine(line);
        replyLines++;
        mode = AFTER_ACTION;
      } else {
        events.boilerplate(line);
      }
      return;
    }
    switch (mode) {
      case BEFORE:
        if (line.start() == headlessStart) {
          headless(line, events);
        } else if (lines.isBoilerplate(line)) {
          events.boilerplate(line);
        } else {
          events.article(line);
        }
        return;
      case IN_BODY:
        if (firstBodyLine) {
          firstBodyLine = false;
          String mark = lines.deletedMark(line);
          if (mark != null) {
            open.kind(CommentKind.DELETED).attribute(HnDialect.MODERATION, mark); // the mark is the text, kept
            events.body(line, commonIndent);
            return;
          }
        }
        events.body(line, commonIndent);
        return;
      default:
        events.boilerplate(line);
    }
  }

  /** {@link CopiedText#headerOrCut} without a lambda made for each line. */
  private HnLines.Header header(Line line) {
    String text = line.input();
    HnLines.Header h = lines.header(text, line.contentStart(), line.end(), false, scratch);
    if (h == null && scratch.aged && titleSeen && CopiedText.isLast(line)) {
      return lines.header(text, line.contentStart(), line.end(), true, scratch); // the copy stops inside a header, or null
    }
    return h;
  }

  @Override
  public void end(Events events) {
    if (mode == IN_BODY && replyLines > 0 && events.inComment() && !headerCut) {
      events.diagnostic(HnDialect.CUT_OFF, last.in(lastInput), last.endColumn(), "the copy ends inside comment "
          + events.openId() + (authorStart == authorEnd ? "" : " by " + authorInput.substring(authorStart, authorEnd))
          + ": its reply line is missing, so its text may be cut short");
    }
  }

  /**
   * The story line: its score, submitter and comment count go to the article; the line is kept
   * as written. Only the first one: a later story line before the first comment (a page copied
   * twice into one file) is furniture, kept as boilerplate, and would otherwise replace the
   * first one's attributes and lose its line.
   */
  private void story(Line line, HnLines.Header h, Events events) {
    if (storySeen) {
      events.boilerplate(line);
      return;
    }
    storySeen = true;
    String text = line.input();
    if (h.count >= 0) {
      events.commentCount(line, h.count); // keeps the line as the article's countLine
    } else {
      events.articleAttribute(line, HnDialect.STORY_LINE, line.text());
    }
    if (h.points >= 0) {
      events.articleAttribute(line, Attribute.SCORE, h.points);
    }
    events.articleAttribute(line, HnDialect.SUBMITTER, text.substring(h.userStart, h.userEnd));
  }

  /** A comment header. */
  private void comment(Line line, HnLines.Header h, Events events) {
    String text = line.input();
    titleSeen = true;
    int page;
    boolean inferred = false;
    String problem = null;
    boolean orphan = false;
    boolean listed = h.on != null; // an item of a page of comments from many stories: a tree of its own
    if (lastPage < 0 || listed) {
      page = h.impliedDepth();
      orphan = page > 0;
    } else {
      page = pageDepth(h);
      problem = disagreement(h, page);
      if (problem != null) {
        page = Math.min(page, lastPage + 1);
      }
      inferred = h.parent && h.prev && h.root && lastPage > 2;
    }
    if (orphan || listed) {
      offset = page;
    } else if (page < offset) {
      offset = page; // a comment shallower than the orphans: the copy's tree widens
    }
    lastPage = page;
    CommentHeader header = events.comment(line, page - offset, Events.NEXT_ORDINAL);
    open = header;
    mode = IN_BODY;
    firstBodyLine = true;
    authorInput = text;
    authorStart = h.userStart;
    authorEnd = h.userEnd;
    header.author(line, h.userStart, h.userEnd, -1, -1);
    header.relativeTime(line, h.ageStart, h.ageEnd);
    if (h.points >= 0) {
      header.attribute(Attribute.SCORE, h.points);
    }
    if (h.own) {
      header.attribute(HnDialect.OWN, true);
    }
    if (h.toggle == HnLines.TOGGLE_COLLAPSED) {
      mode = AFTER_ACTION; // a collapsed comment shows its header only
      header.attribute(HnDialect.COLLAPSED, true);
      if (h.more >= 0) {
        header.attribute(HnDialect.HIDDEN_COMMENTS, h.more);
      }
    }
    if (h.on != null) {
      header.attribute(HnDialect.ON_STORY, h.on);
    }
    if (h.marker != null) {
      header.kind(CommentKind.DELETED).attribute(HnDialect.MODERATION, h.marker);
    }
    if (inferred) {
      header.attribute(HnDialect.DEPTH_INFERRED, true);
    }
    if (orphan) {
      header.attribute(HnDialect.PAGE_DEPTH, (long) page);
    }
    if (orphan && !listed) {
      events.diagnostic(HnDialect.STARTS_MID_THREAD, line, line.column(h.userStart), "the copy starts mid-thread: "
          + text.substring(h.userStart, h.userEnd) + "'s comment links to a parent that is not in the copy; read at the top of the tree, at page depth "
          + (h.root ? page + " or more" : String.valueOf(page)) + " (attribute pageDepth)");
    }
    if (problem != null) {
      events.diagnostic(HnDialect.LINKS_DISAGREE, line, line.column(h.ageEnd), problem + "; placed at depth "
          + (page - offset) + " under the comments before it");
    }
    if (!h.ageKnown) {
      events.diagnostic(HnDialect.UNKNOWN_AGE, line, line.column(h.unitStart), "unknown age word "
          + Scan.quote(text.substring(h.unitStart, h.ageEnd - 4)) + ": the age is kept as written and not resolved");
    }
    if (h.unknownLink >= 0 && !h.cut) {
      int end = text.indexOf(" | ", h.unknownLink);
      events.diagnostic(HnDialect.UNKNOWN_LINK, line, line.column(h.unknownLink), "unknown link "
          + Scan.quote(text.substring(h.unknownLink, end < 0 || end > line.end() ? line.end() : end))
          + " in a comment header: ignored");
    }
    headerCut = h.cut;
    if (h.cut) {
      events.diagnostic(HnDialect.CUT_OFF, line, line.column(line.end()), "the copy ends inside a comment header: "
          + "read as a header with the links it shows");
    }
  }

  /** The page depth that a header's links give after a comment at {@link #lastPage}. */
  private int pageDepth(HnLines.Header h) {
    if (!h.parent) {
      return 0; // a top-level comment
    }
    if (!h.prev) {
      return h.root ? Math.max(2, lastPage + 1) : 1; // the first reply to the comment just before
    }
    if (!h.root) {
      return 1; // a later reply to a top-level comment
    }
    return Math.max(2, lastPage); // a later sibling at depth 2 or more: the comment before is taken as its sibling
  }

  /** Says how the links contradict the comments before, or null when they fit. */
  private String disagreement(HnLines.Header h, int page) {
    if (!h.parent) {
      return null;
    }
    if (!h.prev) {
      if (page != lastPage + 1) {
        return h.root ? "the header shows 'root' (depth 2 or more) but replies to a top-level comment"
            : "the header shows 'parent' without 'root' (a reply to a top-level comment) but follows a comment at depth "
                + (lastPage - offset);
      }
      return null;
    }
    if (page > lastPage + 1 || !h.root && lastPage < 1) {
      return "the header shows 'prev' but no earlier sibling at page depth " + page + " is open";
    }
    return null;
  }

  /** The first line of a comment whose header was cut off by the copy. */
  private void headless(Line line, Events events) {
    int page = headlessPage;
    offset = page;
    lastPage = page;
    CommentHeader header = events.comment(line, 0, Events.NEXT_ORDINAL);
    open = header;
    if (page > 0) {
      header.attribute(HnDialect.PAGE_DEPTH, (long) page);
    }
    mode = IN_BODY;
    firstBodyLine = true;
    authorStart = 0;
    authorEnd = 0;
    events.diagnostic(HnDialect.MISSING_HEADER, line, 1, "text ending in a 'reply' line before any comment header: "
        + "the copy starts inside a comment whose header was cut; its last paragraph is read as that comment, "
        + "with no author and no time");
    events.body(line, commonIndent);
    firstBodyLine = false;
  }

  /**
   * Scans the input once, at its first line: the indentation every line shares (added by the
   * copier), and whether a {@code reply} line comes before the first comment header.
   */
  private void scan(String text, int from) {
    scanned = true;
    lastInput = text;
    int pos = from;
    int length = text.length();
    int min = Integer.MAX_VALUE;
    boolean first = true;
    boolean blankBefore = false;
    int candidate = -1;
    boolean headerFound = false;
    while (pos < length) {
      int end = pos;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end + 1;
      if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
        next = end + 2;
      }
      int content = pos;
      int columns = 0;
      while (content < end && (text.charAt(content) == ' ' || text.charAt(content) == '\t')) {
        columns += text.charAt(content) == '\t' ? 2 : 1;
        content++;
      }
      int trimmed = Scan.trimEnd(text, content, end);
      if (content >= trimmed || Scan.isBlank(text, content, trimmed)) {
        blankBefore = true;
        pos = next;
        continue;
      }
      min = Math.min(min, columns);
      if (!headerFound) {
        HnLines.Header h = lines.header(text, content, trimmed, false, scratch);
        if (h != null && !h.isStory()) {
          headerFound = true;
          if (headlessStart >= 0) {
            headlessPage = h.parent && !h.prev ? Math.max(0, h.impliedDepth() - 1) : h.impliedDepth();
          }
        } else if (first || h != null) {
          candidate = -1;
        } else if (lines.isReply(text, content, trimmed)) {
          headlessStart = candidate >= 0 && candidate != pos ? candidate : -1;
          candidate = -1;
        } else if (blankBefore || candidate < 0) {
          candidate = pos;
        }
      }
      first = false;
      blankBefore = false;
      pos = next;
      if (headerFound && min == 0) {
        break; // nothing later changes either: the rest of the input need not be read twice
      }
    }
    commonIndent = min == Integer.MAX_VALUE ? 0 : min;
    if (!headerFound) {
      headlessStart = -1;
    }
  }
}
