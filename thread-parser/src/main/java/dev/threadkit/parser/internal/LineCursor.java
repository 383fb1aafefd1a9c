package dev.threadkit.parser.internal;

import dev.threadkit.parser.spi.Line;
import java.util.Optional;

/** A {@link Line} over the input; the line loop refills one instance, look-ahead makes new ones. */
final class LineCursor implements Line {
  private final String text;
  int number;
  int start;
  int content;
  int end;
  int rawEnd; // where the line break starts
  int next; // where the next line starts
  int indent;
  boolean tabs;
  int blanks;

  LineCursor(String text) {
    this.text = text;
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

  @Override
  public Optional<Line> next() {
    int length = text.length();
    int pos = next;
    int lineNo = number;
    int blankRun = 0;
    while (pos < length) {
      int lineEnd = pos;
      while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int after = lineEnd >= length ? length
          : text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2
          : lineEnd + 1;
      LineCursor line = new LineCursor(text);
      line.set(++lineNo, pos, lineEnd, after, blankRun);
      if (!line.blank()) {
        return Optional.of(line);
      }
      blankRun++;
      pos = after;
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return number + ": " + text.substring(start, Math.min(end, start + 80));
  }
}
