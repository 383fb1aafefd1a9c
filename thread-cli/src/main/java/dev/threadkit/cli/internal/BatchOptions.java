package dev.threadkit.cli.internal;

import picocli.CommandLine.Option;

/** The options every batch command shares. */
public final class BatchOptions {

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Parse on N threads (default: the number of cores, ${DEFAULT-VALUE}). Output keeps input order.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dialect", paramLabel = "NAME",
      description = "Read every dump in this dialect instead of choosing one per dump ('threadkit dialects' lists them).")
  String dialect;

  @Option(names = "--verbose", description = "Print the stack trace behind a failure.")
  boolean verbose;

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

  /** @return whether failures show their stack trace */
  public boolean verbose() {
    return verbose;
  }

  /** @return whether stderr is limited to errors */
  public boolean quiet() {
    return quiet;
  }
}
