package dev.threadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.export.JsonExporter;
import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import dev.threadkit.model.SourceLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The databind peer does the same work as the parser: it rebuilds the very same discussion from
 * the benchmark's JSON; and the tree peer reads that same JSON whole.
 */
class DatabindPeerTest {

  private final DatabindPeer databind = new DatabindPeer();

  /** Every benchmark size's content as the benchmarks build it, Latin-1 too (16M is left to the benchmark). */
  @ParameterizedTest
  @ValueSource(strings = {"seed", "10K", "1M", "1M-latin"})
  void readsEveryBenchmarkInputBackIntoItsDiscussion(String size) {
    Inputs in = Inputs.of(size);
    Discussion read = databind.read(in.jsonText);
    assertThat(read).isEqualTo(in.discussion);
    assertThat(read.comments().get(read.size() - 1).source()).isPresent(); // source lines were read, not skipped
  }

  @Test
  void theTreePeerReadsTheWholeDocument() {
    Inputs in = Inputs.of("10K");
    JsonNode tree = JsonMapper.builder().build().readTree(in.jsonText);
    assertThat(tree.path("id").asString()).isEqualTo(in.discussion.id());
    assertThat(countComments(tree.path("comments"))).isEqualTo(in.discussion.size());
  }

  /** What the generated dumps do not have: anonymity, kinds, relative times, every kind of attribute, kept lines. */
  @Test
  void readsEverySchemaTwoFieldBackIntoTheModel() throws IOException {
    Discussion discussion = Discussion.builder("schema-2").dialect("numbered")
        .article(Article.of("T", List.of("P")).withCommentCount(3).withBoilerplate(List.of("Leave a reply"))
            .with(Attribute.PHOTO_CREDIT, "Photo: x").with(Attribute.COUNT_LINE, "3 comments"))
        .add(Comment.builder(CommentId.of(1), Author.of("alice", "Alice"))
            .time(new CommentTime.Relative("5 hours ago", Optional.of(new CommentTime.Interval(
                Instant.parse("2024-03-01T07:00:00Z"), Instant.parse("2024-03-01T07:59:59Z")))))
            .attribute(Attribute.SCORE, -4L).attribute(Attribute.LIKES, 3_000_000_000L)
            .attribute(Attribute.EDITED, true).attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .attribute(Attribute.number("stars"), 5L).attribute(Attribute.flag("verified"), false)
            .attribute(Attribute.text("badge"), "mod")
            .unplaced(List.of(new SourceLine(4, "  1. alice ?? 5 hours ago")))
            .text("first").build())
        .add(Comment.builder(CommentId.of(1, 1)).time(CommentTime.relative("yesterday"))
            .attribute(Attribute.REPLY_TO, "alice").text("anonymous").build())
        .add(Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: elsewhere").build())
        .add(Comment.builder(CommentId.of(3), Author.of("bob")).kind(CommentKind.DELETED)
            .posted(LocalDateTime.of(2024, 2, 29, 23, 5)).attribute(Attribute.WRITTEN_ORDINAL, 4L).build())
        .build();

    assertThat(databind.read(export(Inputs.JSON, discussion))).isEqualTo(discussion);
    assertThat(databind.read(export(JsonExporter.builder().build(), discussion))).isEqualTo(discussion);
    assertThat(databind.read(export(JsonExporter.builder().sourceLines(false).build(), discussion)))
        .isEqualTo(discussion.withoutSources());
  }

  @Test
  void aFieldTheRecordsDoNotMirrorFailsTheRead() {
    String json = "{\"schema\":\"threadkit.discussion/2\",\"dialect\":\"topcor\",\"id\":\"d\",\"comments\":[],"
        + "\"surprise\":1}";
    assertThatThrownBy(() -> databind.read(json)).isInstanceOf(JacksonException.class).hasMessageContaining("surprise");
  }

  @Test
  void anotherSchemaIsRefused() {
    assertThatThrownBy(() -> databind.read("{\"schema\":\"threadkit.discussion/1\",\"id\":\"d\",\"comments\":[]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discussion/1");
  }

  private static int countComments(JsonNode comments) {
    int count = 0;
    for (JsonNode comment : comments) {
      count += 1 + countComments(comment.path("replies"));
    }
    return count;
  }

  private static String export(JsonExporter exporter, Discussion discussion) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(discussion, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
