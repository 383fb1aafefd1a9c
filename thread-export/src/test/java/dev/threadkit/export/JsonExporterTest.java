package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonExporterTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path SCHEMA_FILE = Path.of("..", "docs", "discussion.schema.json");

  private final Discussion seed = SeedDiscussion.discussion();

  @Test
  void readsBackAsTheModelFieldByField() throws IOException {
    Map<String, Object> document = read(write(JsonExporter.builder().build(), seed, null));

    assertThat(document.keySet()).containsExactly("schema", "dialect", "id", "article", "comments");
    assertThat(document.get("schema")).isEqualTo("threadkit.discussion/2");
    assertThat(document.get("dialect")).isEqualTo("topcor");
    assertThat(document.get("id")).isEqualTo(seed.id());
    Map<String, Object> article = new java.util.LinkedHashMap<>();
    article.put("title", seed.article().title());
    article.put("paragraphs", seed.article().paragraphs());
    article.put("commentCount", null);
    article.put("boilerplate", List.of());
    article.put("attributes", Map.of());
    assertThat(document.get("article")).isEqualTo(article);

    List<Map<String, Object>> flattened = preOrder(document);
    assertThat(flattened).hasSize(seed.size());
    for (int i = 0; i < seed.size(); i++) {
      ModelAssertions.assertJsonComment(flattened.get(i), seed.comments().get(i));
    }
    // 3.1 is nested inside 3, and only there.
    List<Map<String, Object>> roots = list(document.get("comments"));
    assertThat(roots).extracting(c -> c.get("id")).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(list(roots.get(2).get("replies"))).extracting(c -> c.get("id")).containsExactly("3.1");
  }

  @Test
  void writesWhatSchemaTwoAddedFieldByField() throws IOException {
    Discussion discussion = Fixtures.schema2();
    Map<String, Object> document = read(write(JsonExporter.builder().build(), discussion, null));

    assertThat(document.get("article")).isEqualTo(Map.of("title", "Schema two", "paragraphs", List.of("Body."),
        "commentCount", 4, "boilerplate", List.of("Leave a reply", "Share: x, y"),
        "attributes", Map.of("countLine", "4 comments", "photoCredit", "Photo: someone")));
    List<Map<String, Object>> comments = preOrder(document);
    assertThat(comments).hasSize(discussion.size());
    for (int i = 0; i < discussion.size(); i++) {
      ModelAssertions.assertJsonComment(comments.get(i), discussion.comments().get(i));
    }
    // Spelled out once, independently of ModelAssertions:
    Map<String, Object> first = comments.get(0);
    assertThat(first).containsEntry("posted", null).containsEntry("postedAfter", "2024-03-01T07:00:00Z")
        .containsEntry("postedBefore", "2024-03-01T07:59:59Z").containsEntry("timeWritten", "5 hours ago");
    assertThat(first.get("attributes")).isEqualTo(Map.of(
        "edited", true, "likes", 3_000_000_000L, "presence", "online", "score", 12));
    assertThat(first.get("unplaced")).isEqualTo(List.of(Map.of("line", 7, "text", "  1. alice Online 5 hours ago ?"),
        Map.of("line", 8, "text", "    stray")));
    assertThat(comments.get(1)).containsEntry("author", null).containsEntry("timeWritten", "yesterday")
        .containsEntry("postedAfter", null).containsEntry("postedBefore", null);
    assertThat(comments.get(1).get("attributes")).isEqualTo(Map.of("pinned", false, "replyTo", "alice"));
    assertThat(comments).extracting(c -> c.get("kind")).containsExactly("comment", "comment", "pingback", "deleted",
        "comment");
    assertThat(comments.get(3)).containsEntry("posted", "2024-02-29T23:05:00").containsEntry("timeWritten", null);
    assertThat(comments.get(3).get("attributes")).isEqualTo(Map.of("writtenOrdinal", 4));
  }

  @Test
  void seedOutputIsValidAgainstThePublishedSchema() throws IOException {
    Schema schema = schema();

    for (JsonExporter exporter : List.of(JsonExporter.builder().build(),
        JsonExporter.builder().pretty(false).sourceLines(false).build())) {
      for (Discussion discussion : List.of(seed, Fixtures.schema2(), Fixtures.tricky(), Fixtures.zigzag())) {
        JsonNode document = MAPPER.readTree(write(exporter, discussion, null));
        assertThat(schema.validate(document)).as("errors of %s", discussion.id()).isEmpty();
      }
    }
    JsonNode withDiagnostics = MAPPER.readTree(write(JsonExporter.builder().build(), seed,
        List.of(new ExportDiagnostic("warning", "header.no-date", 27, 5, "no date in header"))));
    assertThat(schema.validate(withDiagnostics)).isEmpty();
  }

  @Test
  void schemaRejectsDocumentsThatBreakTheContract() throws IOException {
    Schema schema = schema();
    JsonNode valid = MAPPER.readTree(write(JsonExporter.builder().build(), seed, null));

    ObjectNode badStatus = (ObjectNode) valid.deepCopy();
    ((ObjectNode) badStatus.get("comments").get(2).get("attributes")).put("presence", "away");
    ObjectNode badKind = (ObjectNode) valid.deepCopy();
    ((ObjectNode) badKind.get("comments").get(0)).put("kind", "trackback");
    ObjectNode oldSchema = (ObjectNode) valid.deepCopy();
    oldSchema.put("schema", "threadkit.discussion/1");
    ObjectNode nestedAttribute = (ObjectNode) valid.deepCopy();
    ((ObjectNode) nestedAttribute.get("comments").get(0).get("attributes")).putObject("deep");
    ObjectNode noDialect = (ObjectNode) valid.deepCopy();
    noDialect.remove("dialect");
    ObjectNode noReplies = (ObjectNode) valid.deepCopy();
    ((ObjectNode) noReplies.get("comments").get(0)).remove("replies");
    ObjectNode badId = (ObjectNode) valid.deepCopy();
    ((ObjectNode) badId.get("comments").get(0)).put("id", "0.1");
    ObjectNode extra = (ObjectNode) valid.deepCopy();
    extra.put("surprise", true);

    for (JsonNode invalid : List.of(badStatus, badKind, oldSchema, nestedAttribute, noDialect, noReplies, badId, extra)) {
      List<Error> errors = schema.validate(invalid);
      assertThat(errors).as("errors for an invalid document").isNotEmpty();
    }
  }

  @Test
  void writesDiagnosticsOnlyWhenGiven() throws IOException {
    JsonExporter json = JsonExporter.builder().build();
    ExportDiagnostic diagnostic = new ExportDiagnostic("error", "date.month", 3, 14, "unknown month 'Decembre'");

    Map<String, Object> with = read(write(json, seed, List.of(diagnostic)));
    Map<String, Object> empty = read(write(json, seed, List.of()));
    Map<String, Object> without = read(write(json, seed, null));

    assertThat(with.get("diagnostics")).isEqualTo(List.of(Map.of(
        "severity", "error", "code", "date.month", "line", 3, "column", 14, "message", "unknown month 'Decembre'")));
    assertThat(empty.get("diagnostics")).isEqualTo(List.of());
    assertThat(without).doesNotContainKey("diagnostics");
  }

  @Test
  void compactOutputIsOneLineWithTheSameContent() throws IOException {
    String compact = new String(write(JsonExporter.builder().pretty(false).build(), seed, null), UTF_8);
    String pretty = new String(write(JsonExporter.builder().build(), seed, null), UTF_8);

    assertThat(compact).endsWith("}\n").doesNotContain("\n  ");
    assertThat(compact.indexOf('\n')).isEqualTo(compact.length() - 1);
    assertThat(read(compact.getBytes(UTF_8))).isEqualTo(read(pretty.getBytes(UTF_8)));
  }

  @Test
  void sourceLinesCanBeLeftOut() throws IOException {
    Map<String, Object> document = read(write(JsonExporter.builder().sourceLines(false).build(), seed, null));

    assertThat(preOrder(document)).allSatisfy(c -> assertThat(c).doesNotContainKey("lines"));
  }

  static Schema schema() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  /** The comments of a document in document order, walked with an explicit stack. */
  static List<Map<String, Object>> preOrder(Map<String, Object> document) {
    List<Map<String, Object>> out = new ArrayList<>();
    Deque<Map<String, Object>> stack = new ArrayDeque<>();
    List<Map<String, Object>> roots = list(document.get("comments"));
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Map<String, Object> comment = stack.pop();
      out.add(comment);
      List<Map<String, Object>> replies = list(comment.get("replies"));
      for (int i = replies.size() - 1; i >= 0; i--) {
        stack.push(replies.get(i));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(byte[] json) {
    return MAPPER.readValue(json, Map.class);
  }

  static byte[] write(JsonExporter exporter, Discussion discussion, List<ExportDiagnostic> diagnostics)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (diagnostics == null) {
      exporter.write(discussion, out);
    } else {
      exporter.write(discussion, diagnostics, out);
    }
    return out.toByteArray();
  }

  @Test
  void commentsStayInDocumentOrderAcrossDepthChanges() throws IOException {
    Discussion discussion = Fixtures.zigzag();
    List<Map<String, Object>> flattened = preOrder(read(write(JsonExporter.builder().build(), discussion, null)));

    assertThat(flattened).extracting(c -> c.get("id"))
        .containsExactlyElementsOf(discussion.comments().stream().map(c -> c.id().toString()).toList());
    for (int i = 0; i < discussion.size(); i++) {
      Comment comment = discussion.comments().get(i);
      ModelAssertions.assertJsonComment(flattened.get(i), comment);
    }
  }
}
