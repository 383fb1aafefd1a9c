package dev.threadkit.model;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
  private Checks() {}

  /** Rejects text that holds a line break, where the model keeps one line. */
  static String singleLine(String value, String what) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(what + " must be a single line: '" + abbreviate(value) + "'");
    }
    return value;
  }

  /** Rejects carriage returns: the model's multi-line text always uses {@code \n}. */
  static String normalizedLines(String value, String what) {
    if (value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(what + " must use \\n line breaks, not \\r: '" + abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * Tells whether {@code value[from, to)} is blank as dumps mean it: empty or only spaces and
   * tabs. Other white space (a no-break or ideographic space, a form feed) is text.
   */
  static boolean isBlankLine(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Tells whether any {@code \n}-separated line of {@code value} is blank, the whole included. */
  static boolean hasBlankLine(String value) {
    int from = 0;
    while (true) {
      int end = value.indexOf('\n', from);
      if (isBlankLine(value, from, end < 0 ? value.length() : end)) {
        return true;
      }
      if (end < 0) {
        return false;
      }
      from = end + 1;
    }
  }

  /** At most 60 characters of {@code value}, line breaks shown as {@code \n} and {@code \r}, for messages. */
  static String abbreviate(String value) {
    String head = value.length() <= 60 ? value : value.substring(0, 60) + "…";
    return head.replace("\r", "\\r").replace("\n", "\\n");
  }
}
