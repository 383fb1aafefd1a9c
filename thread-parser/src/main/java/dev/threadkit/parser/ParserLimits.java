package dev.threadkit.parser;

import java.util.List;
import java.util.Locale;

/**
 * Bounds on what a {@link DumpParser} accepts, so that hostile or broken input ends in a
 * clear error instead of an {@code OutOfMemoryError}. Every limit has a default generous
 * enough for any real dump.
 *
 * <p>As Jackson's {@code StreamReadConstraints}, the limits check themselves: the parser
 * calls {@code validate...} where it meets each quantity, and each message names the setting
 * to raise, as a builder method and as the command line's option.
 *
 * <pre>{@code
 * ParserLimits limits = ParserLimits.builder().maxDepth(5_000).maxInputBytes(1 << 30).build();
 * DumpParser parser = DumpParser.builder().limits(limits).build();
 * }</pre>
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>command line</th><th>past it</th></tr>
 *   <tr><td>{@link #maxInputBytes()}</td><td>{@value #DEFAULT_MAX_INPUT_BYTES} bytes (128 MiB)</td>
 *       <td>{@code --max-input-mb}</td>
 *       <td>{@link DumpParseException}, {@code input-too-large}; a file or byte array is checked
 *       on its size before it is read or decoded, and a stream is read no further than the limit</td></tr>
 *   <tr><td>{@link #maxInputLength()}</td><td>{@value #DEFAULT_MAX_INPUT_LENGTH} characters (128 Mi)</td>
 *       <td>{@code --max-input-chars}</td>
 *       <td>{@link DumpParseException}, {@code input-too-large}, on the decoded text</td></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>{@value #DEFAULT_MAX_LINE_LENGTH} characters (64 Mi)</td>
 *       <td>{@code --max-line-length}</td>
 *       <td>{@link DumpParseException}, {@code line-too-long}</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>{@value #DEFAULT_MAX_DEPTH} levels</td><td>{@code --max-depth}</td>
 *       <td>an error diagnostic, {@code depth-limit}; deeper comments are attached at the limit</td></tr>
 *   <tr><td>{@link #maxDiagnostics()}</td><td>{@value #DEFAULT_MAX_DIAGNOSTICS}</td><td>{@code --max-diagnostics}</td>
 *       <td>further diagnostics are counted in one {@code too-many-diagnostics} note</td></tr>
 * </table>
 *
 * <p>In this dialect a reply at depth {@code d} is indented by {@code 2(d+1)} spaces, so a
 * chain of {@code n} nested replies takes about {@code 2n²} characters: the depth limit
 * and the input limit bound each other.
 *
 * @param maxInputBytes the most bytes of an input read as bytes (a file, a byte array, a
 *     stream), before decoding
 * @param maxInputLength the most characters of input, after decoding; the default keeps a
 *     whole parse within a few hundred megabytes of heap
 * @param maxLineLength the most characters in one line
 * @param maxDepth the deepest comment depth (0 is a top-level comment)
 * @param maxDiagnostics the most diagnostics kept for one input
 */
public record ParserLimits(int maxInputBytes, int maxInputLength, int maxLineLength, int maxDepth, int maxDiagnostics) {

  /** Default of {@link #maxInputBytes()}: 128 MiB. */
  public static final int DEFAULT_MAX_INPUT_BYTES = 1 << 27;
  /** Default of {@link #maxInputLength()}: 128 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 1 << 27;
  /** Default of {@link #maxLineLength()}: 64 Mi characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 26;
  /** Default of {@link #maxDepth()}: 1,000 levels, as Jackson's default nesting limit. */
  public static final int DEFAULT_MAX_DEPTH = 1_000;
  /** Default of {@link #maxDiagnostics()}: 1,000. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

  private static final ParserLimits DEFAULTS = new ParserLimits(DEFAULT_MAX_INPUT_BYTES,
      DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_DEPTH, DEFAULT_MAX_DIAGNOSTICS);

  /**
   * Validates the limits.
   *
   * @param maxInputBytes see {@link #maxInputBytes()}
   * @param maxInputLength see {@link #maxInputLength()}
   * @param maxLineLength see {@link #maxLineLength()}
   * @param maxDepth see {@link #maxDepth()}
   * @param maxDiagnostics see {@link #maxDiagnostics()}
   * @throws IllegalArgumentException if a limit is not positive ({@code maxDepth} may be 0)
   */
  public ParserLimits {
    atLeast(maxInputBytes, 1, "maxInputBytes");
    atLeast(maxInputLength, 1, "maxInputLength");
    atLeast(maxLineLength, 1, "maxLineLength");
    atLeast(maxDepth, 0, "maxDepth");
    atLeast(maxDiagnostics, 1, "maxDiagnostics");
  }

  private static void atLeast(long value, long least, String setting) {
    if (value < least) {
      throw new IllegalArgumentException("ParserLimits." + setting + " must be at least " + least + ", got " + value);
    }
  }

  /**
   * Returns the default limits.
   *
   * @return the limits in the table above
   */
  public static ParserLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Starts from these limits.
   *
   * @return a builder holding this instance's values
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Checks the size of an input in bytes, before it is read or decoded.
   *
   * @param bytes the input's size, or how much of it has been read so far
   * @param sourceName the input's name, for the exception
   * @throws DumpParseException {@code input-too-large} past {@link #maxInputBytes()}, naming
   *     how to raise it
   */
  public void validateInputBytes(long bytes, String sourceName) {
    if (bytes > maxInputBytes) {
      throw tooLarge(sourceName, DiagnosticCode.INPUT_TOO_LARGE, 1, 1, "input is larger than the limit of "
          + maxInputBytes + " bytes" + mebibytes(maxInputBytes), "maxInputBytes", "--max-input-mb");
    }
  }

  /**
   * Checks the length of an input's decoded text.
   *
   * @param characters the number of characters, or how many have been read so far
   * @param sourceName the input's name, for the exception
   * @throws DumpParseException {@code input-too-large} past {@link #maxInputLength()}, naming
   *     how to raise it
   */
  public void validateInputLength(long characters, String sourceName) {
    if (characters > maxInputLength) {
      throw tooLarge(sourceName, DiagnosticCode.INPUT_TOO_LARGE, 1, 1,
          "input is longer than the limit of " + maxInputLength + " characters", "maxInputLength", "--max-input-chars");
    }
  }

  /**
   * Checks the length of one line.
   *
   * @param characters the line's length, without its line break
   * @param sourceName the input's name, for the exception
   * @param line the line's number, from 1
   * @throws DumpParseException {@code line-too-long} past {@link #maxLineLength()}, naming
   *     the line and how to raise the limit
   */
  public void validateLineLength(long characters, String sourceName, int line) {
    if (characters > maxLineLength) {
      throw tooLarge(sourceName, DiagnosticCode.LINE_TOO_LONG, line, maxLineLength + 1,
          "line is longer than the limit of " + maxLineLength + " characters", "maxLineLength", "--max-line-length");
    }
  }

  /**
   * Says how to raise a limit, for the end of a message.
   *
   * @param setting the builder method, such as {@code maxDepth}
   * @param option the command line's option, such as {@code --max-depth}
   * @return for example {@code raise it with ParserLimits.Builder.maxDepth, or --max-depth on the command line}
   */
  public static String howToRaise(String setting, String option) {
    return "raise it with ParserLimits.Builder." + setting + ", or " + option + " on the command line";
  }

  private static DumpParseException tooLarge(String sourceName, DiagnosticCode code, int line, int column,
      String what, String setting, String option) {
    return new DumpParseException(sourceName, List.of(
        new Diagnostic(code, line, column, what + "; " + howToRaise(setting, option), "")));
  }

  /** {@code " (128 MiB)"}, or nothing below one MiB. */
  private static String mebibytes(long bytes) {
    if (bytes < 1 << 20) {
      return "";
    }
    return String.format(Locale.ROOT, bytes % (1 << 20) == 0 ? " (%.0f MiB)" : " (%.1f MiB)", bytes / (double) (1 << 20));
  }

  /** Builds {@link ParserLimits}. */
  public static final class Builder {
    private int maxInputBytes;
    private int maxInputLength;
    private int maxLineLength;
    private int maxDepth;
    private int maxDiagnostics;

    private Builder(ParserLimits from) {
      maxInputBytes = from.maxInputBytes;
      maxInputLength = from.maxInputLength;
      maxLineLength = from.maxLineLength;
      maxDepth = from.maxDepth;
      maxDiagnostics = from.maxDiagnostics;
    }

    /**
     * Sets the most bytes of an input read as bytes.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxInputBytes(int value) {
      maxInputBytes = value;
      return this;
    }

    /**
     * Sets the most characters of input.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxInputLength(int value) {
      maxInputLength = value;
      return this;
    }

    /**
     * Sets the most characters in one line.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxLineLength(int value) {
      maxLineLength = value;
      return this;
    }

    /**
     * Sets the deepest comment depth.
     *
     * @param value at least 0
     * @return this builder
     */
    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    /**
     * Sets the most diagnostics kept for one input.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxDiagnostics(int value) {
      maxDiagnostics = value;
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return a new instance
     * @throws IllegalArgumentException if a value is out of range
     */
    public ParserLimits build() {
      return new ParserLimits(maxInputBytes, maxInputLength, maxLineLength, maxDepth, maxDiagnostics);
    }
  }
}
