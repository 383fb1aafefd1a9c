package dev.threadkit.cli.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every batch command shares. */
public final class BatchOptions {

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Parse on N threads (default: the number of cores, ${DEFAULT-VALUE}). Output keeps input order.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dialect", paramLabel = "NAME",
      description = "Read every dump in this dialect instead of choosing one per dump ('threadkit dialects' lists them).")
  String dialect;

  @Option(names = "--captured", paramLabel = "TIME", converter = CapturedConverter.class,
      description = "When the pages were copied (ISO-8601 with an offset, such as 2026-11-25T12:00Z): relative times"
          + " such as '5 hours ago' are then resolved to the interval they denote.")
  OffsetDateTime captured;

  @Option(names = "--verbose", description = "Print the stack trace behind a failure.")
  boolean verbose;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read the dumps in this charset, such as windows-1251, KOI8-R, ISO-8859-1, UTF-16. Default: detected"
          + " for each dump (a UTF-16/UTF-32 byte-order mark, UTF-8, or else the most likely of windows-1251, KOI8-R"
          + " and ISO-8859-1, named in a decoded-as note).")
  String encoding;

  @Option(names = "--max-input-mb", paramLabel = "MIB",
      description = "Refuse a dump larger than MIB mebibytes, before reading it (default: 128).")
  Integer maxInputMb;

  @Option(names = "--max-input-chars", paramLabel = "N",
      description = "Refuse a dump of more than N characters once decoded (default: 134217728).")
  Integer maxInputChars;

  @Option(names = "--max-line-length", paramLabel = "N",
      description = "Refuse a dump with a line of more than N characters (default: 67108864).")
  Integer maxLineLength;

  @Option(names = "--max-depth", paramLabel = "N",
      description = "Attach replies deeper than N at depth N, with a depth-limit error (default: 1000).")
  Integer maxDepth;

  @Option(names = "--max-diagnostics", paramLabel = "N",
      description = "Keep at most N diagnostics of a dump and count the rest in one note (default: 1000).")
  Integer maxDiagnostics;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors on stderr: no summary line"
      + " and no diagnostics of dumps that were read.")
  boolean quiet;

  /** @return how many threads parse at once */
  public int jobs() {
    return jobs;
  }

  /** @return the dialect named with --dialect, or null to choose one per dump */
  public String dialect() {
    return dialect;
  }

  /** @return when the pages were copied, or null when not given */
  public OffsetDateTime captured() {
    return captured;
  }

  /** Reads {@code --captured}: an ISO-8601 date-time with an offset, or a date (midnight UTC). */
  static final class CapturedConverter implements ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
      try {
        return OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException again) {
          throw new TypeConversionException("'" + value + "' is no time with an offset, such as 2026-11-25T12:00Z");
        }
      }
    }
  }

  /** @return whether failures show their stack trace */
  public boolean verbose() {
    return verbose;
  }

  /** @return whether stderr is limited to errors */
  public boolean quiet() {
    return quiet;
  }
}
