package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

import dev.threadkit.parser.internal.Decoding;
import dev.threadkit.parser.internal.Dialects;
import dev.threadkit.parser.internal.ModelBuilder;
import dev.threadkit.parser.internal.StreamReader;
import dev.threadkit.parser.spi.Dialect;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads dumps (an article followed by its comment section, copied out of a web page as plain
 * text) into {@link dev.threadkit.model.Discussion}s.
 *
 * <p>Each site layout is a {@link Dialect}; the parser scores every installed dialect on the
 * start of each input and reads it with the best one, or with the one the builder names.
 * Dialects in jars of their own are found with {@link java.util.ServiceLoader} like the
 * built-in ones ({@code topcor}, {@code numbered}, {@code plain}). A text no dialect fits is
 * read as {@code plain}: all of it the article, with a {@code no-comments-found} diagnostic.
 *
 * <p>By default the parser is lenient: whatever looks wrong becomes a {@link Diagnostic}
 * with its line and column, the parse goes on, and no text is lost. A strict parser throws
 * a {@link DumpParseException} for anything a lenient one would repair. Past a
 * {@link ParserLimits limit}, both throw.
 *
 * <pre>{@code
 * DumpParser parser = DumpParser.builder().build();
 * ParseResult result = parser.parse(Path.of("seeds/000_599c788b2f42df5e.txt"));
 * Discussion discussion = result.discussion();
 * result.diagnostics().forEach(d -> System.err.println(d.format(result.sourceName())));
 *
 * try (Stream<ParseResult> all = parser.parseAll(Path.of("dumps"))) {
 *   all.forEach(r -> System.out.println(r.discussion().id() + " " + r.discussion().size()));
 * }
 * }</pre>
 *
 * <p>For work that needs no model, {@link #read(String, String, DumpHandler)} streams the
 * parts of a dump to a handler instead. A parser is immutable and thread-safe: build one and
 * share it.
 */
public final class DumpParser {

  private final boolean strict;
  private final ParserLimits limits;
  private final Dialects dialects;
  private final Dialect forced; // null: detect per input

  private DumpParser(Builder builder) {
    this.strict = builder.strict;
    this.limits = builder.limits;
    this.dialects = Dialects.load(builder.extra);
    if (builder.dialect == null) {
      this.forced = null;
    } else {
      this.forced = dialects.get(builder.dialect);
      if (forced == null) {
        throw new IllegalArgumentException("no dialect named '" + builder.dialect + "'; installed: "
            + String.join(", ", dialects.all().stream().map(Dialect::name).toList()));
      }
    }
  }

  /**
   * Starts building a parser; the defaults are lenient parsing and {@link ParserLimits#defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether this parser rejects what a lenient one repairs.
   *
   * @return {@code true} for a strict parser
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns the dialects this parser can read, in name order.
   *
   * @return the installed dialects and those added to the builder
   */
  public List<Dialect> dialects() {
    return dialects.all();
  }

  /**
   * Returns the limits this parser enforces.
   *
   * @return the limits
   */
  public ParserLimits limits() {
    return limits;
  }

  /**
   * Parses a dump held in a String.
   *
   * @param text the whole dump
   * @param id the discussion's id, also used as the source name in messages
   * @return the discussion, its diagnostics and unplaced lines
   * @throws DumpParseException if the parser is strict and the dump has problems, or the input passes a limit
   * @throws IllegalArgumentException if {@code id} is blank or holds a line break
   */
  public ParseResult parse(String text, String id) {
    requireNonNull(text, "text");
    requireNonNull(id, "id");
    return finish(id, id, text, List.of());
  }

  /**
   * Parses a dump given as UTF-8 bytes. Bytes that are not UTF-8 become U+FFFD replacement
   * characters and an {@code invalid-utf8} diagnostic; a leading byte-order mark is skipped.
   *
   * @param utf8 the whole dump
   * @param id the discussion's id, also used as the source name in messages
   * @return the discussion, its diagnostics and unplaced lines
   * @throws DumpParseException if the parser is strict and the dump has problems, or the input passes a limit
   */
  public ParseResult parse(byte[] utf8, String id) {
    requireNonNull(utf8, "utf8");
    requireNonNull(id, "id");
    return parseBytes(utf8, id, id);
  }

  /**
   * Parses a dump read from a character stream, to its end. The reader is not closed.
   *
   * @param reader the dump's characters
   * @param id the discussion's id, also used as the source name in messages
   * @return the discussion, its diagnostics and unplaced lines
   * @throws UncheckedIOException if reading fails
   * @throws DumpParseException if the parser is strict and the dump has problems, or the input passes a limit
   */
  public ParseResult parse(Reader reader, String id) {
    requireNonNull(reader, "reader");
    requireNonNull(id, "id");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        if ((long) text.length() + n > limits.maxInputLength()) {
          throw inputTooLarge(id, limits);
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + id + ": " + e.getMessage(), e);
    }
    return finish(id, id, text.toString(), List.of());
  }

  /**
   * Parses a dump file, read as UTF-8. The discussion's id is the file name without its
   * extension; messages name the path.
   *
   * @param file the dump
   * @return the discussion, its diagnostics and unplaced lines
   * @throws UncheckedIOException if the file cannot be read, naming it
   * @throws DumpParseException if the parser is strict and the dump has problems, or the input passes a limit
   */
  public ParseResult parse(Path file) {
    String sourceName = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > 3L * limits.maxInputLength()) {
        throw inputTooLarge(sourceName, limits);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    return parseBytes(bytes, idOf(file), sourceName);
  }

  /**
   * Lazily parses every {@code *.txt} file below a folder, in path order. Close the stream
   * (try-with-resources) to release the folder walk.
   *
   * @param folder the folder to walk
   * @return one result per dump, parsed when the stream reaches it
   * @throws UncheckedIOException if the folder cannot be listed, or later, a file cannot be read
   */
  public Stream<ParseResult> parseAll(Path folder) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".txt")
              && Files.isRegularFile(p))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return files.stream().map(this::parse);
  }

  /**
   * Returns the discussion id for a dump file: its name without the extension. A name that
   * would make no valid id (blank, or holding a line break) has those characters replaced by
   * {@code _}, so that every file gets a discussion.
   *
   * @param file a path
   * @return for {@code seeds/000_599c788b2f42df5e.txt}, {@code 000_599c788b2f42df5e}
   */
  public static String idOf(Path file) {
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    int dot = fileName.lastIndexOf('.');
    String id = dot > 0 ? fileName.substring(0, dot) : fileName;
    id = id.replace('\n', '_').replace('\r', '_');
    return id.isBlank() ? "_".repeat(Math.max(1, id.codePointCount(0, id.length()))) : id;
  }

  private ParseResult parseBytes(byte[] bytes, String id, String sourceName) {
    // UTF-8 takes at most three bytes a character: past three times the limit, the text is
    // too long before it is decoded. The decoded length is checked exactly by the reader.
    if (bytes.length > 3L * limits.maxInputLength()) {
      throw inputTooLarge(sourceName, limits);
    }
    Decoding decoded = Decoding.decode(bytes);
    return finish(id, sourceName, decoded.text(), decoded.replacedOffsets());
  }

  /**
   * Streams the parts of a dump held in a String to a handler, in input order, without building
   * the model: the streaming layer under {@link #parse(String, String)}. Strict parsing does not
   * apply: the handler receives every diagnostic.
   *
   * @param text the whole dump
   * @param id the dump's name in messages
   * @param handler where the parts go
   * @throws DumpParseException if the input passes a limit
   */
  public void read(String text, String id, DumpHandler handler) {
    requireNonNull(text, "text");
    requireNonNull(id, "id");
    requireNonNull(handler, "handler");
    stream(text, id, List.of(), handler);
  }

  private List<Diagnostic> stream(String text, String sourceName, List<Integer> replacedOffsets, DumpHandler handler) {
    if (text.length() > limits.maxInputLength()) {
      throw inputTooLarge(sourceName, limits);
    }
    Dialects.Choice choice = forced != null ? new Dialects.Choice(forced, List.of()) : dialects.choose(text);
    return new StreamReader(limits, sourceName, text, replacedOffsets, choice.dialect().newReader(), handler)
        .run(choice.dialect().name(), choice.diagnostics());
  }

  private static DumpParseException inputTooLarge(String sourceName, ParserLimits limits) {
    return new DumpParseException(sourceName, List.of(new Diagnostic(DiagnosticCode.INPUT_TOO_LARGE, 1, 1,
        "input is longer than the limit of " + limits.maxInputLength()
            + " characters (raise ParserLimits.maxInputLength to read it)", "")));
  }

  private ParseResult finish(String id, String sourceName, String text, List<Integer> replacedOffsets) {
    ModelBuilder builder = new ModelBuilder(id);
    List<Diagnostic> diagnostics = stream(text, sourceName, replacedOffsets, builder);
    ParseResult result = new ParseResult(sourceName, builder.discussion(), diagnostics, builder.unplaced());
    if (strict && result.hasProblems()) {
      List<Diagnostic> problems = new ArrayList<>();
      for (Diagnostic d : result.diagnostics()) {
        if (d.severity() != Severity.INFO) {
          problems.add(d);
        }
      }
      throw new DumpParseException(sourceName, problems);
    }
    return result;
  }

  /**
   * Returns a short description of the configuration.
   *
   * @return for example {@code DumpParser[lenient, ParserLimits[...]]}
   */
  @Override
  public String toString() {
    return "DumpParser[" + (strict ? "strict" : "lenient") + ", " + limits + "]";
  }

  /** Builds a {@link DumpParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private boolean strict;
    private ParserLimits limits = ParserLimits.defaults();
    private String dialect;
    private final List<Dialect> extra = new ArrayList<>();

    private Builder() {}

    /**
     * Reads every input in one dialect instead of choosing one per input.
     *
     * @param name an installed dialect's name, such as {@code topcor}
     * @return this builder
     * @throws IllegalArgumentException from {@link #build()} if no dialect has that name
     */
    public Builder dialect(String name) {
      this.dialect = requireNonNull(name, "name");
      return this;
    }

    /**
     * Adds a dialect to those found by {@link java.util.ServiceLoader}, replacing an installed
     * one of the same name.
     *
     * @param value the dialect
     * @return this builder
     * @throws IllegalArgumentException from {@link #build()} if its name is not a lower-case
     *     letter, then lower-case letters, digits or {@code -}
     */
    public Builder addDialect(Dialect value) {
      extra.add(requireNonNull(value, "dialect"));
      return this;
    }

    /**
     * Chooses strict parsing: any warning or error throws {@link DumpParseException}.
     *
     * @param value {@code true} for strict, {@code false} (the default) for lenient
     * @return this builder
     */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /**
     * Sets the limits.
     *
     * @param value the limits; the default is {@link ParserLimits#defaults()}
     * @return this builder
     */
    public Builder limits(ParserLimits value) {
      this.limits = requireNonNull(value, "limits");
      return this;
    }

    /**
     * Returns the parser.
     *
     * @return a new immutable parser
     */
    public DumpParser build() {
      return new DumpParser(this);
    }
  }
}
