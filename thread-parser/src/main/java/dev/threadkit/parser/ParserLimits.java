package dev.threadkit.parser;

/**
 * Bounds on what a {@link DumpParser} accepts, so that hostile or broken input ends in a
 * clear error instead of an {@code OutOfMemoryError}. Every limit has a default generous
 * enough for any real dump.
 *
 * <pre>{@code
 * ParserLimits limits = ParserLimits.builder().maxDepth(5_000).maxInputLength(2_000_000_000).build();
 * DumpParser parser = DumpParser.builder().limits(limits).build();
 * }</pre>
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>past it</th></tr>
 *   <tr><td>{@link #maxInputLength()}</td><td>{@value #DEFAULT_MAX_INPUT_LENGTH} characters (128 Mi)</td>
 *       <td>{@link DumpParseException}, {@code input-too-large}; a file or byte array of more
 *       than three bytes a character is refused before it is read or decoded</td></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>{@value #DEFAULT_MAX_LINE_LENGTH} characters (64 Mi)</td>
 *       <td>{@link DumpParseException}, {@code line-too-long}</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>{@value #DEFAULT_MAX_DEPTH} levels</td>
 *       <td>an error diagnostic, {@code depth-limit}; deeper comments are attached at the limit</td></tr>
 *   <tr><td>{@link #maxDiagnostics()}</td><td>{@value #DEFAULT_MAX_DIAGNOSTICS}</td>
 *       <td>further diagnostics are counted in one {@code too-many-diagnostics} note</td></tr>
 * </table>
 *
 * <p>In this dialect a reply at depth {@code d} is indented by {@code 2(d+1)} spaces, so a
 * chain of {@code n} nested replies takes about {@code 2n²} characters: the depth limit
 * and the input limit bound each other.
 *
 * @param maxInputLength the most characters of input, after decoding; the default keeps a
 *     whole parse within a few hundred megabytes of heap
 * @param maxLineLength the most characters in one line
 * @param maxDepth the deepest comment depth (0 is a top-level comment)
 * @param maxDiagnostics the most diagnostics kept for one input
 */
public record ParserLimits(int maxInputLength, int maxLineLength, int maxDepth, int maxDiagnostics) {

  /** Default of {@link #maxInputLength()}: 128 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 1 << 27;
  /** Default of {@link #maxLineLength()}: 64 Mi characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 26;
  /** Default of {@link #maxDepth()}: 1,000 levels, as Jackson's default nesting limit. */
  public static final int DEFAULT_MAX_DEPTH = 1_000;
  /** Default of {@link #maxDiagnostics()}: 1,000. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

  private static final ParserLimits DEFAULTS = new ParserLimits(
      DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_DEPTH, DEFAULT_MAX_DIAGNOSTICS);

  /**
   * Validates the limits.
   *
   *
   * @param maxInputLength see {@link #maxInputLength()}
   * @param maxLineLength see {@link #maxLineLength()}
   * @param maxDepth see {@link #maxDepth()}
   * @param maxDiagnostics see {@link #maxDiagnostics()}
   * @throws IllegalArgumentException if a limit is not positive ({@code maxDepth} may be 0)
   */
  public ParserLimits {
    if (maxInputLength < 1 || maxLineLength < 1 || maxDepth < 0 || maxDiagnostics < 1) {
      throw new IllegalArgumentException("parser limits must be positive: " + maxInputLength + ", "
          + maxLineLength + ", " + maxDepth + ", " + maxDiagnostics);
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

  /** Builds {@link ParserLimits}. */
  public static final class Builder {
    private int maxInputLength;
    private int maxLineLength;
    private int maxDepth;
    private int maxDiagnostics;

    private Builder(ParserLimits from) {
      maxInputLength = from.maxInputLength;
      maxLineLength = from.maxLineLength;
      maxDepth = from.maxDepth;
      maxDiagnostics = from.maxDiagnostics;
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
      return new ParserLimits(maxInputLength, maxLineLength, maxDepth, maxDiagnostics);
    }
  }
}
