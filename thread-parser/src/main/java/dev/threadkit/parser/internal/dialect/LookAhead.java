package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Line;
import java.util.Optional;

/**
 * A look-ahead that walks the lines after a given one in place: {@link #advance()} moves it to
 * the next non-blank line, as {@link Line#next()} finds it, without creating a line per step.
 * It is valid only until it moves; {@link #next()} returns a copy that stays valid.
 */
final class LookAhead implements Line {
  private String text = "";
  private int number;
  private int start;
  private int content;
  private int end;
  private int next; // where the next line starts
  private int indent;
  private boolean tabs;
  private int blanks;
  private boolean hasCr; // the input holds a \r: lines are not found with indexOf('\n') alone

  /** Places the look-ahead on the line, before the first line after it; false when the line's end is no line break. */
  boolean from(Line line) {
    String input = line.input();
    int length = input.length();
    int i = line.end();
    char c = 0;
    while (i < length && ((c = input.charAt(i)) == ' ' || c == '\t')) {
      i++;
    }
    if (i < length && c != '\n' && c != '\r') {
      return false;
    }
    if (input != text) {
      this.text = input;
      this.hasCr = input.indexOf('\r') >= 0; // once per input
    }
    this.number = line.number();
    this.next = i >= length ? length : c == '\r' && i + 1 < length && input.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    return true;
  }

  /** The first line break ({@code \n} or {@code \r}) at or after {@code from}, or the input's length. */
  private int lineEnd(String t, int from) {
    int length = t.length();
    if (!hasCr) {
      int lf = t.indexOf('\n', from);
      return lf < 0 ? length : lf;
    }
    int i = from;
    char c;
    while (i < length && (c = t.charAt(i)) != '\n' && c != '\r') {
      i++;
    }
    return i;
  }

  /** Moves to the next non-blank line; false at the end of the input. */
  boolean advance() {
    String t = text;
    int length = t.length();
    int pos = next;
    int blankRun = 0;
    while (pos < length) {
      number++;
      int i = pos;
      int columns = 0;
      boolean sawTab = false;
      char c = 0;
      for (; i < length; i++) {
        c = t.charAt(i);
        if (c == ' ') {
          columns++;
        } else if (c == '\t') {
          columns += 2;
          sawTab = true;
        } else {
          break;
        }
      }
      int lineEnd = lineEnd(t, i);
      int after = lineEnd >= length ? length
          : t.charAt(lineEnd) == '\r' && lineEnd + 1 < length && t.charAt(lineEnd + 1) == '\n' ? lineEnd + 2
          : lineEnd + 1;
      int e = lineEnd;
      while (e > i && ((c = t.charAt(e - 1)) == ' ' || c == '\t')) {
        e--;
      }
      if (e > i) {
        this.start = pos;
        this.content = i;
        this.end = e;
        this.next = after;
        this.indent = columns;
        this.tabs = sawTab;
        this.blanks = blankRun;
        return true;
      }
      blankRun++;
      pos = after;
    }
    next = length;
    return false;
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

  @Override
  public Optional<Line> next() {
    LookAhead copy = new LookAhead();
    copy.text = text;
    copy.hasCr = hasCr;
    copy.number = number;
    copy.next = next;
    return copy.advance() ? Optional.of(copy) : Optional.empty();
  }

  @Override
  public String toString() {
    return number + ": " + text.substring(start, Math.min(end, start + 80));
  }
}
