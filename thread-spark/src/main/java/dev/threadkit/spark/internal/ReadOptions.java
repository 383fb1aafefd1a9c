package dev.threadkit.spark.internal;

import dev.threadkit.parser.DumpParser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options of one read, checked once on the driver and sent to the executors, where each
 * builds its parser from them. Option names are case-insensitive, as everywhere in Spark.
 */
public final class ReadOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Options handed to {@link DumpParser.Builder}, by lower-case name. Only what the parser
   * supports today; a new parser option (a dialect, a charset, a capture time) is one line
   * here, and is then accepted in reads, the helper and the docs' option list alike.
   */
  private static final Map<String, BiConsumer<DumpParser.Builder, String>> PARSER_OPTIONS = parserOptions();

  private static Map<String, BiConsumer<DumpParser.Builder, String>> parserOptions() {
    Map<String, BiConsumer<DumpParser.Builder, String>> options = new LinkedHashMap<>();
    options.put("strict", (builder, value) -> builder.strict(bool("strict", value)));
    options.put("dialect", (builder, value) -> builder.dialect(value));
    options.put("charset", (builder, value) -> builder.charset(charset(value)));
    options.put("capturedat", (builder, value) -> builder.capturedAt(time(value)));
    return options;
  }

  private static java.nio.charset.Charset charset(String value) {
    try {
      return java.nio.charset.Charset.forName(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option charset: unknown charset '" + value
          + "'; for example windows-1251, KOI8-R, ISO-8859-1, UTF-8, UTF-16", e);
    }
  }

  private static java.time.OffsetDateTime time(String value) {
    try {
      return java.time.OffsetDateTime.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("option capturedAt: '" + value
          + "' is no time with an offset, such as 2026-11-25T12:00Z", e);
    }
  }

  /** What a row stands for. */
  public enum RowKind {
    /** One row per comment: the csv export's columns. */
    COMMENTS,
    /** One row per dump. */
    DISCUSSIONS
  }

  private final TreeMap<String, String> options;
  private final TreeMap<String, String> hadoop;
  private final List<String> paths;
  private final RowKind rows;
  private final boolean failFast;
  private final String extension;
  private transient DumpParser parser;

  private ReadOptions(Map<String, String> given) {
    this.options = new TreeMap<>();
    this.hadoop = new TreeMap<>();
    given.forEach((k, v) -> {
      options.put(k.toLowerCase(Locale.ROOT), v);
      if (k.toLowerCase(Locale.ROOT).startsWith("fs.")) {
        hadoop.put(k, v); // Hadoop's keys are case-sensitive
      }
    });
    this.paths = readPaths(options);
    this.rows = readRows(options.getOrDefault("rows", "comments"));
    this.failFast = readMode(options.getOrDefault("mode", "PERMISSIVE"));
    String ext = options.getOrDefault("fileextension", "txt");
    this.extension = ext.startsWith(".") ? ext.substring(1) : ext;
    parser(); // fails now, on the driver, for a bad parser option
    long maxPartitionBytes = longOption("maxpartitionbytes").orElse(1L);
    long openCost = longOption("opencostinbytes").orElse(0L);
    long minPartitions = longOption("minpartitions").orElse(1L);
    if (maxPartitionBytes <= 0 || openCost < 0 || minPartitions <= 0 || minPartitions > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("threadkit: maxPartitionBytes and minPartitions must be positive,"
          + " openCostInBytes not negative");
    }
  }

  /**
   * Reads and checks the options of a read.
   *
   * @param options the options as Spark passes them (names in any case)
   * @return the checked options
   * @throws IllegalArgumentException naming the option, for a value that is not allowed
   */
  public static ReadOptions of(Map<String, String> options) {
    return new ReadOptions(options);
  }

  /**
   * Returns the paths to read: from {@code path}, or {@code paths} (a JSON array, as
   * {@code load(String...)} passes several).
   *
   * @return the paths; empty for the {@code binaryFile} helper
   */
  public List<String> paths() {
    return paths;
  }

  /**
   * Returns what a row stands for.
   *
   * @return the {@code rows} option
   */
  public RowKind rows() {
    return rows;
  }

  /**
   * Tells whether a dump that cannot be read fails the job ({@code mode=FAILFAST}) instead of
   * becoming a row with an {@code error}.
   *
   * @return {@code true} for FAILFAST
   */
  public boolean failFast() {
    return failFast;
  }

  /**
   * Returns the extension a file must have to be read when found in a folder (a path named
   * directly, or matched by a glob, is read whatever its name).
   *
   * @return {@code txt} by default; empty for every file
   */
  public String extension() {
    return extension;
  }

  /**
   * Returns an option given as a number of bytes or a count.
   *
   * @param lowerCaseName the option's name in lower case
   * @return its value, if given
   */
  public Optional<Long> longOption(String lowerCaseName) {
    String value = options.get(lowerCaseName);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("threadkit: option " + lowerCaseName + " must be a whole number: " + value, e);
    }
  }

  /**
   * Returns the options whose names start with {@code fs.}: Hadoop file-system settings (such
   * as S3 credentials) for this read only.
   *
   * @return the options, names as given
   */
  public Map<String, String> hadoopOptions() {
    return new LinkedHashMap<>(hadoop);
  }

  /**
   * Returns the parser these options describe, built once per JVM that holds them.
   *
   * @return the parser
   */
  public DumpParser parser() {
    DumpParser p = parser;
    if (p == null) {
      DumpParser.Builder builder = DumpParser.builder();
      PARSER_OPTIONS.forEach((name, apply) -> {
        String value = options.get(name);
        if (value != null) {
          apply.accept(builder, value.trim());
        }
      });
      p = builder.build();
      parser = p;
    }
    return p;
  }

  /**
   * Returns a short description, for Spark's plan output.
   *
   * @return for example {@code rows=comments, mode=PERMISSIVE}
   */
  @Override
  public String toString() {
    return "rows=" + rows.name().toLowerCase(Locale.ROOT) + ", mode=" + (failFast ? "FAILFAST" : "PERMISSIVE");
  }

  private static List<String> readPaths(Map<String, String> options) {
    List<String> out = new ArrayList<>();
    String path = options.get("path");
    if (path != null) {
      out.add(path);
    }
    String paths = options.get("paths");
    if (paths != null) {
      try {
        for (String p : JsonMapper.builder().build().readValue(paths, String[].class)) {
          out.add(p);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("threadkit: option paths must be a JSON array of strings: " + paths, e);
      }
    }
    return List.copyOf(out);
  }

  private static RowKind readRows(String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "comments":
        return RowKind.COMMENTS;
      case "discussions":
        return RowKind.DISCUSSIONS;
      default:
        throw new IllegalArgumentException("threadkit: option rows must be comments or discussions: " + value);
    }
  }

  private static boolean readMode(String value) {
    switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "PERMISSIVE":
        return false;
      case "FAILFAST":
        return true;
      default:
        // DROPMALFORMED is refused on purpose: a dump is never lost without a trace.
        throw new IllegalArgumentException("threadkit: option mode must be PERMISSIVE or FAILFAST: " + value);
    }
  }

  private static boolean bool(String name, String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("threadkit: option " + name + " must be true or false: " + value);
  }
}
