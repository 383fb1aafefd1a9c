package dev.threadkit.parser.internal;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.SourceLine;
import dev.threadkit.model.internal.CommentArena;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.DumpParseException;
import dev.threadkit.parser.ParsedComment;
import dev.threadkit.parser.ParserLimits;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.RelativeTimes;
import dev.threadkit.parser.spi.Scan;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared core of every dialect: finds the lines of one input, hands the non-blank ones to
 * the dialect's reader, and turns what the reader says ({@link Events}) into the calls of a
 * {@link DumpHandler}: it groups article and boilerplate lines into paragraphs, places comments
 * in the tree ({@link CommentTree}), keeps blank lines inside bodies, and collects diagnostics.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; they are found with
 * {@code indexOf}. A comment's text is assembled from the input only when asked for.
 */
public final class StreamReader implements Events, CommentTree.Report {

  private final ParserLimits limits;
  private final String sourceName;
  private final String text;
  private final List<Integer> replaced;
  private final DialectReader reader;
  private final DumpHandler handler;
  private final Diagnostics diagnostics;
  private final CommentTree tree;
  private final AuthorCache authors = new AuthorCache();
  private final LineCursor cursor;
  private final OffsetDateTime captured; // null when the time of the copy is not known
  private LineCursor current; // the line being read: a comment started during its call reports the tree's repairs there
  private int reported; // the number of the last line a dialect reported
  private String dialectName = "";

  // Paragraphs of the article or of boilerplate.
  private String title;
  private int paragraphStart = -1; // start of the open paragraph's first line, -1 if none
  private int paragraphEnd;
  private int paragraphLine;
  private boolean paragraphBoilerplate;
  private boolean paragraphContiguous;
  private final StringBuilder paragraphText = new StringBuilder();
  private int commentCount = -1;
  private int countLine;
  private String countExcerpt;

  // The open comment.
  private final OpenComment open = new OpenComment();
  private final AttributeSets attributeSets;
  private boolean commentOpen;
  private int commentTotal;
  // Where the comment being placed starts, for the tree's repairs.
  private int placeAt;
  private int placeStart;
  private int placeEnd;
  // The open comment's place while a later line decides it (heldComment).
  private boolean held;
  private int heldDepth;
  private int heldOrdinal;
  private int heldOrdinalColumn;

  /**
   * Prepares a read of one input.
   *
   * @param limits the limits to enforce
   * @param sourceName the input's name, for exceptions
   * @param text the whole input, decoded
   * @param replaced offsets of replacement characters that stand for bytes that were not UTF-8
   * @param reader the dialect's reader
   * @param handler where the input's parts go
   * @param captured when the page was copied, to resolve relative times; null when not known
   */
  public StreamReader(ParserLimits limits, String sourceName, String text, List<Integer> replaced,
      DialectReader reader, DumpHandler handler, OffsetDateTime captured) {
    this.limits = limits;
    this.sourceName = sourceName;
    this.text = text;
    this.replaced = replaced;
    this.reader = reader;
    this.handler = handler;
    this.diagnostics = new Diagnostics(limits.maxDiagnostics());
    this.tree = new CommentTree(limits.maxDepth());
    this.cursor = new LineCursor(text);
    this.attributeSets = new AttributeSets(text.length());
    this.captured = captured;
  }

  /**
   * Reads the whole input.
   *
   * @param dialect the dialect's name, for {@link DumpHandler#start}
   * @param extra diagnostics found before reading (the choice of dialect), each at line 1
   * @return the diagnostics, sorted by position
   * @throws DumpParseException if a line passes {@link ParserLimits#maxLineLength()}
   */
  public List<Diagnostic> run(String dialect, List<Diagnostic> extra) {
    this.dialectName = dialect;
    handler.start(dialect);
    for (Diagnostic d : extra) {
      report(diagnostics.add(d.code(), d.line(), d.column(), d.message(), d.excerpt(), 0, d.excerpt().length()));
    }
    int length = text.length();
    int pos = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int carriageReturn = text.indexOf('\r', pos); // -1 when there is none, as in most dumps
    cursor.carriageReturns(carriageReturn >= 0);
    int lineNo = 0;
    int blanks = 0;
    int nextReplaced = 0;
    while (pos < length) {
      if (carriageReturn < 0 && text.charAt(pos) == '\n') {
        // An empty line, as every other blank line is read, without measuring it: copies keep
        // one between paragraphs and comments, a fifth of the lines of a youtube copy.
        lineNo++;
        blanks++;
        blankLine();
        pos++;
        continue;
      }
      // Without a \r, the cursor's search for the line's end, which takes it from a dialect's
      // look at this line as the line after the one before, when there was one.
      int end = carriageReturn < 0 ? cursor.lineEnd(pos) : lineFeed(pos, length);
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
      LineCursor line = cursor;
      line.set(lineNo, pos, end, next, blanks);
      current = line;
      while (nextReplaced < replaced.size() && replaced.get(nextReplaced) < end) {
        diagnostic(DiagnosticCode.INVALID_UTF8, line, replaced.get(nextReplaced) - pos + 1,
            "bytes that are not UTF-8 were read as U+FFFD");
        nextReplaced++;
      }
      if (line.blank()) {
        blanks++;
        blankLine();
      } else {
        blanks = 0;
        reader.line(line, this);
        if (reported != lineNo) {
          // A dialect that returned without saying what the line is: keep it, and say so.
          diagnostic(DiagnosticCode.LINE_NOT_REPORTED, line, 1,
              "the " + dialectName + " dialect did not read this line; it is kept as written");
          unplaced(line);
        }
      }
      pos = next;
    }
    reader.end(this);
    finishComment();
    closeParagraph();
    if (title == null) {
      report(diagnostics.add(DiagnosticCode.EMPTY_INPUT, Math.max(1, lineNo), 1, "the dump holds no text", "", 0, 0));
    }
    if (commentCount > commentTotal) {
      report(diagnostics.add(DiagnosticCode.COMMENTS_MISSING, countLine, 1, "the page counts " + commentCount
          + " comments but the dump holds " + commentTotal + ": it was cut off", countExcerpt, 0, countExcerpt.length()));
    }
    List<Diagnostic> all = diagnostics.finish();
    if (!all.isEmpty() && all.get(all.size() - 1).code().equals(DiagnosticCode.TOO_MANY_DIAGNOSTICS)) {
      handler.diagnostic(all.get(all.size() - 1));
    }
    handler.end();
    return all;
  }

  /** Reads a blank line: it ends a paragraph, and inside a comment's text it is kept if more text follows. */
  private void blankLine() {
    closeParagraph();
    if (commentOpen && open.bodyLines > 0) {
      open.pendingBlanks++;
    }
  }

  /** The first {@code \n} at or after {@code from}, or {@code length}. */
  private int lineFeed(int from, int length) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? length : newline;
  }

  private void report(Diagnostic diagnostic) {
    if (diagnostic != null) {
      handler.diagnostic(diagnostic);
    }
  }

  // ---- article and boilerplate ----

  @Override
  public void article(Line line) {
    reported = line.number();
    finishComment();
    if (title == null) {
      title = text.substring(line.contentStart(), line.end());
      handler.title(title, line.number());
      return;
    }
    paragraphLine(line, false);
  }

  @Override
  public void boilerplate(Line line) {
    reported = line.number();
    finishComment();
    titleIfNone(line);
    paragraphLine(line, true);
  }

  private void titleIfNone(Line line) {
    if (title == null) {
      title = "";
      handler.title(title, line.number());
    }
  }

  private void paragraphLine(Line line, boolean boilerplate) {
    int lineStart = line.start();
    int lineEnd = line.end();
    if (paragraphStart >= 0 && paragraphBoilerplate != boilerplate) {
      closeParagraph();
    }
    if (paragraphStart < 0) {
      paragraphStart = lineStart;
      paragraphLine = line.number();
      paragraphBoilerplate = boilerplate;
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
    paragraphStart = -1;
    if (paragraphBoilerplate) {
      handler.boilerplate(paragraph, paragraphLine);
    } else {
      handler.paragraph(paragraph, paragraphLine);
    }
  }

  @Override
  public void commentCount(Line line, int count) {
    reported = line.number();
    if (commentCount >= 0) {
      boilerplate(line); // the page's count is the first one; a second count line is furniture
      return;
    }
    finishComment();
    titleIfNone(line);
    closeParagraph();
    commentCount = count;
    countLine = line.number();
    countExcerpt = text.substring(line.start(), Math.min(line.end(), line.start() + 80));
    handler.commentCount(count, line.number());
    int digits = line.contentStart();
    while (digits < line.end() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits != line.end() || line.contentStart() != line.start()) {
      handler.articleAttribute(Attribute.COUNT_LINE, line.text());
    }
  }

  @Override
  public <T> void articleAttribute(Line line, Attribute<T> key, T value) {
    reported = line.number();
    finishComment();
    titleIfNone(line);
    closeParagraph();
    handler.articleAttribute(key, value);
  }

  // ---- comments ----

  @Override
  public CommentHeader comment(Line line, int depth, int ordinal) {
    startComment(line);
    placeAtLineRead(line);
    placeOpen(depth, ordinal, line.column(line.contentStart()));
    return open;
  }

  @Override
  public CommentHeader heldComment(Line line, int depth, int ordinal) {
    startComment(line);
    placeAtLineRead(line);
    heldDepth = depth;
    heldOrdinal = ordinal;
    heldOrdinalColumn = line.column(line.contentStart());
    held = true;
    return open;
  }

  @Override
  public void place(int depth) {
    if (!commentOpen || !held) {
      throw new IllegalStateException(commentOpen ? "the open comment is placed already" : "no comment is open");
    }
    placeHeld(depth);
  }

  /** Places the held comment, reporting the tree's repairs at the line read when it started. */
  private void placeHeld(int depth) {
    held = false;
    placeOpen(depth, heldOrdinal, heldOrdinalColumn);
  }

  /** What every comment's start does before it is placed: closes what is open, and the title. */
  private void startComment(Line line) {
    reported = line.number();
    finishComment();
    closeParagraph();
    if (title == null) {
      title = "";
      diagnostic(DiagnosticCode.MISSING_TITLE, line, 1, "the dump starts with a comment header: it has no title or article");
      handler.title(title, line.number());
    }
    open.reset(-1, 0, line.number());
    commentOpen = true;
  }

  /**
   * Notes where the tree's repairs of the comment starting now are reported: the line being read,
   * or the comment's own line when none is (a comment started at the end of an empty input).
   */
  private void placeAtLineRead(Line line) {
    Line at = current != null ? current : line;
    placeAt = at.number();
    placeStart = at.start();
    placeEnd = at.end();
  }

  /** Places the open comment in the tree; repairs are reported at the line {@code placeAt}. */
  private void placeOpen(int depth, int ordinal, int ordinalColumn) {
    int placed = tree.place(Math.max(0, depth), ordinal, ordinalColumn, 1, this);
    open.depth = tree.depth();
    open.ordinal = placed;
    if (ordinal > 0 && placed != ordinal) {
      open.attribute(Attribute.WRITTEN_ORDINAL, (long) ordinal); // through attribute(), so the shared sets know the set the comment holds
    }
  }

  @Override
  public void add(DiagnosticCode code, int column, String message) {
    report(diagnostics.add(code, placeAt, column, message, text, placeStart, placeEnd));
  }

  @Override
  public CommentHeader headerLine(Line line) {
    reported = line.number();
    if (!keptIfNoComment(line)) {
      return DISCARDED;
    }
    open.lastLine = line.number();
    return open;
  }

  @Override
  public void body(Line line, int indent) {
    bodyLine(line, line.contentStart(), Math.max(0, line.indent() - indent));
  }

  @Override
  public void bodyFrom(Line line, int from) {
    bodyLine(line, from, 0);
  }

  /** Adds {@code [from, end)} of a line to the open comment's text, after the blank lines before it. */
  private void bodyLine(Line line, int from, int extraSpaces) {
    reported = line.number();
    if (!keptIfNoComment(line)) {
      return;
    }
    OpenComment c = open;
    for (; c.pendingBlanks > 0; c.pendingBlanks--) {
      c.addBodyLine(0, 0, 0);
    }
    c.addBodyLine(from, line.end(), extraSpaces);
    c.lastLine = line.number();
  }

  @Override
  public void unplaced(Line line) {
    reported = line.number();
    if (!commentOpen) {
      boilerplate(line);
      return;
    }
    if (open.unplaced == null) {
      open.unplaced = new ArrayList<>(2);
    }
    open.unplaced.add(new SourceLine(line.number(), line.text()));
    open.lastLine = Math.max(open.lastLine, line.number());
  }

  @Override
  public void diagnostic(DiagnosticCode code, Line line, int column, String message) {
    report(diagnostics.add(code, line.number(), column, message, text, line.start(), line.end()));
  }

  @Override
  public boolean inComment() {
    return commentOpen;
  }

  @Override
  public int depth() {
    return commentOpen && !held ? open.depth : -1;
  }

  @Override
  public int maxDepth() {
    return limits.maxDepth();
  }

  @Override
  public String openId() {
    return commentOpen && !held ? open.id().toShortString() : "";
  }

  /**
   * Tells whether a comment is open; when none is, a dialect reported a comment's line out of
   * place: the line is kept with the boilerplate and a diagnostic says so, never an exception.
   */
  private boolean keptIfNoComment(Line line) {
    if (commentOpen) {
      return true;
    }
    diagnostic(DiagnosticCode.LINE_NOT_REPORTED, line, 1, "the " + dialectName
        + " dialect read this line as part of a comment, but no comment was open; it is kept as written");
    boilerplate(line);
    return false;
  }

  /** The header a comment line reported out of place sets: what it is told goes nowhere. */
  private static final CommentHeader DISCARDED = new CommentHeader() {
    @Override
    public CommentHeader author(Author author) {
      return this;
    }

    @Override
    public CommentHeader author(Line line, int handleStart, int handleEnd, int nameStart, int nameEnd) {
      return this;
    }

    @Override
    public CommentHeader time(CommentTime time) {
      return this;
    }

    @Override
    public CommentHeader kind(CommentKind kind) {
      return this;
    }

    @Override
    public <T> CommentHeader attribute(Attribute<T> key, T value) {
      return this;
    }
  };

  private void finishComment() {
    if (!commentOpen) {
      return;
    }
    if (held) {
      placeHeld(heldDepth); // nothing decided its place: the depth it started with
    }
    commentOpen = false;
    commentTotal++;
    handler.comment(open);
  }

  /** The comment being read: its header's fields as the dialect sets them, its body as offsets. */
  final class OpenComment implements CommentHeader, ParsedComment {
    CommentId id; // made when asked
    int depth;
    int ordinal;
    Optional<Author> author;
    CommentKind kind;
    Optional<CommentTime> time; // null when packedTime holds the time
    long packedTime; // CommentArena.pack or .relative of a time set by parts or offsets, NO_TIME, or OTHER_TIME: see time
    Attributes attributes;
    int attributesId; // the id of attributes in attributeSets
    List<SourceLine> unplaced;
    int firstLine;
    int lastLine;
    int[] bodyStart = new int[8];
    int[] bodyEnd = new int[8];
    int[] bodyExtra = new int[8];
    int bodyLines;
    int pendingBlanks;
    private final StringBuilder bodyText = new StringBuilder();

    void reset(int depth, int ordinal, int line) {
      this.id = null;
      this.depth = depth;
      this.ordinal = ordinal;
      author = Optional.empty();
      kind = CommentKind.COMMENT;
      time = Optional.empty();
      packedTime = CommentArena.NO_TIME;
      attributes = Attributes.none();
      attributesId = AttributeSets.NONE;
      unplaced = null;
      firstLine = line;
      lastLine = line;
      bodyLines = 0;
      pendingBlanks = 0;
    }

    void addBodyLine(int start, int end, int extra) {
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

    @Override
    public CommentHeader author(Author value) {
      author = Optional.of(value);
      return this;
    }

    @Override
    public CommentHeader author(Line line, int handleStart, int handleEnd, int nameStart, int nameEnd) {
      if (handleEnd <= handleStart || Scan.isBlank(text, handleStart, handleEnd)
          || nameStart >= 0 && (nameEnd <= nameStart || Scan.isBlank(text, nameStart, nameEnd))) {
        // A dialect read an author that is no author (white space): the comment stays anonymous
        // and the line is kept as written.
        diagnostic(DiagnosticCode.LINE_NOT_REPORTED, line, line.column(Math.max(handleStart, line.start())),
            "the " + dialectName + " dialect read a blank author; the comment is anonymous, the line kept as written");
        StreamReader.this.unplaced(line);
        return this;
      }
      author = authors.get(text, handleStart, handleEnd, nameStart, nameEnd);
      return this;
    }

    @Override
    public CommentHeader time(int year, int month, int day, int hour, int minute) {
      if (month < 1 || month > 12 || day < 1 || day > 28 && day > Month.of(month).length(Year.isLeap(year))
          || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        return time(CommentTime.exact(LocalDateTime.of(year, month, day, hour, minute))); // throws, saying why
      }
      long packed = CommentArena.pack(year, month, day, hour, minute, 0, 0);
      if (packed == CommentArena.OTHER_TIME) {
        return time(CommentTime.exact(LocalDateTime.of(year, month, day, hour, minute)));
      }
      packedTime = packed;
      time = null;
      return this;
    }

    @Override
    public CommentHeader relativeTime(Line line, int start, int end) {
      Objects.checkFromToIndex(start, end, text.length());
      if (captured != null || end - start > CommentArena.MAX_RELATIVE_LENGTH || !singleLineWords(start, end)) {
        return time(CommentTime.relative(text.substring(start, end))); // resolves, or throws saying why
      }
      packedTime = CommentArena.relative(start, end - start);
      time = null;
      return this;
    }

    /** Whether {@code text[start, end)} holds a non-blank character and no line break: what a relative time's words need. */
    private boolean singleLineWords(int start, int end) {
      boolean blank = true;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          return false;
        }
        if (blank && !Character.isWhitespace(c)) {
          blank = false; // the rest is only searched for a line break
        }
      }
      return !blank;
    }

    @Override
    public CommentHeader time(CommentTime value) {
      packedTime = CommentArena.OTHER_TIME;
      time = Optional.of(value);
      if (captured != null && value instanceof CommentTime.Relative && ((CommentTime.Relative) value).interval().isEmpty()) {
        String written = ((CommentTime.Relative) value).written();
        Optional<CommentTime.Interval> interval = RelativeTimes.standard().resolve(written, captured);
        if (interval.isPresent()) {
          time = Optional.of(new CommentTime.Relative(written, interval));
        }
      }
      return this;
    }

    @Override
    public CommentHeader kind(CommentKind value) {
      kind = value;
      return this;
    }

    @Override
    public <T> CommentHeader attribute(Attribute<T> key, T value) {
      attributeSets.with(attributes, attributesId, key, value);
      attributes = attributeSets.set();
      attributesId = attributeSets.id();
      return this;
    }

    @Override
    public CommentHeader attribute(Attribute<Long> key, long value) {
      attributeSets.with(attributes, attributesId, key, value);
      attributes = attributeSets.set();
      attributesId = attributeSets.id();
      return this;
    }

    @Override
    public CommentId id() {
      if (id == null) {
        id = tree.id();
      }
      return id;
    }

    @Override
    public int depth() {
      return depth;
    }

    @Override
    public Optional<Author> author() {
      return author;
    }

    @Override
    public CommentKind kind() {
      return kind;
    }

    @Override
    public Optional<CommentTime> time() {
      if (time == null) {
        time = Optional.of(CommentArena.isRelative(packedTime) ? CommentArena.relativeTime(text, packedTime)
            : CommentTime.exact(CommentArena.unpack(packedTime)));
      }
      return time;
    }

    @Override
    public Attributes attributes() {
      return attributes;
    }

    @Override
    public String text() {
      if (bodyLines == 0) {
        return "";
      }
      if (bodyLines == 1 && bodyExtra[0] == 0) {
        return text.substring(bodyStart[0], bodyEnd[0]);
      }
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
      return out.toString();
    }

    @Override
    public int textLength() {
      int length = Math.max(0, bodyLines - 1);
      for (int i = 0; i < bodyLines; i++) {
        length += bodyExtra[i] + bodyEnd[i] - bodyStart[i];
      }
      return length;
    }

    @Override
    public void getText(char[] into, int at) {
      Objects.checkFromIndexSize(at, textLength(), into.length);
      for (int i = 0; i < bodyLines; i++) {
        if (i > 0) {
          into[at++] = '\n';
        }
        for (int s = bodyExtra[i]; s > 0; s--) {
          into[at++] = ' ';
        }
        text.getChars(bodyStart[i], bodyEnd[i], into, at);
        at += bodyEnd[i] - bodyStart[i];
      }
    }

    @Override
    public int firstLine() {
      return firstLine;
    }

    @Override
    public int lastLine() {
      return lastLine;
    }

    /** Adds the comment to an arena: its text as line ranges of the input, no String made. */
    void addTo(CommentArena.Builder arena) {
      long packed = packedTime;
      CommentTime other = null;
      if (packed == CommentArena.OTHER_TIME) {
        CommentTime value = time.get();
        packed = value instanceof CommentTime.Exact ? CommentArena.pack(((CommentTime.Exact) value).at())
            : CommentArena.OTHER_TIME;
        other = packed == CommentArena.OTHER_TIME ? value : null;
      }
      arena.add(depth, ordinal, author.orElse(null), kind, packed, other, attributes, unplaced(), firstLine,
          lastLine);
      for (int i = 0; i < bodyLines; i++) {
        int start = bodyStart[i];
        int extra = bodyExtra[i];
        if (extra > 0) {
          // The extra indentation is kept; it is the spaces right before the line's content,
          // unless it was made of tabs: then the text is no slice of the input.
          if (!spacesBefore(start, extra)) {
            arena.text(text());
            return;
          }
          start -= extra;
        }
        arena.line(start, bodyEnd[i]);
      }
    }

    private boolean spacesBefore(int at, int count) {
      if (at - count < 0) {
        return false;
      }
      for (int i = at - count; i < at; i++) {
        if (text.charAt(i) != ' ') {
          return false;
        }
      }
      return true;
    }

    @Override
    public List<SourceLine> unplaced() {
      return unplaced == null ? List.of() : unplaced;
    }

    @Override
    public Optional<LineRange> source() {
      return Optional.of(new LineRange(firstLine, lastLine));
    }

    @Override
    public Comment toComment() {
      return new Comment(id(), author, kind, time(), text(), attributes, unplaced(), source());
    }
  }
}
