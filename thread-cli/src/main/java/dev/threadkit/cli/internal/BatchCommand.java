package dev.threadkit.cli.internal;

import dev.threadkit.parser.DumpParser;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the three commands have in common: INPUT arguments expanded into dumps, parsed on
 * {@code --jobs} threads, and handed over in input order, with progress and a summary.
 */
public abstract class BatchCommand implements Callable<Integer> {

  /** The process's streams. */
  protected final Io io;

  @Spec
  CommandSpec spec;

  @Mixin
  BatchOptions options;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "A dump file, a folder (every *.txt file below it, in path order), or - for standard input.")
  List<String> inputs;

  /**
   * Creates the command.
   *
   * @param io the process's streams
   */
  protected BatchCommand(Io io) {
    this.io = io;
  }

  /**
   * Returns the shared options.
   *
   * @return the options
   */
  public BatchOptions options() {
    return options;
  }

  /**
   * Expands the INPUT arguments, rejecting a bad command line as picocli does.
   *
   * @return the inputs in order
   */
  protected List<Input> expandInputs() {
    if (options.jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + options.jobs);
    }
    try {
      return Inputs.expand(inputs);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Builds the parser the command reads with: strict or not, in the dialect {@code --dialect}
   * names, if any, resolving relative times against {@code --captured}, if given. An unknown
   * dialect is a wrong command line, naming the installed ones.
   *
   * @param strict whether the parser rejects what a lenient one repairs
   * @return the parser
   */
  protected DumpParser parser(boolean strict) {
    DumpParser.Builder builder = DumpParser.builder().strict(strict);
    if (options.dialect != null) {
      List<String> installed = DialectsCommand.names();
      if (!installed.contains(options.dialect)) {
        throw new ParameterException(spec.commandLine(), "unknown dialect '" + options.dialect
            + "'; the installed dialects are " + String.join(", ", installed));
      }
      builder.dialect(options.dialect);
    }
    if (options.captured != null) {
      builder.capturedAt(options.captured);
    }
    return builder.build();
  }

  /**
   * Parses every input in order, reporting progress, and hands each outcome to {@code sink}.
   *
   * @param parser the parser
   * @param all the inputs
   * @param reporter where progress goes
   * @param sink receives each outcome in input order, on this thread
   */
  protected void parseAll(DumpParser parser, List<Input> all, Reporter reporter, Consumer<Outcome> sink) {
    Progress progress = reporter.startProgress(io.interactive(), all.size());
    Loader loader = new Loader(parser, io.in());
    // A parse holds a few times its input in memory: keep the inputs in flight to an eighth of the heap.
    long budget = Math.max(1, Runtime.getRuntime().maxMemory() / 8);
    Batch.run(all, options.jobs, Input::size, budget, loader::load, outcome -> {
      sink.accept(outcome);
      progress.advance(outcome.bytes());
    });
  }

  /**
   * Returns a reporter configured by the shared options.
   *
   * @return a new reporter
   */
  protected Reporter reporter() {
    return new Reporter(io.err(), options.verbose, options.quiet);
  }

  /**
   * Returns standard output as text, UTF-8, not auto-flushing (callers flush at the end).
   *
   * @return a writer over {@link Io#out()}
   */
  protected PrintWriter textOut() {
    return new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), false);
  }
}
