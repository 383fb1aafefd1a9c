package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Line;

/**
 * The last line a reader was given, kept as its number and offsets (the {@link Line} it was
 * given may move on), to point an end-of-input diagnostic at it.
 */
final class LastLine {
  private int number;
  private int start;
  private int end;

  /** Remembers the line. */
  void remember(Line line) {
    number = line.number();
    start = line.start();
    end = line.end();
  }

  /** The number of the line remembered, 0 before any. */
  int number() {
    return number;
  }

  /** The column just after the end of the line remembered. */
  int endColumn() {
    return end - start + 1;
  }

  /** The line remembered, in its input. */
  Line in(String input) {
    return Line.at(input, number, start, end);
  }
}
