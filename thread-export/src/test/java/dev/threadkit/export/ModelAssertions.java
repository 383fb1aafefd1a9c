package dev.threadkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import dev.threadkit.model.SourceLine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Compares exported values, read back by an independent reader, with the model. */
final class ModelAssertions {
  private ModelAssertions() {}

  /**
   * Asserts a flat row (JSON Lines object or CSV record) says what the comment says. In CSV
   * every value is text and absent values are empty, so {@code csv} loosens only that.
   */
  static void assertRow(Map<String, ?> row, Discussion discussion, Comment comment, boolean csv) {
    String where = discussion.id() + " comment " + comment.id();
    assertThat(row.keySet()).as(where).containsExactly(COLUMNS.toArray(String[]::new));
    assertThat(row.get("discussion")).as(where).isEqualTo(discussion.id());
    assertThat(row.get("dialect")).as(where).isEqualTo(discussion.dialect());
    assertThat(row.get("id")).as(where).isEqualTo(comment.id().toString());
    assertThat(row.get("parent")).as(where).isEqualTo(absent(comment.parentId().map(Object::toString).orElse(null), csv));
    assertThat(row.get("depth")).as(where).isEqualTo(csv ? (Object) Integer.toString(comment.depth()) : comment.depth());
    assertThat(row.get("author")).as(where).isEqualTo(absent(comment.author().map(Author::handle).orElse(null), csv));
    assertThat(row.get("name")).as(where).isEqualTo(absent(comment.author().flatMap(Author::name).orElse(null), csv));
    assertThat(row.get("kind")).as(where).isEqualTo(comment.kind().name().toLowerCase(Locale.ROOT));
    assertThat(row.get("status")).as(where).isEqualTo(absent(status(comment), csv));
    assertThat(row.get("posted")).as(where).isEqualTo(absent(comment.exactTime().map(ModelAssertions::iso).orElse(null), csv));
    assertThat(row.get("time_written")).as(where).isEqualTo(absent(written(comment), csv));
    assertThat(row.get("text")).as(where).isEqualTo(comment.text());
    assertThat(row.get("unplaced")).as(where).isEqualTo(String.join("\n",
        comment.unplaced().stream().map(SourceLine::text).toList()));
    assertThat(row.get("key")).as(where).isEqualTo(discussion.id() + "/" + comment.id());
    assertThat(row.get("parent_key")).as(where)
        .isEqualTo(absent(comment.parentId().map(p -> discussion.id() + "/" + p).orElse(null), csv));
  }

  /** Asserts a nested JSON comment object (without its replies) says what the comment says. */
  static void assertJsonComment(Map<String, ?> json, Comment comment) {
    String where = "comment " + comment.id();
    assertThat(json.get("id")).as(where).isEqualTo(comment.id().toString());
    assertThat(json.keySet()).as(where).containsExactly("id", "author", "kind", "posted", "postedAfter",
        "postedBefore", "timeWritten", "text", "attributes", "unplaced", "lines", "replies");
    assertThat(json.get("author")).as(where).isEqualTo(comment.author()
        .map(a -> (Object) mapOf("handle", a.handle(), "name", a.name().orElse(null))).orElse(null));
    assertThat(json.get("kind")).as(where).isEqualTo(comment.kind().name().toLowerCase(Locale.ROOT));
    assertThat(json.get("posted")).as(where).isEqualTo(comment.exactTime().map(ModelAssertions::iso).orElse(null));
    Optional<CommentTime.Interval> interval = relative(comment).flatMap(CommentTime.Relative::interval);
    assertThat(json.get("postedAfter")).as(where).isEqualTo(interval.map(i -> i.earliest().toString()).orElse(null));
    assertThat(json.get("postedBefore")).as(where).isEqualTo(interval.map(i -> i.latest().toString()).orElse(null));
    assertThat(json.get("timeWritten")).as(where).isEqualTo(written(comment));
    assertThat(json.get("text")).as(where).isEqualTo(comment.text());
    assertThat(json.get("attributes")).as(where).isEqualTo(attributes(comment.attributes()));
    assertThat(json.get("unplaced")).as(where).isEqualTo(comment.unplaced().stream()
        .map(line -> mapOf("line", line.line(), "text", line.text())).toList());
    assertThat(json.get("lines")).as(where).isEqualTo(comment.source()
        .map(range -> (Object) Map.of("first", range.first(), "last", range.last())).orElse(null));
  }

  /** The column names of JSON Lines and CSV rows, in order. */
  static final List<String> COLUMNS = List.of("discussion", "dialect", "id", "parent", "depth", "author", "name", "kind",
      "status", "posted", "time_written", "posted_after", "posted_before", "text", "unplaced", "attributes", "key",
      "parent_key");

  /** The CSV header line. */
  static final String CSV_HEADER = String.join(",", COLUMNS) + "\n";

  static String status(Comment comment) {
    return comment.attribute(Attribute.PRESENCE).map(p -> p == Presence.ONLINE ? "online" : "offline").orElse(null);
  }

  static Optional<CommentTime.Relative> relative(Comment comment) {
    return comment.time().filter(t -> t instanceof CommentTime.Relative).map(t -> (CommentTime.Relative) t);
  }

  static String written(Comment comment) {
    return relative(comment).map(CommentTime.Relative::written).orElse(null);
  }

  /**
   * Attributes as a JSON reader sees them: numbers as numbers (Jackson reads small ones as
   * Integer), flags as booleans, text and presence as strings.
   */
  static Map<String, Object> attributes(Attributes attributes) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < attributes.size(); i++) {
      Object value = attributes.valueAt(i);
      if (value instanceof Long n) {
        value = n == n.intValue() ? (Object) n.intValue() : n;
      } else if (value instanceof Presence p) {
        value = p == Presence.ONLINE ? "online" : "offline";
      }
      map.put(attributes.keys().get(i).name(), value);
    }
    return map;
  }

  /** ISO date-time with seconds, written independently of the exporter's own formatting. */
  static String iso(LocalDateTime time) {
    return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", time.getYear(), time.getMonthValue(),
        time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond());
  }

  private static Object absent(String value, boolean csv) {
    return value == null && csv ? "" : value;
  }

  private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
