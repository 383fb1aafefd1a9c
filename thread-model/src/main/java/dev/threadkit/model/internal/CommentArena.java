package dev.threadkit.model.internal;

import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.SourceLine;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The comments of one parsed discussion as parallel arrays over the input they were read
 * from: a comment is a row of primitives and shared references, its text a list of line
 * ranges of the source, joined with {@code \n} only when asked. {@link Comment} values are made
 * on demand by {@link dev.threadkit.model.Discussion}.
 *
 * <p>Immutable once built. Not part of the API: the parser fills it through {@link Builder}.
 */
public final class CommentArena {

  /** {@link #time} of a comment without a time. */
  public static final long NO_TIME = Long.MIN_VALUE;
  /** {@link #time} of a comment whose time is not a packable exact time: see {@code otherTimes}. */
  public static final long OTHER_TIME = Long.MIN_VALUE + 1;

  /** The longest relative time kept by its offsets ({@link #relative}); a longer one is an {@link #OTHER_TIME}. */
  public static final int MAX_RELATIVE_LENGTH = (1 << 20) - 1;

  private static final CommentKind[] KINDS = CommentKind.values();

  /**
   * What a comment is apart from its text and source lines: shared by an arena and its copies.
   * An author is null for an anonymous comment; {@code otherTimes} is null when no comment needs
   * one, {@code unplaced} when no comment has unplaced lines.
   */
  private record Rows(int size, int[] parent, int[] ordinal, int[] depth, Author[] author, byte[] kind, long[] time,
      CommentTime[] otherTimes, Attributes[] attributes, List<SourceLine>[] unplaced, int maxDepth) {

    static Rows of(Builder b) {
      return new Rows(b.size, b.parent, b.ordinal, b.depth, b.author, b.kind, b.time, b.otherTimes, b.attributes,
          b.unplaced, b.maxDepth);
    }

    /** These rows with their relative times made from the source they point into: for a copy without it. */
    Rows withRelativeTimesFrom(String source) {
      long[] made = null;
      CommentTime[] others = otherTimes;
      for (int i = 0; i < size; i++) {
        if (isRelative(time[i])) {
          if (made == null) {
            made = time.clone();
            others = otherTimes == null ? new CommentTime[size] : otherTimes.clone();
          }
          others[i] = relativeTime(source, time[i]);
          made[i] = OTHER_TIME;
        }
      }
      return made == null ? this
          : new Rows(size, parent, ordinal, depth, author, kind, made, others, attributes, unplaced, maxDepth);
    }
  }

  private final Rows rows;
  private final String source;
  private final int[] textFrom; // lines of comment i: pairs textFrom[i] .. textFrom[i + 1] of lines
  private final int[] lines; // start, end offsets in source per body line
  private final String[] texts; // null, or per comment a text that is no list of source lines
  private final int[] firstLine; // null when the comments carry no source positions
  private final int[] lastLine;

  private CommentArena(Rows rows, String source, int[] textFrom, int[] lines, String[] texts, int[] firstLine,
      int[] lastLine) {
    this.rows = rows;
    this.source = source;
    this.textFrom = textFrom;
    this.lines = lines;
    this.texts = texts;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
  }

  /**
   * Packs an exact time into a long, or returns {@link #OTHER_TIME} for one that does not fit
   * (a year outside 0 to 9999, or fractions of a second).
   */
  public static long pack(LocalDateTime t) {
    return pack(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
        t.getNano());
  }

  /** Packs a valid date-time; {@link #OTHER_TIME} when it does not fit the packing. */
  public static long pack(int year, int month, int day, int hour, int minute, int second, int nano) {
    if (year < 0 || year > 9999 || nano != 0) {
      return OTHER_TIME;
    }
    return (((((long) year * 16 + month) * 32 + day) * 32 + hour) * 64 + minute) * 64 + second;
  }

  /** The date-time a {@link #pack} result stands for. */
  public static LocalDateTime unpack(long packed) {
    int second = (int) (packed % 64);
    long rest = packed / 64;
    int minute = (int) (rest % 64);
    rest /= 64;
    int hour = (int) (rest % 32);
    rest /= 32;
    int day = (int) (rest % 32);
    rest /= 32;
    int month = (int) (rest % 16);
    int year = (int) (rest / 16);
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  /**
   * The {@link #time} of a comment whose relative time is written at {@code source[start, start
   * + length)}: a negative number above {@link #OTHER_TIME}, so that the words become a String
   * only when asked for.
   *
   * @param start offset of the words in the source, not negative
   * @param length their length, from 1 to {@link #MAX_RELATIVE_LENGTH}
   */
  public static long relative(int start, int length) {
    return -(((long) start << 20) | length) - 2;
  }

  /** Whether a {@link #time} value is a {@link #relative} one. */
  public static boolean isRelative(long time) {
    return time < 0 && time > OTHER_TIME;
  }

  /** The relative time a {@link #relative} value stands for, its words taken from {@code source}. */
  public static CommentTime relativeTime(String source, long time) {
    long at = -(time + 2);
    int start = (int) (at >>> 20);
    return CommentTime.relative(source.substring(start, start + (int) (at & MAX_RELATIVE_LENGTH)));
  }

  /** The number of comments. */
  public int size() {
    return rows.size;
  }

  /** The index of comment i's parent, -1 for a top-level comment. */
  public int parent(int i) {
    return rows.parent[i];
  }

  /** The ordinal of comment i among its siblings. */
  public int ordinal(int i) {
    return rows.ordinal[i];
  }

  /** The depth of comment i. */
  public int depth(int i) {
    return rows.depth[i];
  }

  /** The deepest comment's depth, -1 when there are none. */
  public int maxDepth() {
    return rows.maxDepth;
  }

  /** The parents of every comment, shared: not to be changed. */
  public int[] parents() {
    return rows.parent;
  }

  /** The author of comment i, or null for an anonymous one. */
  public Author author(int i) {
    return rows.author[i];
  }

  /** Whether any comment carries a source position. */
  public boolean hasSources() {
    return firstLine != null;
  }

  /** The length of comment i's text, without assembling it. */
  public int textLength(int i) {
    if (texts != null && texts[i] != null) {
      return texts[i].length();
    }
    int from = textFrom[i];
    int to = textFrom[i + 1];
    if (from == to) {
      return 0;
    }
    int length = (to - from) / 2 - 1; // the newlines between lines
    for (int k = from; k < to; k += 2) {
      length += lines[k + 1] - lines[k];
    }
    return length;
  }

  /**
   * Copies comment i's text into {@code into} from {@code at}, as {@link String#getChars} does:
   * straight from the source, without a String in between.
   */
  public void getText(int i, char[] into, int at) {
    if (texts != null && texts[i] != null) {
      texts[i].getChars(0, texts[i].length(), into, at);
      return;
    }
    int to = textFrom[i + 1];
    for (int k = textFrom[i]; k < to; k += 2) {
      if (k > textFrom[i]) {
        into[at++] = '\n';
      }
      source.getChars(lines[k], lines[k + 1], into, at);
      at += lines[k + 1] - lines[k];
    }
  }

  /** Comment i's text: its lines joined with {@code \n}. */
  public String text(int i) {
    if (texts != null && texts[i] != null) {
      return texts[i];
    }
    int from = textFrom[i];
    int to = textFrom[i + 1];
    if (from == to) {
      return "";
    }
    if (to - from == 2) {
      return source.substring(lines[from], lines[from + 1]);
    }
    StringBuilder out = new StringBuilder(textLength(i));
    for (int k = from; k < to; k += 2) {
      if (k > from) {
        out.append('\n');
      }
      out.append(source, lines[k], lines[k + 1]);
    }
    return out.toString();
  }

  /** The kind of comment i. */
  public CommentKind kind(int i) {
    return KINDS[rows.kind[i]];
  }

  /** The time of comment i, made now. */
  public Optional<CommentTime> time(int i) {
    long t = rows.time[i];
    if (t == NO_TIME) {
      return Optional.empty();
    }
    return Optional.of(t == OTHER_TIME ? rows.otherTimes[i]
        : isRelative(t) ? relativeTime(source, t) : CommentTime.exact(unpack(t)));
  }

  /** The attributes of comment i. */
  public Attributes attributes(int i) {
    return rows.attributes[i];
  }

  /** The unplaced lines of comment i. */
  public List<SourceLine> unplaced(int i) {
    return rows.unplaced == null || rows.unplaced[i] == null ? List.of() : rows.unplaced[i];
  }

  /** The source lines of comment i, made now. */
  public Optional<LineRange> source(int i) {
    return firstLine == null ? Optional.empty() : Optional.of(new LineRange(firstLine[i], lastLine[i]));
  }

  /** Comment i as a value, with the id given. */
  public Comment comment(int i, CommentId id) {
    return new Comment(id, Optional.ofNullable(rows.author[i]), kind(i), time(i), text(i), rows.attributes[i],
        unplaced(i), source(i));
  }

  /** The same comments without source positions. */
  public CommentArena withoutSources() {
    return firstLine == null ? this : new CommentArena(rows, source, textFrom, lines, texts, null, null);
  }

  /**
   * The same comments over a source of just their texts: what a caller keeps of a large input
   * once the input itself can go.
   */
  public CommentArena compact() {
    char[] chars = new char[textsLength()];
    int[] compactFrom = new int[rows.size + 1];
    int[] compactLines = new int[2 * rows.size];
    int at = 0;
    for (int i = 0; i < rows.size; i++) {
      int length = textLength(i);
      getText(i, chars, at);
      compactFrom[i] = 2 * i;
      compactLines[2 * i] = at;
      compactLines[2 * i + 1] = at + length;
      at += length;
    }
    compactFrom[rows.size] = 2 * rows.size;
    return new CommentArena(rows.withRelativeTimesFrom(source), new String(chars), compactFrom, compactLines, null,
        firstLine, lastLine);
  }

  /** Whether {@link #compact()} would change anything: false when the source is no larger than the texts. */
  public boolean holdsMoreThanTexts() {
    return source.length() > textsLength();
  }

  private int textsLength() {
    int total = 0;
    for (int i = 0; i < rows.size; i++) {
      total += textLength(i);
    }
    return total;
  }

  /**
   * Fills an arena comment by comment, in document order. Arrays grow as needed; nothing is
   * checked here that the parser's tree has not already made true (document order, depths,
   * increasing ordinals among siblings).
   */
  public static final class Builder {
    private final String source;
    private int size;
    private int[] parent;
    private int[] ordinal;
    private int[] depth;
    private Author[] author;
    private byte[] kind;
    private long[] time;
    private CommentTime[] otherTimes;
    private Attributes[] attributes;
    private int[] textFrom;
    private int[] lines;
    private int lineCount; // ints used in lines
    private String[] texts;
    private List<SourceLine>[] unplaced;
    private int[] firstLine;
    private int[] lastLine;
    private int[] openPath = new int[16]; // openPath[d]: index of the last comment at depth d
    private int maxDepth = -1;

    /**
     * Starts an arena over a source.
     *
     * @param source the input the text ranges point into
     * @param expectedComments a guess of the number of comments, to size the arrays
     */
    public Builder(String source, int expectedComments) {
      this.source = source;
      int n = Math.max(8, expectedComments);
      parent = new int[n];
      ordinal = new int[n];
      depth = new int[n];
      author = new Author[n];
      kind = new byte[n];
      time = new long[n];
      attributes = new Attributes[n];
      textFrom = new int[n + 1];
      firstLine = new int[n];
      lastLine = new int[n];
      lines = new int[Math.max(16, n * 8)];
    }

    /** The number of comments added. */
    public int size() {
      return size;
    }

    /**
     * Adds the next comment in document order; its text lines follow with {@link #line}.
     *
     * @param depth its depth, at most one below the previous comment's
     * @param ordinal its ordinal, above its previous sibling's
     * @param author its author, or null
     * @param kind its kind
     * @param time a {@link #pack packed} time, a {@link #relative} one, {@link #NO_TIME} or {@link #OTHER_TIME}
     * @param other the time when {@code time} is {@link #OTHER_TIME}, else null
     * @param attributes its attributes
     * @param lost its unplaced lines, empty when none
     * @param first its first line
     * @param last its last line
     */
    public void add(int depth, int ordinal, Author author, CommentKind kind, long time, CommentTime other,
        Attributes attributes, List<SourceLine> lost, int first, int last) {
      int i = size;
      if (i == parent.length) {
        grow();
      }
      if (depth == openPath.length) {
        openPath = Arrays.copyOf(openPath, depth * 2);
      }
      openPath[depth] = i;
      this.parent[i] = depth == 0 ? -1 : openPath[depth - 1];
      this.ordinal[i] = ordinal;
      this.depth[i] = depth;
      maxDepth = Math.max(maxDepth, depth);
      this.author[i] = author;
      this.kind[i] = (byte) kind.ordinal();
      this.time[i] = time;
      if (time == OTHER_TIME) {
        if (otherTimes == null) {
          otherTimes = new CommentTime[parent.length];
        }
        otherTimes[i] = other;
      }
      this.attributes[i] = attributes;
      if (!lost.isEmpty()) {
        if (unplaced == null) {
          unplaced = newLists(parent.length);
        }
        unplaced[i] = List.copyOf(lost);
      }
      firstLine[i] = first;
      lastLine[i] = last;
      textFrom[i] = lineCount;
      textFrom[i + 1] = lineCount;
      size = i + 1;
    }

    /** Adds a line {@code source[start, end)} to the last comment's text. */
    public void line(int start, int end) {
      if (lineCount + 2 > lines.length) {
        lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1) + 2);
      }
      lines[lineCount] = start;
      lines[lineCount + 1] = end;
      lineCount += 2;
      textFrom[size] = lineCount;
    }

    /** Gives the last comment a text that is not a list of source lines, replacing any lines added. */
    public void text(String value) {
      if (texts == null) {
        texts = new String[parent.length];
      }
      texts[size - 1] = value;
    }

    /**
     * Returns the arena.
     *
     * @param withSources whether the comments keep their line ranges
     */
    public CommentArena build(boolean withSources) {
      return new CommentArena(Rows.of(this), source, textFrom, lines, texts, withSources ? firstLine : null,
          withSources ? lastLine : null);
    }

    @SuppressWarnings("unchecked")
    private static List<SourceLine>[] newLists(int n) {
      return (List<SourceLine>[]) new List<?>[n];
    }

    private void grow() {
      int n = parent.length + (parent.length >> 1) + 8;
      parent = Arrays.copyOf(parent, n);
      ordinal = Arrays.copyOf(ordinal, n);
      depth = Arrays.copyOf(depth, n);
      author = Arrays.copyOf(author, n);
      kind = Arrays.copyOf(kind, n);
      time = Arrays.copyOf(time, n);
      attributes = Arrays.copyOf(attributes, n);
      textFrom = Arrays.copyOf(textFrom, n + 1);
      firstLine = Arrays.copyOf(firstLine, n);
      lastLine = Arrays.copyOf(lastLine, n);
      if (otherTimes != null) {
        otherTimes = Arrays.copyOf(otherTimes, n);
      }
      if (texts != null) {
        texts = Arrays.copyOf(texts, n);
      }
      if (unplaced != null) {
        unplaced = Arrays.copyOf(unplaced, n);
      }
    }
  }
}
