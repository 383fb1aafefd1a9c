package dev.threadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.export.JsonExporter;
import dev.threadkit.model.Discussion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    Discussion discussion = SchemaTwo.everyField();

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
