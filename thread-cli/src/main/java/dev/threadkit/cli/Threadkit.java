package dev.threadkit.cli;

import dev.threadkit.cli.internal.BatchCommand;
import dev.threadkit.cli.internal.CheckCommand;
import dev.threadkit.cli.internal.ConvertCommand;
import dev.threadkit.cli.internal.DialectsCommand;
import dev.threadkit.cli.internal.ExitCodes;
import dev.threadkit.cli.internal.Io;
import dev.threadkit.cli.internal.Reporter;
import dev.threadkit.cli.internal.StatsCommand;
import dev.threadkit.cli.internal.VersionProvider;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code threadkit} command: {@code convert}, {@code check} and {@code stats} over dump
 * files, folders of dumps and standard input, and {@code dialects}, the dump dialects it reads.
 *
 * <pre>{@code
 * java -jar threadkit.jar convert seeds --to jsonl
 * }</pre>
 *
 * <p>{@link #run(Io, String...)} runs a command line in-process against given streams, which is
 * how the tests drive it; {@link #main(String...)} runs it against the process's own and exits.
 */
@Command(name = "threadkit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Read forum dumps (an article, then its nested comment section) and convert, check or summarise them.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footer = {"",
        "Examples:",
        "  threadkit convert seeds --to jsonl > seeds.jsonl",
        "  threadkit check dumps/",
        "  threadkit stats dumps/",
        "  threadkit dialects",
        "",
        "Run 'threadkit COMMAND --help' for a command's options."})
public final class Threadkit implements Runnable {

  @Spec
  CommandSpec spec;

  private Threadkit() {}

  /**
   * Runs threadkit on the process's streams and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    Io io = Io.system();
    int status;
    try {
      status = run(io, args);
      io.out().flush();
    } catch (IOException e) {
      status = ExitCodes.FAILED;
    } catch (Throwable e) { // run catches everything it can; this is for what escapes even the flush
      status = fatal(io.err(), e, false);
    }
    io.err().flush();
    System.exit(status);
  }

  /**
   * Runs a threadkit command line in-process. An {@link Error} (running out of memory, say),
   * which picocli's execution handler never sees, is also reported on one line, not as a raw
   * stack trace, and fails with 2: exit status 1 means error diagnostics, not a crash.
   *
   * @param io the streams to read and write
   * @param args the command line, without the program name
   * @return the exit status: 0 success, 1 error diagnostics (check), 2 failure
   */
  public static int run(Io io, String... args) {
    CommandLine commandLine = commandLine(io);
    try {
      return commandLine.execute(args);
    } catch (Throwable e) {
      return fatal(io.err(), e, verbose(commandLine));
    }
  }

  /** Whether the command that ran asked for stack traces. */
  private static boolean verbose(CommandLine commandLine) {
    try {
      CommandLine.ParseResult parsed = commandLine.getParseResult();
      return parsed != null && parsed.asCommandLineList().stream()
          .anyMatch(c -> c.getCommand() instanceof BatchCommand batch && batch.options().verbose());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Reports what stopped the whole run on one line, the stack trace only if verbose; returns 2. */
  private static int fatal(PrintWriter err, Throwable e, boolean verbose) {
    String what = e instanceof OutOfMemoryError
        ? "out of memory (" + e.getMessage() + "): give Java more with -Xmx, or parse fewer dumps at once with --jobs"
        : "internal error: " + e;
    err.println(Reporter.PROGRAM + ": error: " + what);
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.FAILED;
  }

  /**
   * Builds the command tree bound to the given streams.
   *
   * @param io the streams
   * @return the picocli command line, ready to execute
   */
  public static CommandLine commandLine(Io io) {
    CommandLine commandLine = new CommandLine(new Threadkit())
        .addSubcommand(new ConvertCommand(io))
        .addSubcommand(new CheckCommand(io))
        .addSubcommand(new StatsCommand(io))
        .addSubcommand(new DialectsCommand(io))
        .addSubcommand(new CommandLine.HelpCommand());
    // After the subcommands, so that they inherit the streams and handlers too.
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(io.err());
    commandLine.setParameterExceptionHandler(Threadkit::badCommandLine);
    commandLine.setExecutionExceptionHandler((e, failing, parseResult) -> {
      boolean verbose = failing.getCommand() instanceof BatchCommand batch && batch.options().verbose();
      failing.getErr().println(Reporter.PROGRAM + ": error: internal error: " + e);
      if (verbose) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        failing.getErr().print(trace);
      }
      failing.getErr().flush();
      return ExitCodes.FAILED;
    });
    return commandLine;
  }

  /** A wrong command line: one line saying what is wrong, one saying where help is. */
  private static int badCommandLine(ParameterException e, String[] args) {
    CommandLine failing = e.getCommandLine();
    PrintWriter err = failing.getErr();
    err.println(Reporter.PROGRAM + ": error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + failing.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.FAILED;
  }

  /** Without a command: the usage, and a failing status. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required: convert, check, stats or dialects");
  }
}
