package dev.threadkit.bench;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The databind peer of the parser: Jackson 3 binding the discussion's {@code json} export to
 * plain records that mirror {@code docs/discussion.schema.json} field for field
 * ({@link JsonMapper#readValue}), then turning those into the model. This is how most users
 * would read the export with Jackson, so issue 12's "parse at least 4x Jackson databind reading
 * the same discussion's JSON into the same model" is stated against it.
 *
 * <p>Databind does the JSON work (tokens, field names, records, {@code java.time} values); the
 * second step builds the same model objects the parser builds, with the model's own
 * constructors. {@code DatabindPeerTest} proves the result equals the parsed discussion, source
 * lines included, so the two do the same work. The records are public only so that databind
 * binds them without reflection tricks; they are no API.
 */
public final class DatabindPeer {

  /**
   * Binds the records; thread-safe once built, shared by every read. An unknown field fails the
   * read, so a document that reads at all had every field bound.
   */
  private final JsonMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * Reads a {@code threadkit.discussion/2} document into the model.
   *
   * @param json the document
   * @return the discussion it holds
   * @throws tools.jackson.core.JacksonException if it is no JSON or does not fit the records
   * @throws IllegalArgumentException if it is not a discussion the model accepts
   */
  public Discussion read(String json) {
    return toModel(mapper.readValue(json, DiscussionJson.class));
  }

  /** The top-level object of the schema. */
  public record DiscussionJson(String schema, String dialect, String id, ArticleJson article,
      List<CommentJson> comments, List<DiagnosticJson> diagnostics) {}

  /** {@code $defs/article}. */
  public record ArticleJson(String title, List<String> paragraphs, Integer commentCount, List<String> boilerplate,
      Map<String, Object> attributes) {}

  /** {@code $defs/comment}, its replies nested. */
  public record CommentJson(String id, AuthorJson author, String kind, LocalDateTime posted, Instant postedAfter,
      Instant postedBefore, String timeWritten, String text, Map<String, Object> attributes,
      List<UnplacedJson> unplaced, LinesJson lines, List<CommentJson> replies) {}

  /** A comment's author; the comment's {@code author} is null for an anonymous one. */
  public record AuthorJson(String handle, String name) {}

  /** One of a comment's {@code unplaced} lines. */
  public record UnplacedJson(int line, String text) {}

  /** A comment's {@code lines}. */
  public record LinesJson(int first, int last) {}

  /** {@code $defs/diagnostic}: bound for completeness; the model holds no diagnostics. */
  public record DiagnosticJson(String severity, String code, int line, int column, String message) {}

  /**
   * Turns bound records into the model.
   *
   * @param json a bound document
   * @return the discussion
   * @throws IllegalArgumentException if it is not a {@code threadkit.discussion/2} document the model accepts
   */
  public static Discussion toModel(DiscussionJson json) {
    if (!"threadkit.discussion/2".equals(json.schema())) {
      throw new IllegalArgumentException("not a threadkit.discussion/2 document: schema " + json.schema());
    }
    Discussion.Builder out = Discussion.builder(json.id())
        .dialect(json.dialect() == null ? Discussion.NO_DIALECT : json.dialect());
    if (json.article() != null) {
      out.article(article(json.article()));
    }
    if (json.comments() != null) {
      List<Comment> comments = new ArrayList<>();
      for (CommentJson comment : json.comments()) {
        addInDocumentOrder(comment, comments);
      }
      out.addAll(comments);
    }
    return out.build();
  }

  private static Article article(ArticleJson json) {
    return new Article(json.title() == null ? "" : json.title(), orEmpty(json.paragraphs()),
        json.commentCount() == null ? OptionalInt.empty() : OptionalInt.of(json.commentCount()),
        orEmpty(json.boilerplate()), attributes(json.attributes()));
  }

  /** A comment, then its replies: recursive, as deep as databind itself went to bind them. */
  private static void addInDocumentOrder(CommentJson json, List<Comment> out) {
    out.add(comment(json));
    if (json.replies() != null) {
      for (CommentJson reply : json.replies()) {
        addInDocumentOrder(reply, out);
      }
    }
  }

  private static Comment comment(CommentJson json) {
    Optional<Author> author = json.author() == null ? Optional.empty()
        : Optional.of(new Author(json.author().handle(), Optional.ofNullable(json.author().name())));
    List<SourceLine> unplaced = List.of();
    if (json.unplaced() != null && !json.unplaced().isEmpty()) {
      unplaced = new ArrayList<>(json.unplaced().size());
      for (UnplacedJson line : json.unplaced()) {
        unplaced.add(new SourceLine(line.line(), line.text()));
      }
    }
    return new Comment(CommentId.parse(json.id()), author,
        json.kind() == null ? CommentKind.COMMENT : CommentKind.parse(json.kind()), Optional.ofNullable(time(json)),
        json.text() == null ? "" : json.text(), attributes(json.attributes()), unplaced,
        json.lines() == null ? Optional.empty() : Optional.of(new LineRange(json.lines().first(), json.lines().last())));
  }

  private static CommentTime time(CommentJson json) {
    if (json.posted() != null) {
      return CommentTime.exact(json.posted());
    }
    if (json.timeWritten() == null) {
      return null;
    }
    Optional<CommentTime.Interval> interval = json.postedAfter() == null || json.postedBefore() == null
        ? Optional.empty() : Optional.of(new CommentTime.Interval(json.postedAfter(), json.postedBefore()));
    return new CommentTime.Relative(json.timeWritten(), interval);
  }

  /** Built-in attributes by name; a dialect's own by the type databind gave the JSON value. */
  private static Attributes attributes(Map<String, Object> json) {
    Attributes out = Attributes.none();
    if (json == null) {
      return out;
    }
    for (Map.Entry<String, Object> entry : json.entrySet()) {
      String name = entry.getKey();
      Object value = entry.getValue();
      Attribute<?> key = Attribute.builtIn(name).orElse(null);
      if (key == null) {
        key = value instanceof Number ? Attribute.number(name)
            : value instanceof Boolean ? Attribute.flag(name) : Attribute.text(name);
      }
      out = with(out, key, value);
    }
    return out;
  }

  private static <T> Attributes with(Attributes attributes, Attribute<T> key, Object value) {
    if (key.type() == Long.class && value instanceof Number) {
      return attributes.with(key, key.type().cast(((Number) value).longValue()));
    }
    if (key.type().isInstance(value)) {
      return attributes.with(key, key.type().cast(value));
    }
    return attributes.with(key, key.parse(String.valueOf(value))); // presence: an enum from its word
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
