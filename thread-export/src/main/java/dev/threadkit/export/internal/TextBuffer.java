package dev.threadkit.export.internal;

import dev.threadkit.model.CommentView;
import tools.jackson.core.JsonGenerator;

/**
 * Writes comments' texts through one reused array: a parsed comment copies its text straight
 * from the input ({@link CommentView#getText}), so no String is made per comment.
 */
final class TextBuffer {
  private char[] chars = new char[256];

  /** Writes {@code name} and the comment's text as its value. */
  void write(JsonGenerator gen, String name, CommentView comment) {
    int length = comment.textLength();
    if (length > chars.length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    comment.getText(chars, 0);
    gen.writeName(name);
    gen.writeString(chars, 0, length);
  }
}
