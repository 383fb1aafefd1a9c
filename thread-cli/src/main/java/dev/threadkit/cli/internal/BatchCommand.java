package dev.threadkit.cli.internal;

import dev.threadkit.parser.DumpFiles;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParserLimits;
import java.nio.charset.Charset;
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

  /** What folders held that looked like dumps and was not read, for the summary. */
  private List<DumpFiles.Skipped> skipped = List.of();

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "A dump file, a folder (every *.txt file below it, in path order, links followed), or - for standard"
          + " input.")
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
      Inputs.Expanded expanded = Inputs.expandAll(inputs);
      skipped = expanded.skipped();
      return expanded.inputs();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Returns a parser configured by the shared options: the dialect {@code --dialect} names, if
   * any (an unknown one is a wrong command line, naming the installed ones), the time of the
   * copy {@code --captured} gives, the charset and every limit.
   *
   * @param strict whether the parser rejects what a lenient one repairs
   * @return the parser
   * @throws ParameterException for an unknown charset or a limit out of range
   */
  protected DumpParser parser(boolean strict) {
    DumpParser.Builder parser = DumpParser.builder().strict(strict);
    if (options.encoding != null) {
      try {
        parser.charset(Charset.forName(options.encoding));
      } catch (IllegalArgumentException e) { // unsupported or illegal charset names
        throw new ParameterException(spec.commandLine(), "unknown --encoding '" + options.encoding
            + "'; for example windows-1251, KOI8-R, ISO-8859-1, UTF-8, UTF-16");
      }
    }
    if (options.dialect != null) {
      List<String> installed = DialectsCommand.names();
      if (!installed.contains(options.dialect)) {
        throw new ParameterException(spec.commandLine(), "unknown dialect '" + options.dialect
            + "'; the installed dialects are " + String.join(", ", installed));
      }
      parser.dialect(options.dialect);
    }
    if (options.captured != null) {
      parser.capturedAt(options.captured);
    }
    ParserLimits.Builder limits = ParserLimits.builder();
    if (options.maxInputMb != null) {
      if (options.maxInputMb < 1 || options.maxInputMb > MAX_INPUT_MB) {
        throw new ParameterException(spec.commandLine(),
            "--max-input-mb must be from 1 to " + MAX_INPUT_MB + ", got " + options.maxInputMb);
      }
      limits.maxInputBytes(options.maxInputMb == MAX_INPUT_MB ? Integer.MAX_VALUE : options.maxInputMb << 20);
    }
    if (options.maxInputChars != null) {
      limits.maxInputLength(options.maxInputChars);
    }
    if (options.maxLineLength != null) {
      limits.maxLineLength(options.maxLineLength);
    }
    if (options.maxDepth != null) {
      limits.maxDepth(options.maxDepth);
    }
    if (options.maxDiagnostics != null) {
      limits.maxDiagnostics(options.maxDiagnostics);
    }
    try {
      return parser.limits(limits.build()).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--max-input-chars, --max-line-length and --max-diagnostics"
          + " must be at least 1, --max-depth at least 0");
    }
  }

  /** The largest --max-input-mb: 2 GiB, the most one Java array holds. */
  private static final int MAX_INPUT_MB = 2048;

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
   * Reads every input in order through the parser's streaming layer into {@code work}, without
   * building a model ({@link Loader#stream}), reporting progress, and hands each outcome to
   * {@code sink}: {@link Outcome.Streamed} or {@link Outcome.Failed}.
   *
   * @param <T> what the work makes of a dump
   * @param parser the parser
   * @param all the inputs
   * @param reporter where progress goes
   * @param work what to make of each dump, on the worker threads
   * @param sink receives each outcome in input order, on this thread
   */
  protected <T> void streamAll(DumpParser parser, List<Input> all, Reporter reporter, DumpWork<T> work,
      Consumer<Outcome> sink) {
    Progress progress = reporter.startProgress(io.interactive(), all.size());
    Loader loader = new Loader(parser, io.in());
    // A dump and what is made of it while it is read (its rows: about its size) stay in memory
    // until it is written, in input order; keep the inputs in flight to an eighth of the heap.
    long budget = Math.max(1, Runtime.getRuntime().maxMemory() / 8);
    Batch.run(all, options.jobs, Input::size, budget, input -> loader.stream(input, work), outcome -> {
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
    Reporter reporter = new Reporter(io.err(), options.verbose, options.quiet);
    reporter.skipped(skipped);
    return reporter;
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
