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

  static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
