package dev.threadkit.cli.internal;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.spi.Dialect;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code threadkit dialects}: the dump dialects this installation reads, by name, with a description. */
@Command(name = "dialects",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    optionListHeading = "%nOptions:%n",
    description = {
        "List the dump dialects threadkit can read: each one's name, for --dialect, and what it reads.",
        "",
        "Without --dialect, convert, check and stats choose one per dump from how its start looks.",
        "",
        "Exit status: 0."},
    footer = {"",
        "Examples:",
        "  threadkit dialects",
        "  threadkit convert --dialect topcor dumps/ --to jsonl -o rows.jsonl"})
public final class DialectsCommand implements Callable<Integer> {

  private final Io io;

  /**
   * Creates the command.
   *
   * @param io the process's streams
   */
  public DialectsCommand(Io io) {
    this.io = io;
  }

  /**
   * Returns the names of the installed dialects.
   *
   * @return the names, in name order
   */
  public static List<String> names() {
    return DumpParser.builder().build().dialects().stream().map(Dialect::name).toList();
  }

  @Override
  public Integer call() {
    List<Dialect> dialects = DumpParser.builder().build().dialects();
    int width = dialects.stream().mapToInt(d -> d.name().length()).max().orElse(0);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(io.out(), java.nio.charset.StandardCharsets.UTF_8));
    for (Dialect dialect : dialects) {
      out.printf(Locale.ROOT, "%-" + width + "s  %s%n", dialect.name(), dialect.description());
    }
    out.flush();
    if (out.checkError()) {
      io.err().println(Reporter.PROGRAM + ": error: cannot write to standard output");
      io.err().flush();
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }
}
