package dev.threadkit.cli.internal;

import dev.threadkit.export.CorpusExporter;
import dev.threadkit.export.DocumentExporter;
import dev.threadkit.export.ExportDiagnostic;
import dev.threadkit.export.ExportKind;
import dev.threadkit.export.ExportSession;
import dev.threadkit.export.Exporter;
import dev.threadkit.export.Exporters;
import dev.threadkit.export.JsonExporter;
import dev.threadkit.export.StreamExporter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        "A document file name longer than " + ConvertCommand.MAX_FILE_NAME_BYTES + " bytes (UTF-8) is"
            + " shortened, as file systems refuse long names: the id is cut and ~ and "
            + ConvertCommand.HASH_DIGITS + " hex digits of the SHA-256 of the whole id are appended,"
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
    Target target = target(exporter, isSingleDump());
    DumpParser parser = parser(strict);
    List<Input> all = expandInputs();
    refuseToOverwriteAnInput(all);

    Reporter reporter = reporter();
    long[] comments = {0};
    int[] converted = {0};
    int[] failed = {0};
    Map<String, String> firstWithId = new HashMap<>(); // discussion id -> label of the input that had it first
    try (target) {
      target.open();
      parseAll(parser, all, reporter, outcome -> {
        if (outcome instanceof Outcome.Parsed parsed) {
          for (Diagnostic diagnostic : parsed.result().diagnostics()) {
            reporter.diagnostic(outcome.input().label(), diagnostic);
          }
          Discussion discussion = parsed.result().discussion();
          String earlier = firstWithId.putIfAbsent(discussion.id(), outcome.input().label());
          if (earlier != null && target instanceof StreamTarget) {
            // Rows carry (discussion, id): both dumps' rows go out, but they cannot be told apart.
            reporter.warning(outcome.input().label() + ": discussion id '" + discussion.id() + "' already used by " + earlier);
          }
          try {
            String refused = target.write(parsed.result(), outcome.input());
            if (refused == null) {
              converted[0]++;
              comments[0] += discussion.size();
            } else {
              failed[0]++;
              reporter.error(outcome.input().label() + ": not converted: " + refused, null);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (IllegalArgumentException e) { // the format cannot carry this discussion: no dump writer of its dialect, say
            failed[0]++;
            reporter.error(outcome.input().label() + ": not converted: " + message(e), null);
          }
        } else {
          failed[0]++;
          reporter.failed((Outcome.Failed) outcome);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      reporter.error("cannot write " + target.describe() + ": " + message(cause), cause);
      return ExitCodes.FAILED;
    }
    reporter.summary("converted " + Reporter.count(converted[0], "dump") + " ("
        + Reporter.count(comments[0], "comment") + ")", failed[0]);
    return failed[0] > 0 ? ExitCodes.FAILED : ExitCodes.OK;
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

  private Target target(Exporter exporter, boolean single) {
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
      return new StreamTarget((StreamExporter) exporter, output);
    }
    DocumentExporter document = (DocumentExporter) exporter;
    if (single && !outputIsAFolder()) {
      return new SingleDocumentTarget(document, output);
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

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Why writing {@code file} failed, without repeating the path a FileSystemException puts in its message. */
  private static String why(Throwable e, Path file) {
    if (e instanceof java.nio.file.FileSystemException failed && file.toString().equals(failed.getFile())
        && failed.getOtherFile() == null) {
      if (failed.getReason() != null) {
        return failed.getReason();
      }
      if (failed instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (failed instanceof java.nio.file.NoSuchFileException) {
        return "no such file or folder";
      }
    }
    return message(e);
  }

  /** Where converted discussions go. Used from the one thread that consumes the batch. */
  private abstract class Target implements AutoCloseable {
    /** Opens the output before the first discussion; a row format writes its header here. */
    abstract void open() throws IOException;

    /** Writes one parsed dump; returns null, or why it was refused (a failed input). */
    abstract String write(ParseResult result, Input input) throws IOException;

    /** Names the output in an error message. */
    abstract String describe();

    @Override
    public abstract void close() throws IOException;
  }

  /** Every discussion into one output of a row format. */
  private final class StreamTarget extends Target {
    private final StreamExporter exporter;
    private final Path file;
    private OutputStream out;
    private ExportSession session;

    StreamTarget(StreamExporter exporter, Path file) {
      this.exporter = exporter;
      this.file = file;
    }

    @Override
    void open() throws IOException {
      out = file == null ? io.out() : new BufferedOutputStream(Files.newOutputStream(createParent(file)), 1 << 16);
      session = exporter.open(out);
    }

    @Override
    String write(ParseResult result, Input input) throws IOException {
      Discussion discussion = result.discussion();
      session.write(discussion);
      return null;
    }

    @Override
    String describe() {
      return file == null ? "to standard output" : file.toString();
    }

    @Override
    public void close() throws IOException {
      try {
        if (session != null) {
          session.close();
        }
      } finally {
        if (out != null) {
          if (file == null) {
            out.flush();
          } else {
            out.close();
          }
        }
      }
    }
  }

  /** One dump in a document format: to standard output or to the file -o names. */
  private final class SingleDocumentTarget extends Target {
    private final DocumentExporter exporter;
    private final Path file;

    SingleDocumentTarget(DocumentExporter exporter, Path file) {
      this.exporter = exporter;
      this.file = file;
    }

    @Override
    void open() {}

    @Override
    String write(ParseResult result, Input input) throws IOException {
      if (file == null) {
        writeDocument(exporter, result, io.out());
        io.out().flush();
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(createParent(file)), 1 << 16)) {
          writeDocument(exporter, result, out);
        } catch (IllegalArgumentException e) { // the format cannot carry this discussion: leave no empty file
          Files.deleteIfExists(file);
          return message(e);
        }
      }
      return null;
    }

    @Override
    String describe() {
      return file == null ? "to standard output" : file.toString();
    }

    @Override
    public void close() {}
  }

  /** Many dumps in a document format: one file each, named by discussion id, in a folder. */
  private final class DocumentFolderTarget extends Target {
    private final DocumentExporter exporter;
    private final Path folder;
    private final Map<String, String> writtenFor = new HashMap<>(); // file name -> input label
    private Path current;

    DocumentFolderTarget(DocumentExporter exporter, Path folder) {
      this.exporter = exporter;
      this.folder = folder;
    }

    @Override
    void open() throws IOException {
      current = folder;
      Files.createDirectories(folder);
    }

    @Override
    String write(ParseResult result, Input input) throws IOException {
      Discussion discussion = result.discussion();
      String name = fileName(discussion.id(), exporter.fileExtension());
      current = folder.resolve(name);
      String earlier = writtenFor.putIfAbsent(name, input.label());
      if (earlier != null) {
        return current + " was written for " + earlier + " (both have the discussion id " + discussion.id() + ")";
      }
      Path file = current;
      boolean opened = false;
      try {
        if (input.path().isPresent() && Files.exists(file) && Files.isSameFile(file, input.path().get())) {
          return "it would overwrite itself";
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
          opened = true;
          writeDocument(exporter, result, out);
        }
        return null;
      } catch (IllegalArgumentException e) { // the format cannot carry this discussion
        deletePartial(file);
        return message(e);
      } catch (IOException | UncheckedIOException e) {
        // This dump's own file (a name the file system refuses, a folder in its place): the
        // others still have theirs, so only this input fails. A shared output failing is fatal.
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (opened) {
          deletePartial(file);
        }
        return "cannot write " + file + ": " + why(cause, file);
      }
    }

    /** Removes a document cut short, so that no truncated file looks like a result. */
    private void deletePartial(Path file) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException | RuntimeException e) {
        // best effort: the error already names the file
      }
    }

    @Override
    String describe() {
      return current.toString();
    }

    @Override
    public void close() {}
  }

  /** Any number of dumps into one corpus directory. */
  private final class CorpusTarget extends Target {
    private final CorpusExporter exporter;
    private final Path directory;
    private final Map<String, String> writtenFor = new HashMap<>(); // discussion id -> input label
    private ExportSession session;

    CorpusTarget(CorpusExporter exporter, Path directory) {
      this.exporter = exporter;
      this.directory = directory;
    }

    @Override
    void open() throws IOException {
      session = exporter.open(directory);
    }

    @Override
    String write(ParseResult result, Input input) throws IOException {
      Discussion discussion = result.discussion();
      String earlier = writtenFor.putIfAbsent(discussion.id(), input.label());
      if (earlier != null) {
        return "discussion id '" + discussion.id() + "' already used by " + earlier + " (utterance ids would collide)";
      }
      try {
        session.write(discussion);
        return null;
      } catch (IllegalArgumentException e) { // a discussion id written before
        return e.getMessage();
      }
    }

    @Override
    String describe() {
      return directory.toString();
    }

    @Override
    public void close() throws IOException {
      if (session != null) {
        session.close();
      }
    }
  }

  /** The longest document file name, in UTF-8 bytes: below the 255 that common file systems allow, with room to spare. */
  static final int MAX_FILE_NAME_BYTES = 200;
  /** How many hex digits of the id's hash a shortened file name keeps. */
  static final int HASH_DIGITS = 10;

  /**
   * Returns the file name of a discussion's document: {@code <id>.<extension>}, or when that is
   * longer than {@link #MAX_FILE_NAME_BYTES} UTF-8 bytes, the id cut at a character boundary,
   * {@code ~}, and the start of the SHA-256 of the whole id, so that distinct ids keep
   * distinct names.
   *
   * @param id the discussion id
   * @param extension the format's file extension, without the dot
   * @return a file name of at most {@link #MAX_FILE_NAME_BYTES} bytes
   */
  static String fileName(String id, String extension) {
    String name = id + "." + extension;
    if (utf8Length(name) <= MAX_FILE_NAME_BYTES) {
      return name;
    }
    String suffix = "~" + hashOf(id) + "." + extension;
    int budget = MAX_FILE_NAME_BYTES - utf8Length(suffix);
    StringBuilder start = new StringBuilder();
    int used = 0;
    for (int i = 0; i < id.length(); ) {
      int codePoint = id.codePointAt(i);
      int bytes = utf8Length(new String(Character.toChars(codePoint)));
      if (used + bytes > budget) {
        break;
      }
      start.appendCodePoint(codePoint);
      used += bytes;
      i += Character.charCount(codePoint);
    }
    return start + suffix;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hashOf(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Writes one document; JSON also carries the parser's diagnostics, as the format provides for. */
  private static void writeDocument(DocumentExporter exporter, ParseResult result, OutputStream out)
      throws IOException {
    if (exporter instanceof JsonExporter json) {
      List<ExportDiagnostic> diagnostics = new ArrayList<>(result.diagnostics().size());
      for (Diagnostic d : result.diagnostics()) {
        diagnostics.add(new ExportDiagnostic(d.severity().name().toLowerCase(Locale.ROOT), d.code().id(), d.line(),
            d.column(), d.message()));
      }
      json.write(result.discussion(), diagnostics, out);
    } else {
      exporter.write(result.discussion(), out);
    }
  }

  private static Path createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return file;
  }
}
