package dev.threadkit.export.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * OWASP's rule against CSV injection: a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, which a spreadsheet would run as a formula, gets a
 * leading {@code '} so that it shows as text. Every string a row writes passes through
 * {@link #writeString(String)} or {@link #writeString(char[], int, int)}, so the rule is applied in
 * one place, for every column.
 */
public final class SpreadsheetSafe extends JsonGeneratorDelegate {

  /**
   * Wraps a generator.
   *
   * @param delegate the CSV generator
   */
  public SpreadsheetSafe(JsonGenerator delegate) {
    super(delegate, true);
  }

  /** Returns the cell as a spreadsheet shows it as text: with a {@code '} before a formula's first character. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }

  @Override
  public JsonGenerator writeString(String value) {
    return super.writeString(cell(value));
  }

  /** The same rule for a text written from an array (a comment's body, copied from its input). */
  @Override
  public JsonGenerator writeString(char[] text, int offset, int len) {
    if (len > 0 && cell(String.valueOf(text[offset])).length() == 2) {
      return super.writeString(cell(new String(text, offset, len)));
    }
    return super.writeString(text, offset, len);
  }
}
