package dev.threadkit.bench;

import dev.threadkit.model.Article;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.Presence;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code threadkit.discussion/1} JSON document (what the {@code json} exporter writes)
 * back into a {@link Discussion}: the Jackson peer of the dump parser, doing what a user who keeps
 * JSON instead of dumps would do.
 *
 * <p>It streams with Jackson 3's {@link JsonParser} from a {@link JsonMapper} and builds the model
 * with its own constructors, the same ones the dump parser calls. Nested replies are read
 * without recursion: an explicit stack holds the comment objects that are open, and each
 * comment takes its place in document order when its object starts (a slot is reserved), so the
 * order of a comment's fields does not matter. A {@code lines} field, when present, becomes the
 * comment's source range; a {@code diagnostics} array and unknown fields are skipped.
 *
 * <p>An instance is immutable and thread-safe.
 */
public final class JsonDiscussionReader {

  private static final String SCHEMA = "threadkit.discussion/1";

  /** Reply chains of any depth nest as deep in JSON; Jackson's default nesting limit would refuse them. */
  private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(Integer.MAX_VALUE)
              .maxStringLength(Integer.MAX_VALUE)
              .build())
          .build())
      .build();

  /**
   * Reads a document given as UTF-8 bytes.
   *
   * @param utf8 the whole document
   * @return the discussion
   * @throws IllegalArgumentException if the document is not a discussion
   */
  public Discussion read(byte[] utf8) {
    try (JsonParser parser = mapper.createParser(utf8)) {
      return read(parser);
    }
  }

  /**
   * Reads a document given as text.
   *
   * @param json the whole document
   * @return the discussion
   * @throws IllegalArgumentException if the document is not a discussion
   */
  public Discussion read(String json) {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    }
  }

  private static Discussion read(JsonParser p) {
    expect(p.nextToken(), JsonToken.START_OBJECT, p);
    String id = null;
    Article article = null;
    List<Comment> comments = List.of();
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "schema" -> {
          String schema = p.nextStringValue();
          if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("not a " + SCHEMA + " document: schema " + schema);
          }
        }
        case "id" -> id = string(p);
        case "article" -> article = article(p);
        case "comments" -> comments = comments(p);
        default -> skipValue(p);
      }
    }
    if (id == null) {
      throw new IllegalArgumentException("the document has no discussion id");
    }
    Discussion.Builder builder = Discussion.builder(id);
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
    String photoCredit = null;
    List<String> trailer = List.of();
    for (String name; (name = p.nextName()) != null; ) {
      switch (name) {
        case "title" -> title = string(p);
        case "paragraphs" -> paragraphs = strings(p);
        case "commentCount" -> commentCount = p.nextToken() == JsonToken.VALUE_NULL
            ? OptionalInt.empty() : OptionalInt.of(p.getIntValue());
        case "photoCredit" -> photoCredit = nullableString(p);
        case "trailer" -> trailer = strings(p);
        default -> skipValue(p);
      }
    }
    return new Article(title, paragraphs, commentCount, Optional.ofNullable(photoCredit), trailer);
  }

  /** One comment object being read; frames are reused as the stack grows and shrinks. */
  private static final class Frame {
    int slot;
    String id;
    String handle;
    String name;
    Presence presence;
    LocalDateTime posted;
    String text;
    LineRange lines;

    void open(int at) {
      slot = at;
      id = null;
      handle = null;
      name = null;
      presence = null;
      posted = null;
      text = "";
      lines = null;
    }

    Comment toComment() {
      if (id == null || handle == null) {
        throw new IllegalArgumentException("a comment without " + (id == null ? "an id" : "an author handle"));
      }
      return new Comment(CommentId.parse(id), new Author(handle, Optional.ofNullable(name)),
          Optional.ofNullable(presence), Optional.ofNullable(posted), text, Optional.ofNullable(lines));
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
        case "status" -> frame.presence = presence(nullableString(p));
        case "posted" -> {
          String posted = nullableString(p);
          frame.posted = posted == null ? null : localDateTime(posted);
        }
        case "text" -> frame.text = string(p);
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
    expect(p.nextToken(), JsonToken.START_OBJECT, p);
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
        case "first" -> first = p.nextIntValue(0);
        case "last" -> last = p.nextIntValue(0);
        default -> skipValue(p);
      }
    }
    return new LineRange(first, last);
  }

  private static Presence presence(String status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case "online" -> Presence.ONLINE;
      case "offline" -> Presence.OFFLINE;
      default -> throw new IllegalArgumentException("unknown status '" + status + "'");
    };
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
      throw new IllegalArgumentException("expected " + expected + " but found " + actual
          + " at " + p.currentTokenLocation());
    }
  }

  private static IllegalArgumentException unexpected(JsonToken token, JsonParser p) {
    return new IllegalArgumentException("unexpected " + token + " at " + p.currentTokenLocation());
  }
}
