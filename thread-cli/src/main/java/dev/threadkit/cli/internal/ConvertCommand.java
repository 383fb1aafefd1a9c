package dev.threadkit.cli.internal;

import dev.threadkit.export.CorpusExporter;
import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.DocumentExporter;
import dev.threadkit.export.ExportDiagnostic;
import dev.threadkit.export.ExportInput;
import dev.threadkit.export.ExportKind;
import dev.threadkit.export.Exporter;
import dev.threadkit.export.Exporters;
import dev.threadkit.export.StreamExporter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code threadkit convert}: dumps into an export format, one output or one file per dump. */
@Command(name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Convert dumps to an export format.",
        "",
        "One file or - (stdin) and no -o: the result goes to standard output.",
        "Row formats (jsonl, csv) stream every dump into one output, standard output or -o FILE,"
            + " with a discussion column. Document formats (json, graphml, dot, markdown, dump) write"
            + " one file per dump, named by its discussion id, into -o DIR. convokit writes one corpus"
            + " directory at -o DIR. A folder INPUT always counts as many dumps.",
        "",
        "dump writes each dump back in the dialect it was read in; one read in a dialect without a"
            + " writer (plain) is reported and not converted.",
        "",
        "Two dumps with the same discussion id (a/x.txt and b/x.txt) get one rule in every format:"
            + " the first is converted, the later one is refused, naming both. The output is opened"
            + " once a dump has been read: an input that cannot be read leaves no output behind.",
        "",
        "A document file name longer than " + DocumentFileNames.MAX_FILE_NAME_BYTES + " bytes (UTF-8) is"
            + " shortened, as file systems refuse long names: the id is cut and ~ and "
            + DocumentFileNames.HASH_DIGITS + " hex digits of the SHA-256 of the whole id are appended,"
            + " as in <start of id>~1f0c3a9e52.json.",
        "",
        "Exit status: 0 when every input was converted, 2 when one could not be read, was rejected"
            + " or its own file could not be written (the others are still converted), or the one"
            + " output they share (a row format's, the corpus) could not be written."},
    footer = {"",
        "Examples:",
        "  threadkit convert seeds --to jsonl > seeds.jsonl",
        "  threadkit convert dumps/ --to csv -o comments.csv --jobs 4",
        "  threadkit convert dumps/ --to json -o out/",
        "  threadkit convert dumps/ --to convokit -o corpus/",
        "  cat dump.txt | threadkit convert - --to markdown",
        "  threadkit convert --dialect topcor dumps/ --to jsonl -o rows.jsonl"})
public final class ConvertCommand extends BatchCommand {

  @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The output format: ${COMPLETION-CANDIDATES}.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Where to write: a file for one dump or a row format, a folder for many dumps"
          + " in a document format or for convokit (a PATH ending in / is always a folder)."
          + " Default: standard output, where that is possible.")
  Path output;

  @Option(names = "--csv-safe", description = "With --to csv: write a ' before a cell starting with =, +, -, @,"
      + " a tab or a carriage return, so that a spreadsheet shows it as text instead of running it as a formula"
      + " (OWASP's rule against CSV injection). Default: exact text, as data-frame tools need.")
  boolean csvSafe;

  @Option(names = "--strict", description = "Reject a dump with any warning or error: it is reported and not converted.")
  boolean strict;

  /**
   * Creates the command.
   *
   * @param io the process's streams
   */
  public ConvertCommand(Io io) {
    super(io);
  }

  /** The names {@code --to} accepts, for the help text and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Exporters.names().iterator();
    }
  }

  @Override
  public Integer call() {
    Exporter exporter = Exporters.byName(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown format '" + format + "'; the formats are " + String.join(", ", Exporters.names())));
    if (csvSafe) {
      if (!(exporter instanceof CsvExporter)) {
        throw usage("--csv-safe applies to --to csv only");
      }
      exporter = CsvExporter.builder().spreadsheetSafe(true).build();
    }
    DumpParser parser = parser(strict);
    ConvertTarget target = target(exporter, isSingleDump());
    List<Input> all = expandInputs();
    refuseToOverwriteAnInput(all);

    Reporter reporter = reporter();
    DiscussionIds ids = new DiscussionIds();
    long[] comments = {0};
    int[] converted = {0};
    int[] failed = {0};
    boolean[] opened = {false};
    // Row formats are written while each dump is read, with no model (RowTarget.work);
    // the other formats need the whole discussion.
    RowTarget rows = target instanceof RowTarget r && RowTarget.streams(r.exporter()) ? r : null;
    try (target) {
      Consumer<Outcome> sink = outcome -> {
        if (outcome instanceof Outcome.Failed failure) {
          failed[0]++;
          reporter.failed(failure);
          return;
        }
        String label = outcome.input().label();
        Outcome.Parsed parsed = outcome instanceof Outcome.Parsed p ? p : null;
        Outcome.Streamed<?> streamed = outcome instanceof Outcome.Streamed<?> s ? s : null;
        List<Diagnostic> diagnostics = parsed != null ? parsed.result().diagnostics() : streamed.diagnostics();
        for (Diagnostic diagnostic : diagnostics) {
          reporter.diagnostic(label, diagnostic);
        }
        String id = parsed != null ? parsed.result().discussion().id() : streamed.id();
        Optional<String> refused = ids.claim(id, label);
        try {
          if (refused.isEmpty()) {
            if (!opened[0]) {
              opened[0] = true;
              target.open(); // only now: an input that cannot be read leaves no output behind
            }
            if (parsed != null) {
              refused = target.write(exportInput(parsed.result(), label), outcome.input());
            } else {
              rows.writeRows((ByteArrayOutputStream) streamed.made());
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) { // the format cannot carry this discussion: no dump writer of its dialect, say
          refused = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (refused.isEmpty()) {
          converted[0]++;
          comments[0] += parsed != null ? parsed.result().discussion().size() : streamed.comments();
        } else {
          failed[0]++;
          reporter.error(label + ": not converted: " + refused.get(), null);
        }
      };
      if (rows != null) {
        DumpWork<ByteArrayOutputStream> work = rows.work();
        streamAll(parser, all, reporter, work, sink);
      } else {
        parseAll(parser, all, reporter, sink);
      }
    } catch (IOException | UncheckedIOException e) {
      reporter.error("cannot write " + target.describe() + ": " + IoReasons.of(e), e);
      return ExitCodes.FAILED;
    }
    reporter.summary("converted " + Reporter.count(converted[0], "dump") + " ("
        + Reporter.count(comments[0], "comment") + ")", failed[0]);
    return failed[0] > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** A parse result as the exporters take it, the parser's diagnostics included. */
  static ExportInput exportInput(ParseResult result, String label) {
    List<ExportDiagnostic> diagnostics = new ArrayList<>(result.diagnostics().size());
    for (Diagnostic d : result.diagnostics()) {
      diagnostics.add(new ExportDiagnostic(d.severity().name().toLowerCase(Locale.ROOT), d.code().id(), d.line(),
          d.column(), d.message()));
    }
    return ExportInput.parsed(result.discussion(), diagnostics, label);
  }

  /** One file or stdin: a folder counts as many dumps even when it holds one, so its layout never changes. */
  private boolean isSingleDump() {
    if (inputs.size() != 1) {
      return false;
    }
    try {
      return inputs.get(0).equals("-") || !Files.isDirectory(Path.of(inputs.get(0)));
    } catch (java.nio.file.InvalidPathException e) {
      return true; // reported as a bad input in its turn
    }
  }

  private ConvertTarget target(Exporter exporter, boolean single) {
    ExportKind kind = exporter.kind();
    if (kind == ExportKind.DIRECTORY) {
      if (output == null) {
        throw usage(exporter.name() + " writes a corpus directory: give it with -o DIR");
      }
      return new CorpusTarget((CorpusExporter) exporter, output);
    }
    if (kind == ExportKind.STREAM) {
      if (outputIsAFolder()) {
        throw usage(exporter.name() + " writes one file, but -o " + output + " is a folder: name a file");
      }
      return new RowTarget((StreamExporter) exporter, csvSafe, output, io.out());
    }
    DocumentExporter document = (DocumentExporter) exporter;
    if (single && !outputIsAFolder()) {
      return new SingleDocumentTarget(document, output, io.out());
    }
    if (output == null) {
      throw usage(exporter.name() + " writes one file per dump: give the folder for them with -o DIR");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw usage(exporter.name() + " writes one file per dump, but -o " + output + " is a file: name a folder");
    }
    return new DocumentFolderTarget(document, output);
  }

  /**
   * Whether -o names a folder: one that exists, or any path written with a trailing separator
   * ({@code -o out/}), which the conversion to {@link Path} drops, so it is read from the
   * command line as given.
   */
  private boolean outputIsAFolder() {
    if (output == null) {
      return false;
    }
    if (Files.isDirectory(output)) {
      return true;
    }
    List<String> given = spec.findOption("--output").originalStringValues();
    String text = given.isEmpty() ? output.toString() : given.get(given.size() - 1);
    return text.endsWith("/") || text.endsWith(java.io.File.separator);
  }

  private void refuseToOverwriteAnInput(List<Input> all) {
    if (output == null || !Files.isRegularFile(output)) {
      return;
    }
    for (Input input : all) {
      if (input.path().isPresent()) {
        try {
          if (Files.isSameFile(input.path().get(), output)) {
            throw usage("-o " + output + " is one of the inputs; it would be overwritten");
          }
        } catch (IOException e) {
          // the input will report why it cannot be read
        }
      }
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
