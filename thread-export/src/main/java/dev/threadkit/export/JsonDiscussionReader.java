package dev.threadkit.export;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.SourceLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code threadkit.discussion/2} JSON document, as {@link JsonExporter} writes it, back
 * into a {@link Discussion}: for users who keep JSON rather than dumps, and to move discussions
 * between tools. What the exporter writes, this reads back equal (source lines too, when the
 * document has them).
 *
 * <pre>{@code
 * JsonDiscussionReader reader = JsonDiscussionReader.builder().build();
 * Discussion discussion = reader.read(Path.of("out/000_599c788b2f42df5e.json"));
 * }</pre>
 *
 * <p>It streams with Jackson 3's {@link JsonParser} and builds the model with its own
 * validating constructors. Nested replies are read without recursion (an explicit stack
 * holds the open comment objects), so a chain of any depth reads like any other; the order of
 * a comment's fields does not matter. A {@code diagnostics} array and unknown fields are
 * skipped. Attributes are typed by their built-in key ({@link Attribute#builtIn(String)}) or,
 * for a dialect's own, by their JSON type: a number, a flag or text. A document larger than
 * {@link Builder#maxDocumentBytes(long)} (512 MiB by default) is refused before it is read.
 *
 * <p>An instance is immutable and thread-safe.
 */
public final class JsonDiscussionReader {

  private static final String SCHEMA = "threadkit.discussion/2";
  /** The default of {@link Builder#maxDocumentBytes(long)}: 512 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 512L << 20;

  private final long maxDocumentBytes;
  private final JsonMapper mapper;

  private JsonDiscussionReader(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    // Reply chains of any depth nest as deep in JSON: no nesting limit (the reader does not
    // recurse); the document's length is bounded as the builder says, also for a stream.
    this.mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxDocumentLength(maxDocumentBytes)
                .build())
            .build())
        .build();
  }

  /**
   * Starts building a reader.
   *
   * @return a builder with the default limit
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a document given as UTF-8 bytes.
   *
   * @param utf8 the whole document
   * @return the discussion
   * @throws IllegalArgumentException if the document is larger than the limit or is not a
   *     discussion, naming the line and column where it goes wrong
   */
  public Discussion read(byte[] utf8) {
    checkSize(utf8.length, "the document");
    try (JsonParser parser = mapper.createParser(utf8)) {
      return read(parser, "the document");
    }
  }

  /**
   * Reads a document given as text.
   *
   * @param json the whole document
   * @return the discussion
   * @throws IllegalArgumentException if the document is longer than the limit (in characters)
   *     or is not a discussion, naming the line and column where it goes wrong
   */
  public Discussion read(String json) {
    checkSize(json.length(), "the document");
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser, "the document");
    }
  }

  /**
   * Reads a document file, refusing one larger than the limit before reading it, and reading
   * no further than the limit (a file that grows, a device that reports no size).
   *
   * @param file the document
   * @return the discussion
   * @throws UncheckedIOException if the file cannot be read, naming it
   * @throws IllegalArgumentException if it is larger than the limit or is not a discussion,
   *     naming the file, line and column
   */
  public Discussion read(Path file) {
    try {
      checkSize(Files.size(file), file.toString());
      try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
        return read(parser, file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void checkSize(long bytes, String what) {
    if (bytes > maxDocumentBytes) {
      throw new IllegalArgumentException(what + " is " + bytes + " bytes, larger than the limit of " + maxDocumentBytes
          + " bytes: raise it with JsonDiscussionReader.Builder.maxDocumentBytes");
    }
  }

  /** Reads the document, any failure becoming one message that names where it happened. */
  private static Discussion read(JsonParser p, String source) {
    try {
      return read(p);
    } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
      TokenStreamLocation at = p.currentTokenLocation();
      String why = e instanceof JacksonException ? ((JacksonException) e).getOriginalMessage() : e.getMessage();
      if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
        why += "; raise the limit with JsonDiscussionReader.Builder.maxDocumentBytes";
      }
      throw new IllegalArgumentException(source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + why, e);
    }
  }

  private static Discussion read(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_OBJECT, p);
    String id = null;
    boolean schemaSeen = false;
    String dialect = Discussion.NO_DIALECT;
    Article article = null;
    List<Comment> comments = List.of();
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "schema" -> {
          String schema = p.nextStringValue();
          if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("not a " + SCHEMA + " document: schema " + schema);
          }
          schemaSeen = true;
        }
        case "dialect" -> dialect = string(p);
        case "id" -> id = string(p);
        case "article" -> article = article(p);
        case "comments" -> comments = comments(p);
        default -> skipValue(p);
      }
    }
    if (!schemaSeen) {
      throw new IllegalArgumentException("the document has no \"schema\": \"" + SCHEMA + "\"");
    }
    if (id == null) {
      throw new IllegalArgumentException("the document has no discussion id");
    }
    if (p.nextToken() != null) {
      throw new IllegalArgumentException("more after the document's closing brace");
    }
    Discussion.Builder builder = Discussion.builder(id).dialect(dialect);
    if (article != null) {
      builder.article(article);
    }
    return builder.addAll(comments).build();
  }

  private static Article article(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_OBJECT, p);
    String title = "";
    List<String> paragraphs = List.of();
    OptionalInt commentCount = OptionalInt.empty();
    List<String> boilerplate = List.of();
    Attributes attributes = Attributes.none();
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "title" -> title = string(p);
        case "paragraphs" -> paragraphs = strings(p);
        case "commentCount" -> commentCount = p.nextToken() == JsonToken.VALUE_NULL
            ? OptionalInt.empty() : OptionalInt.of(p.getIntValue());
        case "boilerplate" -> boilerplate = strings(p);
        case "attributes" -> attributes = attributes(p);
        default -> skipValue(p);
      }
    }
    return new Article(title, paragraphs, commentCount, boilerplate, attributes);
  }

  /** One comment object being read; frames are reused as the stack grows and shrinks. */
  private static final class Frame {
    int slot;
    String id;
    boolean anonymous;
    String handle;
    String name;
    CommentKind kind;
    LocalDateTime posted;
    String postedAfter;
    String postedBefore;
    String timeWritten;
    String text;
    Attributes attributes;
    List<SourceLine> unplaced;
    LineRange lines;

    void open(int at) {
      slot = at;
      id = null;
      anonymous = false;
      handle = null;
      name = null;
      kind = CommentKind.COMMENT;
      posted = null;
      postedAfter = null;
      postedBefore = null;
      timeWritten = null;
      text = "";
      attributes = Attributes.none();
      unplaced = List.of();
      lines = null;
    }

    Comment toComment() {
      if (id == null || handle == null && !anonymous) {
        throw new IllegalArgumentException("a comment without " + (id == null ? "an id" : "an author"));
      }
      Optional<Author> author = anonymous ? Optional.empty() : Optional.of(new Author(handle, Optional.ofNullable(name)));
      return new Comment(CommentId.parse(id), author, kind, Optional.ofNullable(time()), text, attributes, unplaced,
          Optional.ofNullable(lines));
    }

    private CommentTime time() {
      if (posted != null) {
        return CommentTime.exact(posted);
      }
      if (timeWritten == null) {
        return null;
      }
      Optional<CommentTime.Interval> interval = postedAfter == null || postedBefore == null ? Optional.empty()
          : Optional.of(new CommentTime.Interval(Instant.parse(postedAfter), Instant.parse(postedBefore)));
      return new CommentTime.Relative(timeWritten, interval);
    }
  }

  /** Reads the top-level {@code comments} array and every reply below it, in document order. */
  private static List<Comment> comments(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_ARRAY, p);
    List<Comment> out = new ArrayList<>();
    Frame[] stack = new Frame[16];
    int top = -1; // the innermost open comment object, -1 at the top-level array
    while (true) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.START_OBJECT) {
        if (++top == stack.length) {
          stack = Arrays.copyOf(stack, top * 2);
        }
        Frame frame = stack[top] == null ? (stack[top] = new Frame()) : stack[top];
        frame.open(out.size());
        out.add(null); // the comment's place in document order: before its replies
      } else if (token == JsonToken.END_ARRAY) {
        if (top < 0) {
          return out; // the end of the top-level array
        }
        // the end of the open comment's replies: read on in its object
      } else {
        throw unexpected(token, p);
      }
      if (!fields(p, stack[top])) {
        out.set(stack[top].slot, stack[top].toComment());
        top--;
      }
    }
  }

  /**
   * Reads the fields of a comment object up to the start of its {@code replies} array (returns
   * true: the caller reads the replies, then calls again) or the end of the object (false).
   */
  private static boolean fields(JsonParser p, Frame frame) {
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "id" -> frame.id = string(p);
        case "author" -> author(p, frame);
        case "kind" -> frame.kind = CommentKind.parse(string(p));
        case "posted" -> {
          String posted = nullableString(p);
          frame.posted = posted == null ? null : localDateTime(posted);
        }
        case "postedAfter" -> frame.postedAfter = nullableString(p);
        case "postedBefore" -> frame.postedBefore = nullableString(p);
        case "timeWritten" -> frame.timeWritten = nullableString(p);
        case "text" -> frame.text = string(p);
        case "attributes" -> frame.attributes = attributes(p);
        case "unplaced" -> frame.unplaced = unplaced(p);
        case "lines" -> frame.lines = lines(p);
        case "replies" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY, p);
          return true;
        }
        default -> skipValue(p);
      }
    }
    return false;
  }

  private static void author(JsonParser p, Frame frame) {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NULL) {
      frame.anonymous = true;
      return;
    }
    expect(token, JsonToken.START_OBJECT, p);
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "handle" -> frame.handle = string(p);
        case "name" -> frame.name = nullableString(p);
        default -> skipValue(p);
      }
    }
  }

  private static LineRange lines(JsonParser p) {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(token, JsonToken.START_OBJECT, p);
    int first = 0;
    int last = 0;
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "first" -> first = lineNumber(p);
        case "last" -> last = lineNumber(p);
        default -> skipValue(p);
      }
    }
    return new LineRange(first, last);
  }

  private static int lineNumber(JsonParser p) {
    expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, p);
    return p.getIntValue();
  }

  /** An {@code attributes} object: built-in keys by name, a dialect's own by the JSON type of the value. */
  private static Attributes attributes(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_OBJECT, p);
    Attributes attributes = Attributes.none();
    for (String name; (name = p.nextName()) != null; ) {
      JsonToken token = p.nextToken();
      Attribute<?> key = Attribute.builtIn(name).orElse(null);
      String text;
      switch (token) {
        case VALUE_NUMBER_INT -> {
          text = Long.toString(p.getLongValue());
          key = key != null ? key : Attribute.number(name);
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          text = Boolean.toString(token == JsonToken.VALUE_TRUE);
          key = key != null ? key : Attribute.flag(name);
        }
        case VALUE_STRING -> {
          text = p.getString();
          key = key != null ? key : Attribute.text(name);
        }
        default -> throw unexpected(token, p);
      }
      attributes = with(attributes, key, text);
    }
    return attributes;
  }

  private static <T> Attributes with(Attributes attributes, Attribute<T> key, String text) {
    return attributes.with(key, key.parse(text));
  }

  private static List<SourceLine> unplaced(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_ARRAY, p);
    List<SourceLine> lines = new ArrayList<>();
    for (JsonToken token; (token = p.nextToken()) != JsonToken.END_ARRAY; ) {
      expect(token, JsonToken.START_OBJECT, p);
      int line = 0;
      String text = null;
      for (String name; (name = p.nextName()) != null; ) {
        switch (name) {
          case "line" -> line = p.nextIntValue(0);
          case "text" -> text = string(p);
          default -> skipValue(p);
        }
      }
      if (text == null) {
        throw new IllegalArgumentException("an unplaced line without text");
      }
      lines.add(new SourceLine(line, text));
    }
    return lines;
  }

  /**
   * Reads {@code 2020-12-09T15:42:00}, the form the exporter writes, by hand (as the dump
   * parser reads its dates); anything else goes to {@link LocalDateTime#parse}.
   */
  static LocalDateTime localDateTime(String s) {
    if (s.length() == 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
        && s.charAt(13) == ':' && s.charAt(16) == ':') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      int hour = digits(s, 11, 13);
      int minute = digits(s, 14, 16);
      int second = digits(s, 17, 19);
      if ((year | month | day | hour | minute | second) >= 0) {
        return LocalDateTime.of(year, month, day, hour, minute, second);
      }
    }
    return LocalDateTime.parse(s);
  }

  /** The number in {@code s[from, to)}, or -1 if it holds anything but digits. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static List<String> strings(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_ARRAY, p);
    List<String> values = new ArrayList<>();
    for (JsonToken token; (token = p.nextToken()) != JsonToken.END_ARRAY; ) {
      expect(token, JsonToken.VALUE_STRING, p);
      values.add(p.getString());
    }
    return values;
  }

  private static String string(JsonParser p) {
    JsonToken token = p.nextToken();
    expect(token, JsonToken.VALUE_STRING, p);
    return p.getString();
  }

  private static String nullableString(JsonParser p) {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(token, JsonToken.VALUE_STRING, p);
    return p.getString();
  }

  private static void skipValue(JsonParser p) {
    p.nextToken();
    p.skipChildren();
  }

  private static void expect(JsonToken actual, JsonToken expected, JsonParser p) {
    if (actual != expected) {
      throw new IllegalArgumentException("expected " + expected + " but found " + actual);
    }
  }

  private static IllegalArgumentException unexpected(JsonToken token, JsonParser p) {
    return new IllegalArgumentException("unexpected " + token);
  }

  /** Builds a {@link JsonDiscussionReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;

    private Builder() {}

    /**
     * Sets the largest document read from bytes or a file, checked before reading it.
     *
     * @param value bytes, at least 1; the default is {@value JsonDiscussionReader#DEFAULT_MAX_DOCUMENT_BYTES} (512 MiB)
     * @return this builder
     * @throws IllegalArgumentException if the value is below 1
     */
    public Builder maxDocumentBytes(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxDocumentBytes must be at least 1, got " + value);
      }
      this.maxDocumentBytes = value;
      return this;
    }

    /**
     * Returns the reader.
     *
     * @return a new immutable reader
     */
    public JsonDiscussionReader build() {
      return new JsonDiscussionReader(this);
    }
  }
}
