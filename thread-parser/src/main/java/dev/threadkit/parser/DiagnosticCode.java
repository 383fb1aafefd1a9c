package dev.threadkit.parser;

/**
 * What a {@link Diagnostic} is about. Each code has a stable identifier, listed with an
 * example in {@code docs/diagnostics.md}; scripts may match on it. The constants are the
 * codes of the parser's core and built-in dialects; a dialect of its own makes its codes
 * with {@link #of(String, Severity)}.
 *
 * <pre>{@code
 * DiagnosticCode unknownLabel = DiagnosticCode.of("unknown-label", Severity.WARNING);
 * }</pre>
 *
 * @param id the stable identifier: lower-case letters, digits and {@code -}
 * @param severity the severity of diagnostics with this code
 */
public record DiagnosticCode(String id, Severity severity) {

  /** Bytes that are not UTF-8 were decoded as U+FFFD replacement characters. */
  public static final DiagnosticCode INVALID_UTF8 = new DiagnosticCode("invalid-utf8", Severity.WARNING);
  /**
   * The input was not UTF-8 and no charset was given: it was decoded as the charset its
   * byte-order mark names (UTF-16, UTF-32), or else as the most likely of windows-1251,
   * KOI8-R and ISO-8859-1, which the message names.
   */
  public static final DiagnosticCode DECODED_AS = new DiagnosticCode("decoded-as", Severity.INFO);
  /** The input holds no text at all. */
  public static final DiagnosticCode EMPTY_INPUT = new DiagnosticCode("empty-input", Severity.WARNING);
  /** Tabs in a line's indentation; each tab was counted as one level (two spaces). */
  public static final DiagnosticCode TAB_INDENT = new DiagnosticCode("tab-indent", Severity.WARNING);
  /**
   * A header or an author line off the dialect's two-space steps; a header was read at the
   * level below (a header at one space, at the top level).
   */
  public static final DiagnosticCode ODD_INDENT = new DiagnosticCode("odd-indent", Severity.WARNING);
  /** A header nested more than one level below the comment before it; it was attached one level below. */
  public static final DiagnosticCode DEPTH_JUMP = new DiagnosticCode("depth-jump", Severity.WARNING);
  /** A header whose ordinal does not follow its previous sibling's; the next free ordinal was used. */
  public static final DiagnosticCode ORDINAL_OUT_OF_ORDER = new DiagnosticCode("ordinal-out-of-order", Severity.WARNING);
  /** A header whose ordinal skips numbers: a comment before it is missing from the dump. */
  public static final DiagnosticCode ORDINAL_GAP = new DiagnosticCode("ordinal-gap", Severity.WARNING);
  /** A date whose month is no month name of the dialect's vocabulary; the comment has no time. */
  public static final DiagnosticCode UNKNOWN_MONTH = new DiagnosticCode("unknown-month", Severity.ERROR);
  /** A date or time that does not exist (31 February, 25: 10); the comment has no time. */
  public static final DiagnosticCode INVALID_DATE = new DiagnosticCode("invalid-date", Severity.ERROR);
  /** A comment header with no date; the comment has no time. */
  public static final DiagnosticCode MISSING_DATE = new DiagnosticCode("missing-date", Severity.WARNING);
  /** A status header not followed by its author line. */
  public static final DiagnosticCode MISSING_AUTHOR_LINE = new DiagnosticCode("missing-author-line", Severity.WARNING);
  /** The author line names another handle than the status line before it. */
  public static final DiagnosticCode AUTHOR_MISMATCH = new DiagnosticCode("author-mismatch", Severity.WARNING);
  /**
   * A status header whose two handles differ, followed by an author line; read with the first
   * handle, the line kept among the unplaced lines.
   */
  public static final DiagnosticCode STATUS_MISMATCH = new DiagnosticCode("status-mismatch", Severity.WARNING);
  /** The dump starts with a comment header: there is no title or article. */
  public static final DiagnosticCode MISSING_TITLE = new DiagnosticCode("missing-title", Severity.WARNING);
  /** A line indented less than the body it stands in; it was kept in that body. */
  public static final DiagnosticCode STRAY_LINE = new DiagnosticCode("stray-line", Severity.WARNING);
  /** The page's comment count is larger than the comments found: the dump was cut off. */
  public static final DiagnosticCode COMMENTS_MISSING = new DiagnosticCode("comments-missing", Severity.WARNING);
  /** A comment nested deeper than the parser's depth limit; it was attached at the limit. */
  public static final DiagnosticCode DEPTH_LIMIT = new DiagnosticCode("depth-limit", Severity.ERROR);
  /** The input is longer than the parser's input limit; nothing was parsed. */
  public static final DiagnosticCode INPUT_TOO_LARGE = new DiagnosticCode("input-too-large", Severity.ERROR);
  /** A line is longer than the parser's line limit; nothing was parsed. */
  public static final DiagnosticCode LINE_TOO_LONG = new DiagnosticCode("line-too-long", Severity.ERROR);
  /** More diagnostics than the parser's limit; the rest were counted, not kept. */
  public static final DiagnosticCode TOO_MANY_DIAGNOSTICS = new DiagnosticCode("too-many-diagnostics", Severity.INFO);

  /**
   * A reply names whom it answers ({@code rivera_k  Dana Holt • 9 months ago}) but no earlier
   * comment it could hang under has that name; it was placed by its indentation, or at the top level.
   */
  public static final DiagnosticCode REPLY_TO_UNKNOWN = new DiagnosticCode("reply-to-unknown", Severity.WARNING);
  /** A relative age whose words the parser does not know ({@code 3 fortnights ago}); kept as written, never resolved. */
  public static final DiagnosticCode UNKNOWN_AGE = new DiagnosticCode("unknown-age", Severity.WARNING);
  /** The copy ends inside a comment (before its action line) or inside a header: it was cut. */
  public static final DiagnosticCode COPY_CUT = new DiagnosticCode("copy-cut", Severity.WARNING);
  /** More replies are present than the count line of their comment says ({@code 2 replies} and three replies after it). */
  public static final DiagnosticCode REPLY_COUNT_MISMATCH = new DiagnosticCode("reply-count-mismatch", Severity.WARNING);

  /** The input has no comment section this dialect recognises: all of it was read as the article. */
  public static final DiagnosticCode NO_COMMENTS_FOUND = new DiagnosticCode("no-comments-found", Severity.WARNING);
  /**
   * A dialect left a line unread, read it out of place (a comment's line with no comment
   * open) or read a blank author: the line is kept as written, with the boilerplate or the
   * comment's unplaced lines. A sign of a dialect's bug, never of the input's.
   */
  public static final DiagnosticCode LINE_NOT_REPORTED = new DiagnosticCode("line-not-reported", Severity.WARNING);
  /** Two dialects fit the input equally well; the parser read it as the one named first. */
  public static final DiagnosticCode DIALECT_AMBIGUOUS = new DiagnosticCode("dialect-ambiguous", Severity.WARNING);

  /**
   * Validates the parts.
   *
   * @param id see {@link #id()}
   * @param severity see {@link #severity()}
   * @throws IllegalArgumentException if the id is empty or holds other than lower-case letters, digits and {@code -}
   */
  public DiagnosticCode {
    java.util.Objects.requireNonNull(severity, "severity");
    if (java.util.Objects.requireNonNull(id, "id").isEmpty()) {
      throw new IllegalArgumentException("a diagnostic code must not be empty");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        throw new IllegalArgumentException("a diagnostic code is lower-case letters, digits and '-': '" + id + "'");
      }
    }
  }

  /**
   * Returns a code for a dialect's own diagnostics.
   *
   * @param id a stable identifier, lower-case letters, digits and {@code -}
   * @param severity the severity of its diagnostics
   * @return the code
   */
  public static DiagnosticCode of(String id, Severity severity) {
    return new DiagnosticCode(id, severity);
  }

  /**
   * Returns the identifier.
   *
   * @return for example {@code unknown-month}
   */
  @Override
  public String toString() {
    return id;
  }
}
