package dev.threadkit.parser.spi;

import java.util.Optional;

/**
 * One non-blank line of the input, as the core found it: where it is, its indentation, and
 * the whole input around it so that a dialect scans characters in place and creates a String
 * only for what it keeps. Offsets index {@link #input()}; columns count from 1 at
 * {@link #start()}, as editors show them.
 *
 * <p>The core hands the same object for every line: it is valid only during the call it is
 * passed to. {@link #next()} returns lines that stay valid.
 */
public interface Line {

  /**
   * Returns the line's number.
   *
   * @return from 1
   */
  int number();

  /**
   * Returns the whole input the line is part of.
   *
   * @return the decoded input
   */
  String input();

  /**
   * Returns where the line starts in {@link #input()}.
   *
   * @return the offset of its first character, indentation included
   */
  int start();

  /**
   * Returns where the line's content starts, after its indentation of spaces and tabs.
   *
   * @return an offset in {@link #input()}
   */
  int contentStart();

  /**
   * Returns where the line ends, trailing spaces and tabs left out.
   *
   * @return the offset after its last character that is not a space or tab
   */
  int end();

  /**
   * Returns the indentation in columns, a tab counting as two.
   *
   * @return 0 for a line at the margin
   */
  int indent();

  /**
   * Tells whether the indentation holds tabs.
   *
   * @return {@code true} if it does
   */
  boolean hasTabs();

  /**
   * Returns how many blank lines came right before this one.
   *
   * @return 0 when the line before is not blank
   */
  int blanksBefore();

  /**
   * Returns the following non-blank line, to look ahead.
   *
   * @return the next line, valid after this call, or empty at the end of the input
   */
  Optional<Line> next();

  /**
   * Returns a line that stays valid, for a dialect that must report a line after the call it
   * was handed in (a header whose author line turns out not to match, say).
   *
   * @param input the whole input
   * @param number the line's number
   * @param start where the line starts in the input
   * @param end where it ends, trailing white space left out
   * @return the line; it has no blank lines before it and no look-ahead
   */
  static Line at(String input, int number, int start, int end) {
    int content = start;
    int columns = 0;
    boolean tabs = false;
    for (; content < end && (input.charAt(content) == ' ' || input.charAt(content) == '\t'); content++) {
      columns += input.charAt(content) == '\t' ? 2 : 1;
      tabs |= input.charAt(content) == '\t';
    }
    int contentStart = content;
    int indent = columns;
    boolean hasTabs = tabs;
    return new Line() {
      @Override
      public int number() {
        return number;
      }

      @Override
      public String input() {
        return input;
      }

      @Override
      public int start() {
        return start;
      }

      @Override
      public int contentStart() {
        return contentStart;
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
        return hasTabs;
      }

      @Override
      public int blanksBefore() {
        return 0;
      }

      @Override
      public Optional<Line> next() {
        return Optional.empty();
      }
    };
  }

  /**
   * Returns the character at an offset of the input.
   *
   * @param index an offset in {@link #input()}
   * @return the character
   */
  default char charAt(int index) {
    return input().charAt(index);
  }

  /**
   * Returns the line's content: the text after its indentation.
   *
   * @return a new String
   */
  default String content() {
    return input().substring(contentStart(), end());
  }

  /**
   * Returns the line as written, indentation included, trailing white space left out.
   *
   * @return a new String
   */
  default String text() {
    return input().substring(start(), end());
  }

  /**
   * Returns the length of the content.
   *
   * @return {@code end() - contentStart()}
   */
  default int length() {
    return end() - contentStart();
  }

  /**
   * Tells whether the content starts with a text.
   *
   * @param prefix the text
   * @return {@code true} if the content starts with it
   */
  default boolean startsWith(String prefix) {
    return end() - contentStart() >= prefix.length() && input().startsWith(prefix, contentStart());
  }

  /**
   * Tells whether the content ends with a text.
   *
   * @param suffix the text
   * @return {@code true} if the content ends with it
   */
  default boolean endsWith(String suffix) {
    return end() - contentStart() >= suffix.length() && input().startsWith(suffix, end() - suffix.length());
  }

  /**
   * Tells whether the content is exactly a text.
   *
   * @param value the text
   * @return {@code true} if the content equals it
   */
  default boolean is(String value) {
    return end() - contentStart() == value.length() && input().startsWith(value, contentStart());
  }

  /**
   * Returns the column of an offset on this line.
   *
   * @param index an offset in {@link #input()} on this line
   * @return {@code index - start() + 1}
   */
  default int column(int index) {
    return index - start() + 1;
  }
}
