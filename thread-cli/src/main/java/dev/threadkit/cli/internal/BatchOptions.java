package dev.threadkit.cli.internal;

import picocli.CommandLine.Option;

/** The options every batch command shares. */
public final class BatchOptions {

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Parse on N threads (default: the number of cores, ${DEFAULT-VALUE}). Output keeps input order.")
  int jobs = Runtime.getRuntime().availableProcessors();

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

  /** @return whether failures show their stack trace */
  public boolean verbose() {
    return verbose;
  }

  /** @return whether stderr is limited to errors */
  public boolean quiet() {
    return quiet;
  }
}
