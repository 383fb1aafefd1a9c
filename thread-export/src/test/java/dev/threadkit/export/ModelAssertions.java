package dev.threadkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/** Compares exported values, read back by an independent reader, with the model. */
final class ModelAssertions {
  private ModelAssertions() {}

  /**
   * Asserts a flat row (JSON Lines object or CSV record) says what the comment says. In CSV
   * every value is text and absent values are empty, so {@code csv} loosens only that.
   */
  static void assertRow(Map<String, ?> row, Discussion discussion, Comment comment, boolean csv) {
    String where = discussion.id() + " comment " + comment.id();
    assertThat(row.keySet()).as(where).containsExactly(
        "discussion", "id", "parent", "depth", "author", "name", "status", "posted", "text", "key", "parent_key");
    assertThat(row.get("discussion")).as(where).isEqualTo(discussion.id());
    assertThat(row.get("id")).as(where).isEqualTo(comment.id().toString());
    assertThat(row.get("parent")).as(where).isEqualTo(absent(comment.parentId().map(Object::toString).orElse(null), csv));
    assertThat(row.get("depth")).as(where).isEqualTo(csv ? (Object) Integer.toString(comment.depth()) : comment.depth());
    assertThat(row.get("author")).as(where).isEqualTo(comment.author().handle());
    assertThat(row.get("name")).as(where).isEqualTo(absent(comment.author().name().orElse(null), csv));
    assertThat(row.get("status")).as(where).isEqualTo(absent(status(comment), csv));
    assertThat(row.get("posted")).as(where).isEqualTo(absent(comment.posted().map(ModelAssertions::iso).orElse(null), csv));
    assertThat(row.get("text")).as(where).isEqualTo(comment.text());
    assertThat(row.get("key")).as(where).isEqualTo(discussion.id() + "/" + comment.id());
    assertThat(row.get("parent_key")).as(where)
        .isEqualTo(absent(comment.parentId().map(p -> discussion.id() + "/" + p).orElse(null), csv));
  }

  /** Asserts a nested JSON comment object (without its replies) says what the comment says. */
  static void assertJsonComment(Map<String, ?> json, Comment comment) {
    String where = "comment " + comment.id();
    assertThat(json.get("id")).as(where).isEqualTo(comment.id().toString());
    assertThat(json.get("author")).as(where).isEqualTo(mapOf(
        "handle", comment.author().handle(), "name", comment.author().name().orElse(null)));
    assertThat(json.get("status")).as(where).isEqualTo(status(comment));
    assertThat(json.get("posted")).as(where).isEqualTo(comment.posted().map(ModelAssertions::iso).orElse(null));
    assertThat(json.get("text")).as(where).isEqualTo(comment.text());
    assertThat(json.get("lines")).as(where).isEqualTo(comment.source()
        .map(range -> (Object) Map.of("first", range.first(), "last", range.last())).orElse(null));
  }

  static String status(Comment comment) {
    return comment.presence().map(Presence::label).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
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
