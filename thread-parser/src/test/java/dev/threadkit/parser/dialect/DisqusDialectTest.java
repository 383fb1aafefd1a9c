package dev.threadkit.parser.dialect;

import static dev.threadkit.parser.dialect.DialectFixtures.author;
import static dev.threadkit.parser.dialect.DialectFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code disqus} dialect on hand-written copies of the widget and on the real sample. */
class DisqusDialectTest {
  static final Path FIXTURES = Path.of("src/test/resources/dumps/disqus");
  static final Path SAMPLES = Path.of("../../shared/samples");
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2026-11-25T12:00Z");

  private static String read(String name) throws IOException {
    return DialectFixtures.read("disqus/" + name);
  }

  private static ParseResult parse(String text) {
    return DumpParser.builder().build().parse(text, "disqus-test");
  }

  static Stream<Path> fixtures() throws IOException {
    return DialectFixtures.files(FIXTURES);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureIsDetectedAsDisqusAndKeepsEveryLine(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    ParseResult detected = parse(text);
    assertThat(detected.dialect()).isEqualTo("disqus");
    assertThat(KeptLines.lost(text, detected)).isEmpty();
    ParseResult forced = DumpParser.builder().dialect("disqus").build().parse(text, "disqus-test");
    assertThat(forced.discussion()).isEqualTo(detected.discussion());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aCopyCutAtAnyByteNeverThrowsAndKeepsEveryLine(Path file) throws IOException {
    DialectFixtures.assertEveryCutKeepsEveryLine(file, "disqus");
  }

  @Test
  void headersNamesActionLinesAndFurniture() throws IOException {
    ParseResult result = parse(read("top-level-and-named-replies.txt"));
    Discussion d = result.discussion();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(d.article().title()).isEqualTo("Council votes to close the old ferry landing");
    assertThat(d.article().paragraphs()).hasSize(2);
    assertThat(d.article().commentCount()).hasValue(5);
    assertThat(d.article().attribute(Attribute.COUNT_LINE)).hasValue("5 comments        Sort by Best");
    assertThat(d.article().boilerplate()).containsExactly("Join the discussion…", "Load more comments\nPowered by Disqus");
    assertThat(ids(d)).containsExactly("1", "1.1", "1.1.1", "1.1.2", "2");
    List<Comment> c = d.comments();
    assertThat(c).extracting(DialectFixtures::author)
        .containsExactly("Dana Holt", "rivera_k", "Dana Holt", "M. van Loon", "Pieter");
    assertThat(c.get(0).attribute(Attribute.REPLY_TO)).isEmpty();
    assertThat(c.get(1).attribute(Attribute.REPLY_TO)).hasValue("Dana Holt");
    assertThat(c.get(3).attribute(Attribute.REPLY_TO)).hasValue("rivera_k");
    assertThat(c.get(0).attribute(Attribute.LIKES)).hasValue(12L);
    assertThat(c.get(1).attribute(Attribute.LIKES)).hasValue(3L);
    assertThat(c.get(2).attribute(Attribute.LIKES)).isEmpty();
    assertThat(c.get(3).attribute(Attribute.LIKES)).hasValue(1200L);
    assertThat(c.get(2).attribute(Attribute.EDITED)).hasValue(true);
    assertThat(c.get(1).attribute(Attribute.EDITED)).isEmpty();
    assertThat(c.get(0).time()).hasValue(CommentTime.relative("9 months ago"));
    assertThat(c.get(3).time()).hasValue(CommentTime.relative("a year ago"));
    assertThat(c.get(1).text()).isEqualTo("Not sure that follows from the article.\n\nThe figures in the second paragraph are from 2019.");
    assertThat(c.get(1).source().orElseThrow().first()).isEqualTo(14); // the Avatar line
    assertThat(c.get(1).source().orElseThrow().last()).isEqualTo(20); // the action line
  }

  @Test
  void indentationOfOneSpaceALevelChoosesAmongRepeatedNames() throws IOException {
    ParseResult result = parse(read("indented-replies-repeated-names.txt"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "1.1.1", "1.2");
    assertThat(result.discussion().comments().get(2).attribute(Attribute.LIKES)).hasValue(2L);
    assertThat(result.discussion().comments().get(3).text()).isEqualTo("Will the beach stay open?");
    // without the indentation, the nearest comment by the name wins: carla answers the deeper anna
    String flat = read("indented-replies-repeated-names.txt").lines().map(String::strip)
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    assertThat(ids(parse(flat).discussion())).containsExactly("1", "1.1", "1.1.1", "1.1.1.1");
  }

  @Test
  void aDeletedCommentKeepsItsPlaceAndItsRepliesHangUnderItByIndentation() throws IOException {
    ParseResult result = parse(read("deleted-comment-and-its-replies.txt"));
    List<Comment> c = result.discussion().comments();
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "2");
    assertThat(c.get(0).kind()).isEqualTo(dev.threadkit.model.CommentKind.DELETED);
    assertThat(c.get(0).author()).isEmpty();
    assertThat(c.get(0).time()).isEmpty();
    assertThat(c.get(0).text()).isEmpty();
    assertThat(c.get(0).source().orElseThrow().first()).isEqualTo(7);
    assertThat(c.get(0).source().orElseThrow().last()).isEqualTo(8);
    // the reply names "Guest", whom no comment shows: reported, and placed by its indentation
    assertThat(c.get(1).attribute(Attribute.REPLY_TO)).hasValue("Guest");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.REPLY_TO_UNKNOWN);
      assertThat(d.message()).contains("depth 1 by its indentation");
    });
  }

  @Test
  void aReplyToANameNoEarlierCommentHasIsReportedAndKeptAtTheTopLevel() throws IOException {
    ParseResult result = parse(read("reply-to-unknown-name.txt"));
    assertThat(ids(result.discussion())).containsExactly("1", "2");
    assertThat(result.discussion().comments().get(1).attribute(Attribute.REPLY_TO)).hasValue("Someone Else");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.REPLY_TO_UNKNOWN);
      assertThat(d.line()).isEqualTo(10);
      assertThat(d.column()).isEqualTo(9);
      assertThat(d.message()).contains("'Someone Else'").contains("top level");
    });
  }

  @Test
  void aReplyToAThreadClosedBeforeItSaysSo() {
    String text = """
        Title

        Avatar
        ann • 2 days ago
        First.
         • Reply•Share ›
        Avatar
        bob  ann • 2 days ago
        Second.
         • Reply•Share ›
        Avatar
        cy • 1 day ago
        Third.
         • Reply•Share ›
        Avatar
        dee  bob • 1 day ago
        Late answer.
         • Reply•Share ›
        """;
    ParseResult result = parse(text);
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "2", "3");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.REPLY_TO_UNKNOWN);
    assertThat(result.diagnostics().get(0).message()).contains("closed before it");
  }

  @Test
  void aReplyToANameIsToldApartFromOneNeverSeenAfterAnEarlierUnknownReply() throws IOException {
    String text = read("replies-to-closed-threads-and-unknown-names.txt");
    ParseResult result = parse(text);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.REPLY_TO_UNKNOWN);
    assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "reply to 'nobody', who wrote no earlier comment; kept at the top level",
        "reply to 'cy', whose comments are all in threads closed before it; kept at the top level",
        "reply to 'ann', whose comments are all in threads closed before it; kept at the top level",
        "reply to 'hal', who wrote no earlier comment; kept at the top level");
    assertThat(result.discussion().comments()).extracting(c -> c.attribute(Attribute.REPLY_TO).orElse(""))
        .containsExactly("", "nobody", "", "", "cy", "ann", "hal");
  }

  @Test
  void aCopyCutMidHeaderOrMidBodyIsReportedAndEveryLineKept() throws IOException {
    String header = read("cut-mid-header.txt");
    ParseResult cutHeader = parse(header);
    assertThat(ids(cutHeader.discussion())).containsExactly("1");
    assertThat(cutHeader.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticCode.COPY_CUT, 10, 17));
    assertThat(KeptLines.lost(header, cutHeader)).isEmpty();

    String body = read("cut-mid-body.txt");
    ParseResult cutBody = parse(body);
    assertThat(cutBody.discussion().comments()).singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("Six weeks is what they said last time, and the time bef"));
    assertThat(cutBody.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticCode.COPY_CUT, 7));
  }

  @Test
  void anUnknownAgeWordIsReportedAndKeptAsWritten() throws IOException {
    ParseResult result = DumpParser.builder().capturedAt(CAPTURED).build().parse(read("unknown-age-word.txt"), "x");
    assertThat(result.discussion().comments()).singleElement()
        .satisfies(c -> assertThat(c.time()).hasValue(CommentTime.relative("3 fortnights ago")));
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_AGE);
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.column()).isEqualTo(8);
    });
  }

  @Test
  void relativeAgesAreResolvedWhenTheTimeOfTheCopyIsKnown() throws IOException {
    ParseResult result = DumpParser.builder().capturedAt(CAPTURED).build()
        .parse(read("top-level-and-named-replies.txt"), "x");
    CommentTime time = result.discussion().comments().get(4).time().orElseThrow();
    assertThat(time).isInstanceOf(CommentTime.Relative.class);
    CommentTime.Relative relative = (CommentTime.Relative) time;
    assertThat(relative.written()).isEqualTo("2 hours ago");
    assertThat(relative.interval()).hasValue(new CommentTime.Interval(
        Instant.parse("2026-11-25T09:30:00Z"), Instant.parse("2026-11-25T10:30:00Z")));
  }

  @Test
  void furnitureWordsInsideABodyAreTextAndLoadMoreEndsACommentThatLostItsActionLine() {
    String text = """
        Title

        Join the discussion…
        Avatar
        ann • 2 days ago
        Subscribe
        Privacy, they say, matters.
        4 • Reply•Share ›
        Avatar
        bo  ann • 1 day ago
        No action line below.
        Load more comments
        Avatar
        cy • 1 day ago
        Last.
         • Reply•Share ›
        """;
    ParseResult result = parse(text);
    assertThat(result.diagnostics()).isEmpty();
    Discussion d = result.discussion();
    assertThat(d.article().boilerplate()).containsExactly("Join the discussion…", "Load more comments");
    assertThat(ids(d)).containsExactly("1", "1.1", "2");
    assertThat(d.comments().get(0).text()).isEqualTo("Subscribe\nPrivacy, they say, matters.");
    assertThat(d.comments().get(0).attribute(Attribute.LIKES)).hasValue(4L);
    assertThat(d.comments().get(1).text()).isEqualTo("No action line below.");
  }

  @Test
  void theWidgetsWordsAreDataAUserExtends() {
    String text = """
        Titel

        Profilbild
        Anna • 2 days ago
        Gut.
        3 • Antworten•Teilen ›
        Profilbild
        Bert  Anna • 1 day ago
        Ja.
         • Antworten•Teilen ›
        """;
    dev.threadkit.parser.spi.Vocabulary german = dev.threadkit.parser.spi.Vocabulary.parse("""
        phrase avatar Profilbild
        phrase action Antworten
        phrase action Teilen
        """);
    ParseResult result = DumpParser.builder().vocabulary("disqus", german).build().parse(text, "de");
    assertThat(result.dialect()).isEqualTo("disqus");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result.discussion())).containsExactly("1", "1.1");
    assertThat(result.discussion().comments().get(0).attribute(Attribute.LIKES)).hasValue(3L);
    assertThat(result.discussion().comments().get(1).source().orElseThrow().first()).isEqualTo(7);
  }

  @Test
  void aBylineWithABulletAndAnAgeIsNoCommentSection() {
    String article = """
        Ferry landing to close

        By Ann Lee • 3 hours ago

        The council voted on Tuesday.
        """;
    assertThat(parse(article).dialect()).isEqualTo("plain");
  }

  @Test
  void theRealSampleIsDetectedAndItsReplyHangsUnderTheCommentItNames() throws IOException {
    Path sample = SAMPLES.resolve("disqus-widget-copy.txt");
    assumeThat(Files.exists(sample)).as("the shared samples are present").isTrue();
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    ParseResult result = DumpParser.builder().capturedAt(CAPTURED).build().parse(text, "sample");
    assertThat(result.dialect()).isEqualTo("disqus");
    List<Comment> comments = result.discussion().comments();
    assertThat(comments).hasSize(2);
    Comment named = comments.get(0);
    Comment reply = comments.get(1);
    assertThat(reply.attribute(Attribute.REPLY_TO)).contains(author(named));
    assertThat(reply.parentId()).hasValue(named.id());
    assertThat(reply.time()).hasValueSatisfying(t -> assertThat(((CommentTime.Relative) t).interval()).isPresent());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.COPY_CUT);
    assertThat(KeptLines.lost(text, result)).isEmpty();
  }

  @Test
  void theWriterWritesWhatTheReaderReadsBack() throws IOException {
    Discussion read = parse(read("top-level-and-named-replies.txt")).discussion().withoutSources();
    StringBuilder out = new StringBuilder();
    DumpParser parser = DumpParser.builder().build();
    parser.dialects().stream().filter(x -> x.name().equals("disqus")).findFirst().orElseThrow()
        .writer().orElseThrow().write(read, out);
    ParseResult again = parser.parse(out.toString(), read.id());
    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.discussion().withoutSources()).isEqualTo(read);
  }
}
