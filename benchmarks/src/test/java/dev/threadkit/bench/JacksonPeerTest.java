package dev.threadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.export.JsonDiscussionReader;
import dev.threadkit.export.JsonExporter;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.DumpParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Jackson peer does the same work as the parser: it rebuilds the very same discussion. */
class JacksonPeerTest {

  private static final DumpParser PARSER = DumpParser.builder().build();
  private final JsonDiscussionReader reader = JsonDiscussionReader.builder().build();

  @Test
  void readsTheSeedsJsonExportBackIntoTheParsedSeed() throws IOException {
    Discussion parsed = PARSER.parse(Inputs.seedDump(), "000_599c788b2f42df5e").discussion();
    byte[] json = export(JsonExporter.builder().build(), parsed); // the json format's defaults
    byte[] withoutLines = export(JsonExporter.builder().sourceLines(false).build(), parsed);

    assertThat(reader.read(withoutLines)).isEqualTo(parsed.withoutSources());
    assertThat(reader.read(json).withoutSources()).isEqualTo(parsed.withoutSources());
    assertThat(reader.read(new String(json, StandardCharsets.UTF_8)).withoutSources())
        .isEqualTo(parsed.withoutSources());
    assertThat(parsed.size()).isPositive();
  }

  @Test
  void readsSourceLinesWhenTheExportHasThem() throws IOException {
    Discussion parsed = PARSER.parse(Inputs.seedDump(), "000_599c788b2f42df5e").discussion();
    assertThat(reader.read(export(Inputs.JSON, parsed))).isEqualTo(parsed);
  }

  /** Every benchmark size's content, as the benchmarks build it, round-trips (16M is left to the benchmark). */
  @ParameterizedTest
  @ValueSource(strings = {"seed", "10K", "1M"})
  void readsEveryBenchmarkInputBackIntoItsDiscussion(String size) {
    Inputs in = Inputs.of(size);
    assertThat(in.dumpUtf8.length).isGreaterThanOrEqualTo(size.equals("seed") ? 1 : Inputs.chars(size));
    assertThat(reader.read(in.json)).isEqualTo(in.discussion);
    assertThat(reader.read(in.jsonText)).isEqualTo(in.discussion);
  }

  // 2,000 levels nest 4,000 deep in JSON, past Jackson's default limit; ids grow with depth, so not more.
  @Test
  void readsDeepThreadsWithoutRecursion() throws IOException {
    Discussion.Builder chain = Discussion.builder("deep");
    CommentId id = CommentId.root(1);
    for (int depth = 0; depth < 2_000; depth++, id = id.child(1)) {
      chain.add(Comment.builder(id, Author.of("user " + depth % 7)).text("reply " + depth).build());
    }
    Discussion deep = chain.build();
    assertThat(reader.read(export(Inputs.JSON, deep))).isEqualTo(deep);
  }

  @Test
  void readsFieldsInAnyOrder() {
    String json = "{\"comments\":[{\"replies\":[{\"text\":\"b\",\"author\":{\"name\":null,\"handle\":\"y\"},"
        + "\"id\":\"1.1\",\"replies\":[],\"posted\":null,\"attributes\":{\"presence\":\"online\"}}],\"id\":\"1\","
        + "\"text\":\"a\",\"author\":{\"handle\":\"x\",\"name\":\"X Y\"},\"posted\":\"2020-12-09T15:42:00\"}],"
        + "\"article\":{\"title\":\"t\",\"paragraphs\":[\"p\"],\"commentCount\":2,\"attributes\":{},"
        + "\"boilerplate\":[]},\"id\":\"d\",\"dialect\":\"topcor\",\"schema\":\"threadkit.discussion/2\","
        + "\"extra\":{\"a\":[1,{}]}}";
    Discussion read = reader.read(json);
    assertThat(read.size()).isEqualTo(2);
    assertThat(read.dialect()).isEqualTo("topcor");
    assertThat(read.comments().get(0).exactTime()).contains(LocalDateTime.of(2020, 12, 9, 15, 42));
    assertThat(read.comments().get(1).id()).isEqualTo(CommentId.of(1, 1));
    assertThat(read.comments().get(1).attribute(Attribute.PRESENCE)).contains(Presence.ONLINE);
    assertThat(read.article().commentCount()).hasValue(2);
  }

  /** What the seed does not have: anonymity, kinds, relative times, every kind of attribute, kept lines. */
  @Test
  void readsEverySchemaTwoFieldBackIntoTheModel() throws IOException {
    Discussion discussion = SchemaTwo.everyField();

    assertThat(reader.read(export(Inputs.JSON, discussion))).isEqualTo(discussion);
    assertThat(reader.read(export(JsonExporter.builder().build(), discussion))).isEqualTo(discussion);
  }

  @Test
  void sizesAreBinaryMultiples() {
    assertThat(Inputs.chars("10K")).isEqualTo(10 * 1024);
    assertThat(Inputs.chars("16M")).isEqualTo(16 * 1024 * 1024);
    assertThat(Inputs.chars("500")).isEqualTo(500);
  }

  private static byte[] export(JsonExporter exporter, Discussion discussion) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(discussion, out);
    return out.toByteArray();
  }
}
