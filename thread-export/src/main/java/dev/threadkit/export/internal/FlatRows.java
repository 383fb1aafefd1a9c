package dev.threadkit.export.internal;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The one-row-per-comment layout JSON Lines and CSV share: the same columns in the same
 * order, written through a Jackson generator of either format.
 */
public final class FlatRows {
  /** The columns, in order. */
  public enum Column {
    /** The discussion's id. */
    DISCUSSION("discussion"),
    /** The comment's dotted id. */
    ID("id"),
    /** The parent comment's id; none for a top-level comment. */
    PARENT("parent"),
    /** Nesting depth, 0 for top-level. */
    DEPTH("depth"),
    /** The author's handle. */
    AUTHOR("author"),
    /** The author's real name, when shown. */
    NAME("name"),
    /** {@code online}, {@code offline} or none. */
    STATUS("status"),
    /** ISO local date-time, or none. */
    POSTED("posted"),
    /** The body text. */
    TEXT("text"),
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

  private FlatRows() {}

  /** Writes one object per comment, in document order, calling {@code endRow} after each. */
  public static void write(Discussion discussion, JsonGenerator gen, Runnable endRow) {
    IdPaths ids = new IdPaths();
    for (Comment comment : discussion.comments()) {
      ids.next(comment.id());
      gen.writeStartObject();
      gen.writeStringProperty(Column.DISCUSSION.header(), discussion.id());
      gen.writeStringProperty(Column.ID.header(), ids.id());
      nullable(gen, Column.PARENT, ids.parent());
      gen.writeNumberProperty(Column.DEPTH.header(), comment.depth());
      gen.writeStringProperty(Column.AUTHOR.header(), comment.author().handle());
      nullable(gen, Column.NAME, comment.author().name().orElse(null));
      nullable(gen, Column.STATUS, Texts.status(comment.presence()));
      nullable(gen, Column.POSTED, comment.posted().map(Texts::iso).orElse(null));
      gen.writeStringProperty(Column.TEXT.header(), comment.text());
      gen.writeStringProperty(Column.KEY.header(), discussion.id() + "/" + ids.id());
      nullable(gen, Column.PARENT_KEY, ids.parent() == null ? null : discussion.id() + "/" + ids.parent());
      gen.writeEndObject();
      endRow.run();
    }
  }

  private static void nullable(JsonGenerator gen, Column column, String value) {
    if (value == null) {
      gen.writeNullProperty(column.header());
    } else {
      gen.writeStringProperty(column.header(), value);
    }
  }
}
