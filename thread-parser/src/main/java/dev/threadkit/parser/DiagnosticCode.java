package dev.threadkit.parser;

/**
 * What a {@link Diagnostic} is about. Each code has a stable identifier, listed with an
 * example in {@code docs/diagnostics.md}; scripts may match on it.
 */
public enum DiagnosticCode {
  /** Bytes that are not UTF-8 were decoded as U+FFFD replacement characters. */
  INVALID_UTF8("invalid-utf8", Severity.WARNING),
  /**
   * The input was not UTF-8 and no charset was given: it was decoded as the charset its
   * byte-order mark names (UTF-16, UTF-32), or else as the most likely of windows-1251,
   * KOI8-R and ISO-8859-1, which the message names.
   */
  DECODED_AS("decoded-as", Severity.INFO),
  /** The input holds no text at all. */
  EMPTY_INPUT("empty-input", Severity.WARNING),
  /** Tabs in a line's indentation; each tab was counted as one level (two spaces). */
  TAB_INDENT("tab-indent", Severity.WARNING),
  /**
   * A header or an author line off the dialect's two-space steps; a header was read at the
   * level below (a header at one space, at the top level).
   */
  ODD_INDENT("odd-indent", Severity.WARNING),
  /** A header nested more than one level below the comment before it; it was attached one level below. */
  DEPTH_JUMP("depth-jump", Severity.WARNING),
  /** A header whose ordinal does not follow its previous sibling's; the next free ordinal was used. */
  ORDINAL_OUT_OF_ORDER("ordinal-out-of-order", Severity.WARNING),
  /** A header whose ordinal skips numbers: a comment before it is missing from the dump. */
  ORDINAL_GAP("ordinal-gap", Severity.WARNING),
  /** A date whose month is not an English month name; the comment has no time. */
  UNKNOWN_MONTH("unknown-month", Severity.ERROR),
  /** A date or time that does not exist (31 February, 25: 10); the comment has no time. */
  INVALID_DATE("invalid-date", Severity.ERROR),
  /** A comment header with no date; the comment has no time. */
  MISSING_DATE("missing-date", Severity.WARNING),
  /** A status header not followed by its author line. */
  MISSING_AUTHOR_LINE("missing-author-line", Severity.WARNING),
  /** The author line names another handle than the status line before it. */
  AUTHOR_MISMATCH("author-mismatch", Severity.WARNING),
  /**
   * A status header whose two handles differ, followed by an author line; read with the first
   * handle, the line kept among the unplaced lines.
   */
  STATUS_MISMATCH("status-mismatch", Severity.WARNING),
  /** The dump starts with a comment header: there is no title or article. */
  MISSING_TITLE("missing-title", Severity.WARNING),
  /** A line indented less than the body it stands in; it was kept in that body. */
  STRAY_LINE("stray-line", Severity.WARNING),
  /** The page's comment count is larger than the comments found: the dump was cut off. */
  COMMENTS_MISSING("comments-missing", Severity.WARNING),
  /** A comment nested deeper than the parser's depth limit; it was attached at the limit. */
  DEPTH_LIMIT("depth-limit", Severity.ERROR),
  /** The input is longer than the parser's input limit; nothing was parsed. */
  INPUT_TOO_LARGE("input-too-large", Severity.ERROR),
  /** A line is longer than the parser's line limit; nothing was parsed. */
  LINE_TOO_LONG("line-too-long", Severity.ERROR),
  /** More diagnostics than the parser's limit; the rest were counted, not kept. */
  TOO_MANY_DIAGNOSTICS("too-many-diagnostics", Severity.INFO);

  private final String id;
  private final Severity severity;

  DiagnosticCode(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /**
   * Returns the stable identifier, as printed by the command line and listed in the docs.
   *
   * @return for example {@code unknown-month}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the severity of diagnostics with this code.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }
}
