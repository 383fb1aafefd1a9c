package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.internal.dialect.TopcorWriter;
import dev.threadkit.testkit.Dumps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled seed parses to exactly what a careful reader reads out of it, every field. */
class SeedTest {

  static final Path SEED = Path.of("../seeds/000_599c788b2f42df5e.txt");

  private final ParseResult result = DumpParser.builder().strict(true).build().parse(SEED);
  private final Discussion discussion = result.discussion();

  @Test
  void isDetectedAsTopcorWithNoDiagnosticsAndNoUnplacedLines() {
    assertThat(result.dialect()).isEqualTo("topcor");
    assertThat(discussion.dialect()).isEqualTo("topcor");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.unplacedLines()).isEmpty();
    assertThat(result.sourceName()).isEqualTo(SEED.toString());
    assertThat(discussion.id()).isEqualTo("000_599c788b2f42df5e");
  }

  @Test
  void readsTheArticle() {
    Article article = discussion.article();
    assertThat(article.title()).isEqualTo("Korea Times: Russia and China are rapidly forming anti-Western alliance");
    assertThat(article.paragraphs()).hasSize(4);
    assertThat(article.paragraphs().get(0)).startsWith("The most interesting sign of international relations")
        .endsWith("The Korea Times writes about it.");
    assertThat(article.paragraphs().get(1)).startsWith("One of the evidence of the mutual warm disposition")
        .endsWith("foreign policy, economy and security.");
    assertThat(article.paragraphs().get(2)).startsWith("Ties between the countries are strengthening")
        .endsWith("located in the PRC.");
    assertThat(article.paragraphs().get(3)).startsWith("Such initiatives have not gone unnoticed in the West.")
        .endsWith("Russia and China are rapidly creating an anti-Western alliance, the newspaper concluded.");
    assertThat(article.paragraphs()).noneMatch(p -> p.contains("\n"));
    assertThat(article.commentCount()).isEmpty();
    assertThat(article.attributes().isEmpty()).isTrue();
    assertThat(article.boilerplate()).isEmpty();
  }

  @Test
  void readsSevenCommentsWithTheirIdsAuthorsStatusAndTimes() {
    assertThat(discussion.comments()).extracting(c -> c.id().toString())
        .containsExactly("1", "2", "3", "3.1", "4", "5", "6");
    assertThat(discussion.comments()).extracting(c -> c.author().orElseThrow()).containsExactly(
        Author.of("steelmaker"),
        Author.of("Bulanov", "Vladimir"),
        Author.of("Old man", "Old man"),
        Author.of("Vladimir Tuzakov", "Vladimir Tuzakov"),
        Author.of("Valentine", "Valentin"),
        Author.of("Jacques sekavar", "Jacques Sekavar"),
        Author.of("Tramp_62", "Serge Shevyakov"));
    assertThat(discussion.comments()).extracting(Comment::kind).containsOnly(CommentKind.COMMENT);
    assertThat(discussion.comments()).extracting(c -> c.attribute(Attribute.PRESENCE)).containsExactly(
        Optional.of(Presence.OFFLINE), Optional.of(Presence.OFFLINE), Optional.of(Presence.OFFLINE),
        Optional.empty(), Optional.of(Presence.OFFLINE), Optional.of(Presence.OFFLINE),
        Optional.of(Presence.OFFLINE));
    assertThat(discussion.comments()).extracting(c -> c.exactTime().orElseThrow()).containsExactly(
        LocalDateTime.of(2020, 12, 9, 15, 35),
        LocalDateTime.of(2020, 12, 9, 15, 42),
        LocalDateTime.of(2020, 12, 9, 15, 42),
        LocalDateTime.of(2020, 12, 9, 18, 10),
        LocalDateTime.of(2020, 12, 9, 16, 24),
        LocalDateTime.of(2020, 12, 9, 23, 28),
        LocalDateTime.of(2020, 12, 11, 19, 40));
    assertThat(discussion.comments()).extracting(c -> c.source().orElseThrow()).containsExactly(
        new LineRange(10, 12), new LineRange(13, 15), new LineRange(16, 26), new LineRange(27, 28),
        new LineRange(29, 31), new LineRange(32, 59), new LineRange(60, 62));
    assertThat(discussion.comments()).allSatisfy(c -> {
      assertThat(c.unplaced()).isEmpty();
      assertThat(c.attributes().keys()).isSubsetOf(Attribute.PRESENCE);
    });
  }

  @Test
  void buildsTheReplyTree() {
    CommentId three = CommentId.of(3);
    assertThat(discussion.roots()).extracting(c -> c.id().toString()).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(discussion.repliesOf(three)).extracting(c -> c.id().toString()).containsExactly("3.1");
    assertThat(discussion.parentOf(CommentId.of(3, 1))).map(Comment::id).contains(three);
    assertThat(discussion.comment(CommentId.of(3, 1)).orElseThrow().depth()).isEqualTo(1);
    assertThat(discussion.maxDepth()).isEqualTo(1);
    assertThat(discussion.authors()).hasSize(7);
  }

  @Test
  void keepsBodiesWithTheirLineBreaks() {
    assertThat(text("1")).isEqualTo("This union is needed primarily by China. I do not think that China, if anything, is "
        + "\"harnessing\" for Russia. In Syria, they did not dare to help us, and even more so with the United States "
        + "and Europe. The Americans demand 2% of GDP to defend Europe, and we, as usual, for nothing.");
    assertThat(text("3").split("\n", -1)).hasSize(9);
    assertThat(text("3")).startsWith("China is the future leader of the Periphery (\"Core and Periphery Concept\"). "
        + "It's unavoidable.\nThe next contender is India.");
    assertThat(text("3")).endsWith("(in particular, part I, chapter X and part II, chapter VIII)");
    assertThat(text("3.1")).startsWith("Here, to such theories created from the finger").doesNotContain("\n");
    assertThat(text("4")).isEqualTo("Yes, it\u2019s time for us to do real business, Mr. \"Guarantor\", and not wipe "
        + "off the spitting of our \"partners\".");
    assertThat(text("6")).endsWith("And this is very important for us and China in our time !!!");
  }

  @Test
  void keepsTheQuotesAndBlankLinesOfCommentFive() {
    String five = text("5");
    List<String> lines = List.of(five.split("\n", -1));
    assertThat(lines).hasSize(26);
    assertThat(lines.get(0)).isEqualTo("Moscow and Beijing forge an alliance to jointly counter threats from the West");
    assertThat(lines.get(1)).isEmpty();
    assertThat(lines.get(2)).startsWith("Threats to China, North Korea, Iran, Russia, Cuba, Venezuela");
    assertThat(lines.get(3)).isEmpty();
    assertThat(lines.get(4)).isEqualTo("Links between countries strengthened with collaboration to develop antiviral vaccine");
    assertThat(lines.get(5)).isEmpty();
    assertThat(lines.get(6)).startsWith("If Covid-19 is a Pandemic");
    assertThat(lines.get(7)).startsWith("However, any cooperation");
    assertThat(lines.get(9)).isEqualTo("Russian-Chinese missile warning system");
    assertThat(lines.get(18)).isEqualTo("joint Russian-Chinese military exercises on land and at sea");
    assertThat(lines.get(25)).startsWith("The same Russian Federation claims").endsWith("etc. rave.");
    assertThat(lines).filteredOn(String::isEmpty).hasSize(9);
    assertThat(lines).noneMatch(l -> l.startsWith(" "));
  }

  @Test
  void writingTheParsedSeedBackWithTopcorWriterGivesTheSeedByteForByte() throws IOException {
    StringBuilder out = new StringBuilder();
    new TopcorWriter().write(discussion, out);

    assertThat(out.toString()).isEqualTo(Files.readString(SEED, StandardCharsets.UTF_8));
  }

  @Test
  void theWritersFoundThroughTheDialectAndThroughServiceLoaderWriteTheSameBytes() throws IOException {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    DialectWriter writer = DumpParser.builder().build().dialects().stream()
        .filter(d -> d.name().equals(discussion.dialect())).findFirst().orElseThrow().writer().orElseThrow();
    StringBuilder out = new StringBuilder();
    writer.write(discussion, out);

    assertThat(writer.dialect()).isEqualTo("topcor");
    assertThat(out.toString()).isEqualTo(seed);
    // The testkit looks the writer up with ServiceLoader.load(DialectWriter.class), as exporters do.
    assertThat(Dumps.render(discussion)).isEqualTo(seed);
  }

  private String text(String id) {
    return discussion.comment(CommentId.parse(id)).orElseThrow().text();
  }
}
