package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Converts a folder that mixes every built-in dialect, one dump each, with no {@code --dialect}:
 * each dump is read in its own dialect, to csv and to a convokit corpus alike, and the plain
 * text, which has no comments, gives no rows but says so on standard error.
 */
class ConvertMixedFolderTest {

  private static final String FOLDER = "mixed";

  /** Discussion id (the file name without {@code .txt}) to the dialect it is written in. */
  private static final Map<String, String> DIALECT = ordered(
      "disqus-library-hours", "disqus",
      "hn-tiny-weather-station", "hn",
      "numbered-garden-club", "numbered",
      "plain-meeting-notes", "plain",
      "reddit-sourdough-starter", "reddit",
      "topcor-bridge-repairs", "topcor",
      "youtube-kettle-review", "youtube");

  /** Discussion id to the comments its dump holds (replies included). */
  private static final Map<String, Long> COMMENTS = Map.of(
      "disqus-library-hours", 3L,
      "hn-tiny-weather-station", 4L,
      "numbered-garden-club", 3L,
      "reddit-sourdough-starter", 3L,
      "topcor-bridge-repairs", 4L,
      "youtube-kettle-review", 3L);

  /** Discussion id to its replies: the comments whose parent is a comment, rebuilt from each dialect's signals. */
  private static final Map<String, Long> REPLIES = Map.of(
      "disqus-library-hours", 1L,
      "hn-tiny-weather-station", 2L,
      "numbered-garden-club", 1L,
      "reddit-sourdough-starter", 1L,
      "topcor-bridge-repairs", 2L,
      "youtube-kettle-review", 1L);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path temp;

  @Test
  void theFolderHoldsOneDumpOfEachBuiltInDialect() throws IOException {
    try (var files = Files.list(Cli.fixture(FOLDER))) {
      assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.txt$", "")))
          .containsExactlyInAnyOrderElementsOf(DIALECT.keySet());
    }
    assertThat(DIALECT.values()).containsExactlyInAnyOrder(
        "topcor", "numbered", "hn", "reddit", "disqus", "youtube", "plain");
  }

  @Test
  void csvReadsEachDumpInItsOwnDialectWithItsComments() throws IOException {
    Path out = temp.resolve("comments.csv");

    Cli.Run run = cli().run("convert", path(FOLDER), "--to", "csv", "-o", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    List<Map<String, String>> rows = csvRows(out);
    Map<String, Long> perDiscussion = rows.stream().collect(groupingBy(r -> r.get("discussion"), counting()));
    assertThat(perDiscussion).isEqualTo(COMMENTS);
    assertThat(rows.stream().filter(r -> !r.get("parent").isEmpty()).collect(groupingBy(r -> r.get("discussion"), counting())))
        .isEqualTo(REPLIES);
    assertThat(rows).allSatisfy(row ->
        assertThat(row.get("dialect")).as("dialect of %s", row.get("key")).isEqualTo(DIALECT.get(row.get("discussion"))));
    List<String> keys = rows.stream().map(r -> r.get("key")).toList();
    assertThat(keys).doesNotHaveDuplicates().allSatisfy(key -> assertThat(key).isNotBlank());
    assertThat(rows).allSatisfy(row -> assertThat(row.get("key")).startsWith(row.get("discussion") + "/"));
    assertNoCommentsFoundOnlyForThePlainText(run);
  }

  @Test
  void convokitRecordsEachConversationsDialectAndItsComments() throws IOException {
    Path corpus = temp.resolve("corpus");

    Cli.Run run = cli().run("convert", path(FOLDER), "--to", "convokit", "-o", corpus.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode conversations = JSON.readTree(corpus.resolve("conversations.json").toFile());
    Map<String, String> dialectPerDiscussion = new LinkedHashMap<>();
    for (JsonNode conversation : conversations.values()) {
      JsonNode meta = conversation.get("meta");
      dialectPerDiscussion.put(meta.get("discussion").asString(), meta.get("dialect").asString());
    }
    assertThat(dialectPerDiscussion).isEqualTo(DIALECT);
    assertThat(conversations.propertyNames()).hasSize(DIALECT.size());

    List<JsonNode> utterances = Files.readAllLines(corpus.resolve("utterances.jsonl")).stream()
        .map(JSON::readTree).toList();
    assertThat(utterances.stream().map(u -> u.get("id").asString()).toList()).doesNotHaveDuplicates();
    Map<String, Long> commentsPerDiscussion = utterances.stream()
        .filter(u -> !u.get("meta").get("kind").asString().equals("article"))
        .collect(groupingBy(u -> u.get("meta").get("discussion").asString(), counting()));
    assertThat(commentsPerDiscussion).isEqualTo(COMMENTS);
    // One article utterance per dump, the plain text's included, each the root of its conversation.
    assertThat(utterances.stream().filter(u -> u.get("meta").get("kind").asString().equals("article"))
        .map(u -> u.get("conversation_id").asString()).collect(toSet()))
        .isEqualTo(conversations.propertyNames().stream().collect(toSet()));
    assertNoCommentsFoundOnlyForThePlainText(run);
  }

  /**
   * The plain text is read, found to hold no comments, and that is a warning, not an error; the
   * other dumps, complete and well formed, give no diagnostic at all.
   */
  private static void assertNoCommentsFoundOnlyForThePlainText(Cli.Run run) {
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines()[0]).isEqualTo(path(FOLDER + "/plain-meeting-notes.txt")
        + ":1:1: warning no-comments-found no comment section found: the whole text was read as the article");
    assertThat(run.errLines()[1])
        .startsWith("converted " + DIALECT.size() + " dumps (" + COMMENTS.values().stream().mapToLong(Long::longValue).sum()
            + " comments) in ");
  }

  private static List<Map<String, String>> csvRows(Path file) throws IOException {
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    try (var rows = new CsvMapper().readerFor(Map.class).with(header).<Map<String, String>>readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
