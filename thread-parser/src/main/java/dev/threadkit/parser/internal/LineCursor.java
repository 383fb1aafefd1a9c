package dev.threadkit.parser.internal;

import dev.threadkit.parser.spi.Line;
import java.util.Optional;

/**
 * A {@link Line} over the input. The core's line loop refills one instance with
 * {@link #set}; a dialect's look-ahead walks one in place with {@link #from} and
 * {@link #advance}, creating no line per step; {@link #next()} returns a copy that stays valid.
 */
public class LineCursor implements Line {
  private final String text;
  /**
   * The end of the line last found from an offset, shared by a cursor and its copies: a dialect
   * that looks at the line after the one being read finds the line the core reads next, and the
   * core then takes its end from here instead of searching the line again.
   */
  private final Found found;
  byte carriageReturns; // 0 not looked at yet, 1 none in the input, 2 some; package-private for the tests
  int number;
  int start;
  int content;
  int end;
  int rawEnd; // where the line break starts
  int next; // where the next line starts
  int indent;
  boolean tabs;
  int blanks;

  /**
   * Creates a cursor over an input, on no line yet.
   *
   * @param text the whole input
   */
  public LineCursor(String text) {
    this(text, new Found());
  }

  private LineCursor(String text, Found found) {
    this.text = text;
    this.found = found;
  }

  /** {@link #found}: where the line starting at {@code from} ends, if it was looked for. */
  private static final class Found {
    int from = -1;
    int end;
  }

  /** Sets the fields of the line {@code [start, rawEnd)} after trimming and measuring its indentation. */
  void set(int number, int start, int rawEnd, int next, int blanks) {
    int e = rawEnd;
    while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    int i = start;
    int columns = 0;
    boolean sawTab = false;
    for (; i < e; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += 2; // a tab counts as two columns, one level
        sawTab = true;
      } else {
        break;
      }
    }
    this.number = number;
    this.start = start;
    this.rawEnd = rawEnd;
    this.next = next;
    this.end = e;
    this.content = i;
    this.indent = columns;
    this.tabs = sawTab;
    this.blanks = blanks;
  }

  /**
   * Tells the cursor whether its input holds a carriage return, as the core's line loop found,
   * so that neither it nor its copies search the whole input for one again.
   */
  void carriageReturns(boolean some) {
    carriageReturns = (byte) (some ? 2 : 1);
  }

  boolean blank() {
    return content == end;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public String input() {
    return text;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int contentStart() {
    return content;
  }

  @Override
  public int end() {
    return end;
  }

  @Override
  public int indent() {
    return indent;
  }

  @Override
  public boolean hasTabs() {
    return tabs;
  }

  @Override
  public int blanksBefore() {
    return blanks;
  }

  /**
   * Places the cursor on {@code line}, so that {@link #advance()} moves to the line after it.
   *
   * @param line a line of this cursor's input
   * @return false when the line does not end at a line break or the input's end (a part of a line)
   */
  public boolean from(Line line) {
    int length = text.length();
    int i = line.end();
    char c = 0;
    while (i < length && ((c = text.charAt(i)) == ' ' || c == '\t')) {
      i++;
    }
    if (i < length && c != '\n' && c != '\r') {
      return false;
    }
    number = line.number();
    next = i >= length ? length : c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    return true;
  }

  /**
   * Moves to the next non-blank line in place.
   *
   * @return false at the end of the input
   */
  public boolean advance() {
    int length = text.length();
    int pos = next;
    int blankRun = 0;
    while (pos < length) {
      int lineEnd = lineEnd(pos);
      int after = lineEnd >= length ? length
          : text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2
          : lineEnd + 1;
      set(number + 1, pos, lineEnd, after, blankRun);
      if (!blank()) {
        return true;
      }
      blankRun++;
      pos = after;
    }
    next = length;
    return false;
  }

  /** The first line break ({@code \n} or {@code \r}) at or after {@code from}, or the input's length. */
  int lineEnd(int from) {
    if (carriageReturns == 0) {
      carriageReturns = (byte) (text.indexOf('\r') >= 0 ? 2 : 1); // once per cursor and its copies
    }
    int length = text.length();
    if (carriageReturns == 1) {
      Found f = found;
      if (f.from == from) {
        return f.end;
      }
      int lf = text.indexOf('\n', from);
      int end = lf < 0 ? length : lf;
      f.from = from;
      f.end = end;
      return end;
    }
    int i = from;
    char c;
    while (i < length && (c = text.charAt(i)) != '\n' && c != '\r') {
      i++;
    }
    return i;
  }

  /**
   * A cursor over the input of {@code line} for a dialect's look-ahead, moved with {@link #from}
   * and {@link #advance}: a copy of the core's cursor when {@code line} is it, so that it shares
   * what the core found (whether the input holds a {@code \r}, the end of the line looked at last).
   */
  public static LineCursor over(Line line) {
    if (line instanceof LineCursor) {
      LineCursor cursor = (LineCursor) line;
      LineCursor copy = new LineCursor(cursor.text, cursor.found);
      copy.carriageReturns = cursor.carriageReturns;
      return copy;
    }
    return new LineCursor(line.input());
  }

  @Override
  public Optional<Line> next() {
    if (carriageReturns == 0) {
      // Looked for here, once for this cursor (the core's, refilled every line): a copy that
      // looked for itself would scan the whole input on every call, quadratic in its size.
      carriageReturns = (byte) (text.indexOf('\r') >= 0 ? 2 : 1);
    }
    LineCursor copy = new LineCursor(text, found);
    copy.carriageReturns = carriageReturns;
    copy.number = number;
    copy.next = next;
    return copy.advance() ? Optional.of(copy) : Optional.empty();
  }

  @Override
  public String toString() {
    return number + ": " + text.substring(start, Math.min(end, start + 80));
  }
}
