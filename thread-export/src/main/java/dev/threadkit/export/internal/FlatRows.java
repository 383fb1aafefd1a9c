package dev.threadkit.export.internal;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.Discussion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The one-row-per-comment layout JSON Lines and CSV share: the same columns in the same
 * order, written through a Jackson generator of either format. One writer serves both ways in:
 * a whole {@link Discussion}, and comments one by one from the streaming parser (any
 * {@link CommentView}), so the two give the same bytes. Not thread-safe.
 */
public final class FlatRows {
  /** The columns, in order. */
  public enum Column {
    /** The discussion's id. */
    DISCUSSION("discussion"),
    /** The dialect the discussion was read from. */
    DIALECT("dialect"),
    /** The comment's dotted id. */
    ID("id"),
    /** The parent comment's id; none for a top-level comment. */
    PARENT("parent"),
    /** Nesting depth, 0 for top-level. */
    DEPTH("depth"),
    /** The author's handle; none for an anonymous comment. */
    AUTHOR("author"),
    /** The author's real name, when shown. */
    NAME("name"),
    /** {@code comment}, {@code pingback} or {@code deleted}. */
    KIND("kind"),
    /** The presence attribute: {@code online}, {@code offline} or none. */
    STATUS("status"),
    /** ISO local date-time of an exact time, or none. */
    POSTED("posted"),
    /** The words of a relative time, or none. */
    TIME_WRITTEN("time_written"),
    /** The earliest instant a resolved relative time stands for (ISO-8601, UTC), or none. */
    POSTED_AFTER("posted_after"),
    /** The latest instant a resolved relative time stands for (ISO-8601, UTC), or none. */
    POSTED_BEFORE("posted_before"),
    /** The body text. */
    TEXT("text"),
    /** The texts of the comment's unplaced lines joined with {@code \n}; empty when none. */
    UNPLACED("unplaced"),
    /**
     * Every attribute as the text of a JSON object ({@code {"presence":"offline","score":12}}),
     * {@code {}} when there are none: what only some dialects record, in one column.
     */
    ATTRIBUTES("attributes"),
    /** {@code <discussion>/<id>}: unique across a corpus, and text that no reader takes for a number. */
    KEY("key"),
    /** {@code <discussion>/<parent>}, none for a top-level comment. */
    PARENT_KEY("parent_key");

    private final String header;

    Column(String header) {
      this.header = header;
    }

    /** The column's name in a header row or JSON object. */
    public String header() {
      return header;
    }
  }

  /** The column names in order. */
  public static final List<String> HEADERS;

  static {
    List<String> headers = new ArrayList<>();
    for (Column column : Column.values()) {
      headers.add(column.header());
    }
    HEADERS = Collections.unmodifiableList(headers);
  }

  private final JsonGenerator gen;
  private final Runnable endRow;
  private IdPaths ids;
  private String discussion;
  private String dialect;
  private String keyPrefix;
  private final TextBuffer text = new TextBuffer();

  /**
   * A row writer over a generator of either format.
   *
   * @param gen the JSON or CSV generator
   * @param endRow called after each row (JSON Lines ends it with {@code \n})
   */
  public FlatRows(JsonGenerator gen, Runnable endRow) {
    this.gen = gen;
    this.endRow = endRow;
  }

  /** Writes one object per comment, in document order, calling {@code endRow} after each. */
  public static void write(Discussion discussion, JsonGenerator gen, Runnable endRow) {
    new FlatRows(gen, endRow).write(discussion);
  }

  /** Writes the rows of a whole discussion: {@link #start} and then {@link #row} for each comment. */
  public void write(Discussion discussion) {
    start(discussion.id(), discussion.dialect());
    for (int i = 0; i < discussion.size(); i++) {
      row(discussion.commentView(i));
    }
  }

  /**
   * Starts the rows of one discussion; its comments follow in document order.
   *
   * @param id the discussion's id
   * @param dialect the dialect it was read in
   */
  public void start(String id, String dialect) {
    this.ids = new IdPaths();
    this.discussion = id;
    this.dialect = dialect;
    this.keyPrefix = id + "/";
  }

  /** Whether {@link #start} was called. */
  public boolean started() {
    return ids != null;
  }

  /**
   * Writes the row of the next comment of the discussion started last.
   *
   * @param comment the comment; it must come right after the previous one in document order
   * @throws IllegalStateException if no discussion was started, or the comment skips a level
   */
  public void row(CommentView comment) {
    if (ids == null) {
      throw new IllegalStateException("start a discussion before writing its comments");
    }
    ids.next(comment.id());
    String id = ids.id();
    String parent = ids.parent();
    gen.writeStartObject();
    gen.writeStringProperty(Column.DISCUSSION.header(), discussion);
    gen.writeStringProperty(Column.DIALECT.header(), dialect);
    gen.writeStringProperty(Column.ID.header(), id);
    nullable(gen, Column.PARENT, parent);
    gen.writeNumberProperty(Column.DEPTH.header(), comment.depth());
    nullable(gen, Column.AUTHOR, Texts.handle(comment));
    nullable(gen, Column.NAME, Texts.name(comment));
    gen.writeStringProperty(Column.KIND.header(), comment.kind().word());
    nullable(gen, Column.STATUS, Texts.status(comment));
    nullable(gen, Column.POSTED, Texts.posted(comment));
    nullable(gen, Column.TIME_WRITTEN, Texts.timeWritten(comment));
    nullable(gen, Column.POSTED_AFTER, Texts.postedAfter(comment));
    nullable(gen, Column.POSTED_BEFORE, Texts.postedBefore(comment));
    text.write(gen, Column.TEXT.header(), comment);
    gen.writeStringProperty(Column.UNPLACED.header(), Texts.unplaced(comment));
    gen.writeStringProperty(Column.ATTRIBUTES.header(), attributesJson(comment.attributes()));
    gen.writeStringProperty(Column.KEY.header(), keyPrefix + id);
    nullable(gen, Column.PARENT_KEY, parent == null ? null : keyPrefix + parent);
    gen.writeEndObject();
    endRow.run();
  }

  /** The attributes as the text of one JSON object: numbers and flags bare, the rest as strings. */
  static String attributesJson(Attributes attributes) {
    if (attributes.isEmpty()) {
      return "{}";
    }
    StringBuilder out = new StringBuilder("{");
    JsonStringEncoder quote = JsonStringEncoder.getInstance();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute<?> key = attributes.keyAt(i);
      out.append(i == 0 ? "\"" : ",\"");
      quote.quoteAsString(key.name(), out);
      out.append("\":");
      if (key.kind() == Attribute.Kind.TEXT) {
        out.append('"');
        quote.quoteAsString(attributes.formatAt(i), out);
        out.append('"');
      } else {
        out.append(attributes.formatAt(i));
      }
    }
    return out.append('}').toString();
  }

  private static void nullable(JsonGenerator gen, Column column, String value) {
    if (value == null) {
      gen.writeNullProperty(column.header());
    } else {
      gen.writeStringProperty(column.header(), value);
    }
  }
}
