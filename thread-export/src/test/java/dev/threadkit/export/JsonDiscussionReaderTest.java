package dev.threadkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.testkit.DiscussionGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the json exporter writes, the reader reads back equal: generated discussions and every dialect's fixtures. */
class JsonDiscussionReaderTest {

  private static final Path PARSER_FIXTURES = Path.of("../thread-parser/src/test/resources/dumps");
  private static final JsonExporter JSON = JsonExporter.builder().build();
  private final JsonDiscussionReader reader = JsonDiscussionReader.builder().build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(PARSER_FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aGeneratedDiscussionReadsBackEqual(long seed) throws IOException {
    Discussion original = DiscussionGenerator.builder().seed(seed).comments((int) (seed % 60)).build().generate();

    assertThat(reader.read(export(original))).isEqualTo(original);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyDialectsFixtureReadsBackEqualWithItsSourceLinesAndResolvedTimes(Path fixture) throws IOException {
    Discussion parsed = DumpParser.builder().capturedAt(OffsetDateTime.parse("2026-11-25T12:00Z")).build()
        .parse(fixture).discussion();

    byte[] json = export(parsed);

    assertThat(reader.read(json)).isEqualTo(parsed);
    assertThat(reader.read(new String(json, StandardCharsets.UTF_8))).isEqualTo(parsed);
  }

  @Test
  void aFileReadsBackEqual(@TempDir Path temp) throws IOException {
    Discussion original = DiscussionGenerator.builder().seed(7).comments(20).build().generate();
    Path file = temp.resolve("seven.json");
    Files.write(file, export(original));

    assertThat(reader.read(file)).isEqualTo(original);
  }

  @Test
  void aChainOfTwoThousandRepliesReadsWithoutRecursion() throws IOException {
    Discussion.Builder chain = Discussion.builder("chain").dialect("topcor");
    CommentId id = CommentId.root(1);
    for (int i = 0; i < 2_000; i++) { // ids are whole paths: the JSON grows with the square of the depth
      chain.add(Comment.builder(id, Author.of("a" + (i % 7))).text("reply " + i).build());
      id = id.child(1);
    }
    Discussion original = chain.build();

    assertThat(reader.read(export(original))).isEqualTo(original);
  }

  @Test
  void brokenJsonIsRefusedNamingTheLineAndColumn() {
    assertThatThrownBy(() -> reader.read("{\"schema\": \"threadkit.discussion/2\",\n  \"id\": oops}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the document:2:");
  }

  @Test
  void anotherSchemaIsRefusedNamingIt() {
    assertThatThrownBy(() -> reader.read("{\"schema\": \"threadkit.discussion/1\", \"id\": \"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a threadkit.discussion/2 document: schema threadkit.discussion/1");
  }

  @Test
  void aCommentThatBreaksTheModelIsRefusedWithItsPlace() {
    String json = "{\"schema\":\"threadkit.discussion/2\",\"id\":\"x\",\"comments\":[{\"id\":\"1\",\"author\":"
        + "{\"handle\":\"  \",\"name\":null},\"text\":\"t\",\"replies\":[]}]}";

    assertThatThrownBy(() -> reader.read(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the document:1:").hasMessageContaining("handle");
  }

  @Test
  void aDocumentOverTheLimitIsRefusedBeforeItIsReadNamingTheSetting(@TempDir Path temp) throws IOException {
    Path file = temp.resolve("big.json");
    Files.write(file, export(DiscussionGenerator.builder().seed(1).comments(40).build().generate()));
    JsonDiscussionReader small = JsonDiscussionReader.builder().maxDocumentBytes(100).build();

    assertThatThrownBy(() -> small.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString()).hasMessageContaining("maxDocumentBytes");
    assertThatThrownBy(() -> JsonDiscussionReader.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timesOutsideTheDumpsShapeReadBackExactly() throws IOException {
    Discussion original = Discussion.builder("odd-times").dialect("topcor")
        .add(Comment.builder(CommentId.of(1), Author.of("a")).posted(LocalDateTime.of(12_000, 1, 2, 3, 4, 5, 500)).build())
        .add(Comment.builder(CommentId.of(2), Author.of("b")).posted(LocalDateTime.of(-5, 6, 7, 8, 9)).build())
        .build();

    assertThat(reader.read(export(original))).isEqualTo(original);
  }

  @Test
  void aDialectsOwnAttributeRoundTripsByItsJsonType() throws IOException {
    Discussion original = Discussion.builder("own").dialect("topcor")
        .add(Comment.builder(CommentId.of(1), Author.of("a")).attribute(dev.threadkit.model.Attribute.number("stars"), 4L)
            .attribute(dev.threadkit.model.Attribute.text("badge"), "gold").build())
        .build();

    assertThat(reader.read(export(original))).isEqualTo(original);
  }

  @Test
  void aDateThatDoesNotExistIsRefusedWithItsPlace() {
    String json = "{\"schema\":\"threadkit.discussion/2\",\"id\":\"x\",\"comments\":[{\"id\":\"1\",\"author\":null,"
        + "\"posted\":\"2020-13-01T00:00:00\",\"text\":\"t\",\"replies\":[]}]}";

    assertThatThrownBy(() -> reader.read(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the document:1:");
  }

  @Test
  void aDocumentWithoutSchemaOrWithMoreAfterItOrWithTextLinesIsRefused() {
    assertThatThrownBy(() -> reader.read("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no \"schema\"");
    assertThatThrownBy(() -> reader.read("{\"schema\":\"threadkit.discussion/2\",\"id\":\"x\"} {}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more after");
    String lines = "{\"schema\":\"threadkit.discussion/2\",\"id\":\"x\",\"comments\":[{\"id\":\"1\",\"author\":null,"
        + "\"text\":\"t\",\"lines\":{\"first\":\"a\",\"last\":2},\"replies\":[]}]}";
    assertThatThrownBy(() -> reader.read(lines)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VALUE_NUMBER_INT");
  }

  @Test
  void readsIsoTimesByHandAndOtherwiseWithTheJdk() {
    assertThat(JsonDiscussionReader.localDateTime("2020-12-09T15:42:00")).isEqualTo(LocalDateTime.of(2020, 12, 9, 15, 42));
    assertThat(JsonDiscussionReader.localDateTime("2020-12-09T15:42")).isEqualTo(LocalDateTime.of(2020, 12, 9, 15, 42));
  }

  private static byte[] export(Discussion discussion) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(discussion, out);
    return out.toByteArray();
  }
}
