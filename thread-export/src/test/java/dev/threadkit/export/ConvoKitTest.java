package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The ConvoKit corpus, checked key by key against ConvoKit's on-disk format. */
class ConvoKitTest {
  static final List<String> FILES =
      List.of("conversations.json", "corpus.json", "index.json", "speakers.json", "utterances.jsonl");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void utterancesFollowConvoKitsLayout() throws IOException {
    Discussion seed = SeedDiscussion.discussion();
    ConvoKitExporter.builder().build().write(seed, dir);

    List<Map<String, Object>> utterances = jsonLines(dir.resolve("utterances.jsonl"));
    assertThat(utterances).hasSize(seed.size() + 1);
    String article = seed.id() + ":article";

    Map<String, Object> root = utterances.get(0);
    assertThat(root.keySet()).containsExactly(
        "id", "conversation_id", "text", "speaker", "meta", "reply-to", "timestamp", "vectors");
    assertThat(root.get("id")).isEqualTo(article);
    assertThat(root.get("conversation_id")).isEqualTo(article);
    assertThat(root.get("speaker")).isEqualTo("[article]");
    assertThat(root.get("reply-to")).isNull();
    assertThat(root.get("timestamp")).isNull();
    assertThat(root.get("text")).isEqualTo(String.join("\n\n", seed.article().paragraphs()));
    assertThat(root.get("vectors")).isEqualTo(List.of());
    assertThat(map(root.get("meta"))).containsEntry("kind", "article").containsEntry("discussion", seed.id());

    for (int i = 0; i < seed.size(); i++) {
      Comment comment = seed.comments().get(i);
      Map<String, Object> utterance = utterances.get(i + 1);
      assertThat(utterance.keySet()).containsExactly(
          "id", "conversation_id", "text", "speaker", "meta", "reply-to", "timestamp", "vectors");
      assertThat(utterance.get("id")).isEqualTo(seed.id() + ":" + comment.id());
      assertThat(utterance.get("conversation_id")).isEqualTo(article);
      assertThat(utterance.get("text")).isEqualTo(comment.text());
      assertThat(utterance.get("speaker")).isEqualTo(comment.author().orElseThrow().handle());
      assertThat(utterance.get("reply-to")).isEqualTo(
          comment.parentId().map(p -> seed.id() + ":" + p).orElse(article));
      // Epoch seconds of the local time read as UTC, the default zone.
      assertThat(((Number) utterance.get("timestamp")).longValue())
          .isEqualTo(comment.exactTime().orElseThrow().toEpochSecond(java.time.ZoneOffset.UTC));
      Map<String, Object> meta = map(utterance.get("meta"));
      assertThat(meta.keySet()).containsExactly(
          "discussion", "kind", "comment_id", "depth", "posted", "time_written", "status", "unplaced");
      assertThat(meta).containsEntry("kind", "comment").containsEntry("comment_id", comment.id().toString())
          .containsEntry("depth", comment.depth())
          .containsEntry("posted", ModelAssertions.iso(comment.exactTime().orElseThrow()))
          .containsEntry("time_written", null)
          .containsEntry("status", ModelAssertions.status(comment))
          .containsEntry("unplaced", null);
    }
  }

  @Test
  void speakersConversationsCorpusAndIndexFollowConvoKitsLayout() throws IOException {
    Discussion seed = SeedDiscussion.discussion();
    ConvoKitExporter.builder().build().write(seed, dir);

    Map<String, Object> speakers = json(dir.resolve("speakers.json"));
    List<String> handles = new ArrayList<>(List.of("[article]"));
    seed.authors().forEach(a -> handles.add(a.handle()));
    assertThat(speakers.keySet()).containsExactlyElementsOf(handles);
    assertThat(speakers.get("Bulanov")).isEqualTo(Map.of(
        "meta", Map.of("name", "Vladimir", "synthetic", false), "vectors", List.of()));
    assertThat(map(map(speakers.get("steelmaker")).get("meta"))).containsEntry("name", null);
    assertThat(map(map(speakers.get("[article]")).get("meta"))).containsEntry("synthetic", true);

    Map<String, Object> conversations = json(dir.resolve("conversations.json"));
    assertThat(conversations.keySet()).containsExactly(seed.id() + ":article");
    Map<String, Object> conversation = map(conversations.get(seed.id() + ":article"));
    assertThat(conversation.keySet()).containsExactly("meta", "vectors");
    assertThat(map(conversation.get("meta"))).containsEntry("discussion", seed.id()).containsEntry("dialect", "topcor")
        .containsEntry("title", seed.article().title()).containsEntry("comment_count", null)
        .containsEntry("num_comments", 7).containsEntry("photo_credit", null);

    assertThat(json(dir.resolve("corpus.json"))).isEqualTo(Map.of("generator", "threadkit", "discussions", 1));

    Map<String, Object> index = json(dir.resolve("index.json"));
    assertThat(index.keySet()).containsExactly(
        "utterances-index", "speakers-index", "conversations-index", "overall-index", "version", "vectors");
    assertThat(index.get("version")).isEqualTo(1);
    assertThat(index.get("vectors")).isEqualTo(List.of());
    // Every meta key written is declared, with a Python type matching the JSON values.
    List<Map<String, Object>> utterances = jsonLines(dir.resolve("utterances.jsonl"));
    assertTyped(map(index.get("utterances-index")), utterances.stream().map(u -> map(u.get("meta"))).toList());
    assertTyped(map(index.get("speakers-index")), speakers.values().stream().map(s -> map(map(s).get("meta"))).toList());
    assertTyped(map(index.get("conversations-index")),
        conversations.values().stream().map(c -> map(map(c).get("meta"))).toList());
    assertTyped(map(index.get("overall-index")), List.of(json(dir.resolve("corpus.json"))));
  }

  @Test
  void manyDiscussionsShareOneCorpusWithUniqueIds() throws IOException {
    List<Discussion> discussions = List.of(SeedDiscussion.discussion(), Fixtures.zigzag(), Fixtures.tricky());
    try (ExportSession corpus = ConvoKitExporter.builder().zone(ZoneId.of("Europe/Moscow")).build().open(dir)) {
      for (Discussion discussion : discussions) {
        corpus.write(discussion);
      }
      assertThatThrownBy(() -> corpus.write(Fixtures.zigzag())).isInstanceOf(IllegalArgumentException.class);
    }

    List<Map<String, Object>> utterances = jsonLines(dir.resolve("utterances.jsonl"));
    assertThat(utterances).hasSize(discussions.stream().mapToInt(d -> d.size() + 1).sum());
    assertThat(utterances.stream().map(u -> u.get("id")).distinct()).hasSize(utterances.size());
    assertThat(json(dir.resolve("conversations.json"))).hasSize(3);
    assertThat(json(dir.resolve("corpus.json"))).containsEntry("discussions", 3);
    // Moscow is UTC+3 in 2020: 15:35 local is 12:35 UTC.
    assertThat(((Number) utterances.get(1).get("timestamp")).longValue())
        .isEqualTo(java.time.LocalDateTime.of(2020, 12, 9, 12, 35).toEpochSecond(java.time.ZoneOffset.UTC));
    // Every reply points at an utterance of the corpus.
    List<Object> ids = utterances.stream().map(u -> u.get("id")).toList();
    assertThat(utterances).allSatisfy(u -> {
      if (u.get("reply-to") != null) {
        assertThat(ids).contains(u.get("reply-to"));
      }
    });
  }

  @Test
  void anonymousCommentsShareOnePlaceholderSpeakerAndKindsAndRelativeTimesAreKept() throws IOException {
    Discussion discussion = Fixtures.schema2();
    ConvoKitExporter.builder().build().write(discussion, dir);

    List<Map<String, Object>> utterances = jsonLines(dir.resolve("utterances.jsonl"));
    assertThat(utterances).extracting(u -> u.get("speaker"))
        .containsExactly("[article]", "alice", "(anonymous)", "(anonymous)", "bob", "(anonymous)");
    assertThat(utterances).extracting(u -> map(u.get("meta")).get("kind"))
        .containsExactly("article", "comment", "comment", "pingback", "deleted", "comment");
    Map<String, Object> first = utterances.get(1);
    assertThat(first.get("timestamp")).as("a relative time has no timestamp").isNull();
    assertThat(map(first.get("meta"))).containsEntry("posted", null).containsEntry("time_written", "5 hours ago")
        .containsEntry("status", "online")
        .containsEntry("unplaced", "  1. alice Online 5 hours ago ?\n    stray");
    Map<String, Object> speakers = json(dir.resolve("speakers.json"));
    assertThat(speakers.keySet()).containsExactly("[article]", "alice", "(anonymous)", "bob");
    assertThat(map(map(speakers.get("(anonymous)")).get("meta"))).containsEntry("name", null)
        .containsEntry("synthetic", true);
    assertThat(map(map(speakers.get("alice")).get("meta"))).containsEntry("name", "Alice A.")
        .containsEntry("synthetic", false);
    Map<String, Object> conversation = map(map(json(dir.resolve("conversations.json"))
        .get("schema-2:article")).get("meta"));
    assertThat(conversation).containsEntry("photo_credit", "Photo: someone").containsEntry("comment_count", 4);
    assertTyped(map(json(dir.resolve("index.json")).get("utterances-index")),
        utterances.stream().map(u -> map(u.get("meta"))).toList());
  }

  private static void assertTyped(Map<String, Object> index, List<Map<String, Object>> metas) {
    Map<String, String> types = new LinkedHashMap<>();
    for (Map<String, Object> meta : metas) {
      meta.forEach((key, value) -> {
        if (value != null) {
          types.put(key, value instanceof String ? "<class 'str'>" : value instanceof Boolean ? "<class 'bool'>"
              : value instanceof Integer || value instanceof Long ? "<class 'int'>" : "?");
        }
      });
      assertThat(index.keySet()).containsAll(meta.keySet());
    }
    types.forEach((key, type) -> assertThat(index.get(key)).as(key).isEqualTo(List.of(type)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(Path file) throws IOException {
    return JSON.readValue(Files.readAllBytes(file), LinkedHashMap.class);
  }

  static List<Map<String, Object>> jsonLines(Path file) throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, UTF_8)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> value = JSON.readValue(line, LinkedHashMap.class);
      lines.add(value);
    }
    return lines;
  }
}
