package dev.threadkit.cli.internal;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpParser;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadkit check}: every diagnostic of every dump, compiler style, and an exit status for scripts. */
@Command(name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Report every problem in dumps, compiler style.",
        "",
        "Each diagnostic is one line: path:line:column: severity code message.",
        "Diagnostics go to standard output, the summary and unreadable inputs to standard error.",
        "",
        "Exit status: 0 when no dump has an error, 1 when one has (with --strict: an error or a"
            + " warning), 2 when an input could not be read."},
    footer = {"",
        "Examples:",
        "  threadkit check dumps/",
        "  threadkit check --strict dumps/000_599c788b2f42df5e.txt",
        "  curl -s https://example.org/dump.txt | threadkit check -",
        "  threadkit check --dialect numbered blog-dumps/"})
public final class CheckCommand extends BatchCommand {

  @Option(names = "--strict", description = "Fail (exit status 1) on warnings too, not only on errors.")
  boolean strict;

  /**
   * Creates the command.
   *
   * @param io the process's streams
   */
  public CheckCommand(Io io) {
    super(io);
  }

  @Override
  public Integer call() {
    // Diagnostics are this command's output, so a lenient parser: it reports them all.
    DumpParser parser = parser(false);
    List<Input> all = expandInputs();
    Reporter reporter = reporter();
    PrintWriter out = textOut();
    int[] counts = new int[3]; // errors, warnings, notes
    int[] failed = {0};
    int[] read = {0};
    // Diagnostics are all this command needs: each dump is read through the streaming layer,
    // no model built (DumpWork.NOTHING).
    streamAll(parser, all, reporter, DumpWork.NOTHING, outcome -> {
      if (outcome instanceof Outcome.Streamed<?> streamed) {
        read[0]++;
        for (Diagnostic diagnostic : streamed.diagnostics()) {
          switch (diagnostic.severity()) {
            case ERROR -> counts[0]++;
            case WARNING -> counts[1]++;
            case INFO -> counts[2]++;
            default -> throw new IllegalStateException("unknown severity " + diagnostic.severity());
          }
          reporter.clearProgress();
          out.println(diagnostic.format(outcome.input().label()));
        }
        out.flush();
      } else {
        failed[0]++;
        reporter.failed((Outcome.Failed) outcome);
      }
    });
    out.flush();
    if (out.checkError()) {
      reporter.error("cannot write to standard output", null);
      return ExitCodes.FAILED;
    }
    reporter.summary("checked " + Reporter.count(read[0], "dump") + ": " + Reporter.count(counts[0], "error")
        + ", " + Reporter.count(counts[1], "warning") + ", " + Reporter.count(counts[2], "note"), failed[0]);
    if (failed[0] > 0) {
      return ExitCodes.FAILED;
    }
    return counts[0] > 0 || (strict && counts[1] > 0) ? ExitCodes.DIAGNOSTIC_ERRORS : ExitCodes.OK;
  }
}
