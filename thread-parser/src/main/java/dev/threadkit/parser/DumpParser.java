package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

import dev.threadkit.parser.internal.Decoding;
import dev.threadkit.parser.internal.Dialects;
import dev.threadkit.parser.internal.FileBytes;
import dev.threadkit.parser.internal.ModelBuilder;
import dev.threadkit.parser.internal.StreamReader;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final OffsetDateTime captured; // null: relative times stay unresolved
  private final Optional<Charset> charset;

  private DumpParser(Builder builder) {
    this.strict = builder.strict;
    this.limits = builder.limits;
    this.dialects = Dialects.load(builder.extra, builder.vocabularies);
    this.captured = builder.captured;
    if (builder.dialect == null) {
      this.forced = null;
    } else {
      this.forced = dialects.get(builder.dialect);
      if (forced == null) {
        throw new IllegalArgumentException("no dialect named '" + builder.dialect + "'; installed: "
            + String.join(", ", dialects.all().stream().map(Dialect::name).toList()));
      }
    }
    this.charset = builder.charset;
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
   * Returns the charset bytes are decoded in, if one was given.
   *
   * @return the charset; empty when it is detected for each input (see {@link Builder#charset(Charset)})
   */
  public Optional<Charset> charset() {
    return charset;
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
   * Parses a dump given as bytes, decoded in the {@link Builder#charset(Charset) charset} given,
   * or else detected: see {@link Builder#charset(Charset)}. In UTF-8, bytes that are not UTF-8
   * become U+FFFD replacement characters and an {@code invalid-utf8} diagnostic; a leading
   * byte-order mark is skipped.
   *
   * @param bytes the whole dump
   * @param id the discussion's id, also used as the source name in messages
   * @return the discussion, its diagnostics and unplaced lines
   * @throws DumpParseException if the parser is strict and the dump has problems, or the input passes a limit
   */
  public ParseResult parse(byte[] bytes, String id) {
    requireNonNull(bytes, "bytes");
    requireNonNull(id, "id");
    return parseBytes(bytes, id, id);
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
        limits.validateInputLength((long) text.length() + n, id);
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + id + ": " + e.getMessage(), e);
    }
    return finish(id, id, text.toString(), List.of());
  }

  /**
   * Parses a dump file, decoded as {@link #parse(byte[], String)} says. The discussion's id is
   * the file name without its extension; messages name the path. The file's size is checked
   * against {@link ParserLimits#maxInputBytes()} before it is read, and it is read no further
   * than the limit (a file that grows, a device that reports no size).
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
      long size = Files.size(file);
      limits.validateInputBytes(size, sourceName);
      try (InputStream in = Files.newInputStream(file)) {
        // one array of the file's size; one byte past the limit tells a file that grew past it apart
        bytes = FileBytes.read(in, size, (int) Math.min(limits.maxInputBytes() + 1L, Integer.MAX_VALUE - 8));
      }
      limits.validateInputBytes(bytes.length, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    return parseBytes(bytes, idOf(file), sourceName);
  }

  /**
   * Lazily parses every dump below a folder ({@link DumpFiles#below(Path)}: every
   * {@code *.txt} file, following links), in path order. Close the stream (try-with-resources)
   * when done.
   *
   * @param folder the folder to walk, or a link to one
   * @return one result per dump, parsed when the stream reaches it
   * @throws UncheckedIOException if the folder cannot be listed, or later, a file cannot be read
   */
  public Stream<ParseResult> parseAll(Path folder) {
    List<Path> files;
    try {
      files = DumpFiles.below(folder).dumps();
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
    limits.validateInputBytes(bytes.length, sourceName); // before decoding; the text's length is checked after
    Decoding decoded = Decoding.decode(bytes, charset);
    return finish(id, sourceName, decoded.text(), decoded.replacedOffsets(), notes(decoded));
  }

  /**
   * Streams the parts of a dump held in a String to a handler, in input order, without building
   * the model: the streaming layer under {@link #parse(String, String)}. Strict parsing does not
   * apply: the handler receives every diagnostic, up to {@link ParserLimits#maxDiagnostics()},
   * then one {@code too-many-diagnostics} note counting the rest.
   *
   * @param text the whole dump
   * @param id the dump's name in messages
   * @param handler where the parts go
   * @return the diagnostics the handler received, sorted by line and column as
   *     {@link ParseResult#diagnostics()} has them
   * @throws DumpParseException if the input passes a limit
   */
  public List<Diagnostic> read(String text, String id, DumpHandler handler) {
    requireNonNull(text, "text");
    requireNonNull(id, "id");
    requireNonNull(handler, "handler");
    return stream(text, id, List.of(), List.of(), handler);
  }

  /**
   * Streams the parts of a dump given as bytes to a handler, decoded as
   * {@link #parse(byte[], String)} decodes them (charset, byte-order mark, bytes that are not
   * UTF-8 and their diagnostics), without building the model.
   *
   * @param bytes the whole dump
   * @param id the dump's name in messages
   * @param handler where the parts go
   * @return the diagnostics the handler received, sorted by line and column
   * @throws DumpParseException if the input passes a limit
   */
  public List<Diagnostic> read(byte[] bytes, String id, DumpHandler handler) {
    requireNonNull(bytes, "bytes");
    requireNonNull(id, "id");
    requireNonNull(handler, "handler");
    limits.validateInputBytes(bytes.length, id); // before decoding; the text's length is checked after
    Decoding decoded = Decoding.decode(bytes, charset);
    return stream(decoded.text(), id, decoded.replacedOffsets(), notes(decoded), handler);
  }

  private static List<Diagnostic> notes(Decoding decoded) {
    return decoded.note().isEmpty() ? List.of()
        : List.of(new Diagnostic(DiagnosticCode.DECODED_AS, 1, 1, decoded.note().get(), ""));
  }

  /** Reads {@code text} in its dialect; {@code before} are diagnostics found before it was read (its decoding). */
  private List<Diagnostic> stream(String text, String sourceName, List<Integer> replacedOffsets, List<Diagnostic> before,
      DumpHandler handler) {
    limits.validateInputLength(text.length(), sourceName);
    Dialects.Choice choice = forced != null ? new Dialects.Choice(forced, List.of()) : dialects.choose(text);
    List<Diagnostic> found = before;
    if (!choice.diagnostics().isEmpty()) {
      found = new ArrayList<>(before);
      found.addAll(choice.diagnostics());
    }
    return new StreamReader(limits, sourceName, text, replacedOffsets, choice.dialect().newReader(), handler, captured)
        .run(choice.dialect().name(), found);
  }

  private ParseResult finish(String id, String sourceName, String text, List<Integer> replacedOffsets) {
    return finish(id, sourceName, text, replacedOffsets, List.of());
  }

  private ParseResult finish(String id, String sourceName, String text, List<Integer> replacedOffsets,
      List<Diagnostic> before) {
    ModelBuilder builder = new ModelBuilder(id, text);
    List<Diagnostic> diagnostics = stream(text, sourceName, replacedOffsets, before, builder);
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
   * @return for example {@code DumpParser[lenient, detected charset, ParserLimits[...]]}
   */
  @Override
  public String toString() {
    return "DumpParser[" + (strict ? "strict" : "lenient") + ", " + charset.map(Charset::name).orElse("detected charset")
        + ", " + limits + "]";
  }

  /** Builds a {@link DumpParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private boolean strict;
    private ParserLimits limits = ParserLimits.defaults();
    private String dialect;
    private final List<Dialect> extra = new ArrayList<>();
    private final java.util.Map<String, Vocabulary> vocabularies = new java.util.LinkedHashMap<>();
    private OffsetDateTime captured;
    private Optional<Charset> charset = Optional.empty();

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
     * Tells when the pages were copied, so that relative times ({@code 5 hours ago},
     * {@code Вчера, 15:35}) are resolved to the interval of instants they denote
     * ({@link dev.threadkit.model.CommentTime.Relative#interval()}); without it they are kept
     * as written only. The offset is the site clock's, for relative days.
     *
     * @param value the time of the copy
     * @return this builder
     */
    public Builder capturedAt(OffsetDateTime value) {
      this.captured = requireNonNull(value, "capturedAt");
      return this;
    }

    /**
     * Adds words to a dialect's vocabulary: another language's month names or status words,
     * as data, without writing a dialect.
     *
     * <pre>{@code
     * DumpParser parser = DumpParser.builder()
     *     .vocabulary("topcor", Vocabulary.parse("month 12 grudnia\nstatus offline Niedostępny"))
     *     .build();
     * }</pre>
     *
     * @param dialect the dialect's name
     * @param words the words to add, to those added before
     * @return this builder
     * @throws IllegalArgumentException from {@link #build()} if no dialect has that name or it reads no vocabulary
     */
    public Builder vocabulary(String dialect, Vocabulary words) {
      requireNonNull(dialect, "dialect");
      requireNonNull(words, "words");
      vocabularies.merge(dialect, words, Vocabulary::plus);
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
     * Sets the charset that dumps given as bytes (files, byte arrays) are decoded in.
     *
     * <p>By default none is set and each input's is detected: a UTF-16 or UTF-32 byte-order
     * mark names it; valid UTF-8 (or UTF-8 with a few bad bytes, each reported as
     * {@code invalid-utf8}) is UTF-8; anything else is read as the most likely of
     * windows-1251, KOI8-R and ISO-8859-1, judged from the high bytes of its first 64 KiB,
     * with one {@code decoded-as} note naming the choice.
     *
     * @param value the charset, such as {@code Charset.forName("windows-1251")}
     * @return this builder
     */
    public Builder charset(Charset value) {
      this.charset = Optional.of(requireNonNull(value, "charset"));
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
