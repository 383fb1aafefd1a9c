package dev.threadkit.parser.dialect;

import static dev.threadkit.parser.dialect.DialectFixtures.author;
import static dev.threadkit.parser.dialect.DialectFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

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

/** The {@code youtube} dialect on hand-written copies of watch pages and on the real sample. */
class YoutubeDialectTest {
  static final Path FIXTURES = Path.of("src/test/resources/dumps/youtube");
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2026-11-25T12:00Z");
  static final Attribute<Long> REPLY_COUNT = Attribute.number("replyCount");
  static final Attribute<Boolean> HEARTED = Attribute.flag("hearted");
  static final Attribute<String> PINNED_BY = Attribute.text("pinnedBy");

  private static String read(String name) throws IOException {
    return DialectFixtures.read("youtube/" + name);
  }

  private static ParseResult parse(String text) {
    return DumpParser.builder().build().parse(text, "youtube-test");
  }

  static Stream<Path> fixtures() throws IOException {
    return DialectFixtures.files(FIXTURES);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureIsDetectedAsYoutubeAndKeepsEveryLine(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    ParseResult detected = parse(text);
    assertThat(detected.dialect()).isEqualTo("youtube");
    assertThat(KeptLines.lost(text, detected)).isEmpty();
    assertThat(detected.discussion().maxDepth()).isLessThanOrEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aCopyCutAtAnyByteNeverThrowsAndKeepsEveryLine(Path file) throws IOException {
    DialectFixtures.assertEveryCutKeepsEveryLine(file, "youtube");
  }

  @Test
  void oneLineHeadersLikeCountsReplyCountsAndTheSidebar() throws IOException {
    ParseResult result = parse(read("one-line-headers-likes-and-reply-counts.txt"));
    Discussion d = result.discussion();
    assertThat(d.article().title()).isEqualTo("Rain on a tin roof, three hours, no music");
    assertThat(d.article().paragraphs()).containsExactly("Recorded on a farm outside Utrecht in October. ...more");
    assertThat(d.article().boilerplate()).containsExactly("2.4M", "Share Download ...",
        "Up next: Thunder over the dunes\nNature Tapes\n812K views 2 years ago", "Add a comment…");
    assertThat(d.article().commentCount()).hasValue(1204);
    assertThat(ids(d)).containsExactly("1", "2", "3");
    List<Comment> c = d.comments();
    assertThat(c).extracting(DialectFixtures::author).containsExactly("@mira.sleeps", "@oldfarmer_nl", "@quiet_listener");
    assertThat(c).extracting(x -> x.attribute(Attribute.LIKES).orElse(-1L)).containsExactly(10_000L, 1_200L, -1L);
    assertThat(c).extracting(x -> x.attribute(REPLY_COUNT).orElse(-1L)).containsExactly(161L, 1L, -1L);
    assertThat(c.get(1).attribute(Attribute.EDITED)).hasValue(true);
    assertThat(c.get(1).time()).hasValue(CommentTime.relative("1 year ago"));
    assertThat(c.get(1).text()).isEqualTo("I grew up under a roof like that.\n\nEvery storm sounded like a drum line.");
    // the page counts 1,204 comments; the copy holds three
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.COMMENTS_MISSING);
  }

  @Test
  void twoLineHeadersPinnedAndHearted() throws IOException {
    ParseResult result = parse(read("two-line-headers-pinned-and-hearted.txt"));
    List<Comment> c = result.discussion().comments();
    assertThat(ids(result.discussion())).containsExactly("1", "2", "3");
    assertThat(c).extracting(DialectFixtures::author).containsExactly("@shedboats", "@woodgrain_ella", "Jan de Wit");
    assertThat(c.get(0).attribute(Attribute.PINNED)).hasValue(true);
    assertThat(c.get(0).attribute(PINNED_BY)).hasValue("@shedboats");
    assertThat(c.get(0).attribute(HEARTED)).hasValue(true);
    assertThat(c.get(0).attribute(Attribute.LIKES)).hasValue(87L);
    assertThat(c.get(0).attribute(REPLY_COUNT)).hasValue(12L);
    assertThat(c.get(0).source().orElseThrow().first()).isEqualTo(8); // the Pinned by line
    assertThat(c.get(0).text()).isEqualTo("Part 5 is out on Sunday, thanks for all the questions!");
    assertThat(c.get(1).attribute(Attribute.EDITED)).hasValue(true);
    assertThat(c.get(1).time()).hasValue(CommentTime.relative("4 days ago"));
    assertThat(c.get(1).attribute(Attribute.PINNED)).isEmpty();
    assertThat(c.get(2).time()).hasValue(CommentTime.relative("2 days ago"));
    assertThat(c.get(2).text()).isEqualTo("Lovely work.");
  }

  @Test
  void expandedRepliesByTheirIndentation() throws IOException {
    ParseResult result = parse(read("expanded-replies-by-indentation.txt"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "1.2", "2");
    List<Comment> c = result.discussion().comments();
    assertThat(c.get(1).attribute(Attribute.REPLY_TO)).hasValue("@seaside_tom");
    assertThat(c.get(1).attribute(Attribute.LIKES)).hasValue(31L);
    assertThat(c.get(1).text()).isEqualTo("@seaside_tom The moon pulls the water on both sides of the earth.");
    assertThat(c.get(2).attribute(Attribute.REPLY_TO)).isEmpty();
    // at the margin again, with a mention: a comment of its own in a copy that indents replies
    assertThat(c.get(3).attribute(Attribute.REPLY_TO)).isEmpty();
  }

  @Test
  void expandedRepliesByTheHandleTheyAnswerWhenTheCopyLostTheIndentation() throws IOException {
    ParseResult result = parse(read("expanded-replies-by-handle-no-indentation.txt"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "1.2", "2");
    assertThat(result.discussion().comments()).extracting(x -> x.attribute(Attribute.REPLY_TO).orElse(""))
        .containsExactly("", "@rider.joe", "@chainlink", "");
  }

  @Test
  void olderCopiesSayViewAndHideBeforeTheirReplyCounts() throws IOException {
    ParseResult result = parse(read("older-copy-view-and-hide-replies.txt"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "1.2", "2");
    List<Comment> c = result.discussion().comments();
    assertThat(c).extracting(x -> x.attribute(REPLY_COUNT).orElse(-1L)).containsExactly(2L, -1L, -1L, 6L);
    assertThat(c.get(0).attribute(Attribute.LIKES)).hasValue(1_500L);
    assertThat(c.get(2).attribute(Attribute.REPLY_TO)).hasValue("@keeper_kid");
    assertThat(result.discussion().article().boilerplate()).containsExactly("Add a comment...", "Show more replies");
  }

  @Test
  void moreRepliesThanCountedAreReportedAndKept() throws IOException {
    ParseResult result = parse(read("more-replies-than-counted.txt"));
    assertThat(ids(result.discussion())).containsExactly("1", "1.1", "1.2");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .contains(tuple(DiagnosticCode.REPLY_COUNT_MISMATCH, 12, 5));
  }

  @Test
  void anUnknownAgeWordAndCutCopiesAreReported() throws IOException {
    ParseResult unknown = parse(read("unknown-age-word.txt"));
    assertThat(unknown.discussion().comments()).singleElement()
        .satisfies(c -> assertThat(c.time()).hasValue(CommentTime.relative("3 fortnights ago")));
    assertThat(unknown.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .contains(tuple(DiagnosticCode.UNKNOWN_AGE, 5, 10));

    ParseResult body = parse(read("cut-mid-body.txt"));
    assertThat(ids(body.discussion())).containsExactly("1", "2");
    assertThat(body.discussion().comments().get(1).text()).isEqualTo("I play this every night and it still wor");
    assertThat(body.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
        .contains(tuple(DiagnosticCode.COPY_CUT, 11));

    ParseResult header = parse(read("cut-mid-header.txt"));
    assertThat(ids(header.discussion())).containsExactly("1");
    assertThat(header.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .contains(tuple(DiagnosticCode.COPY_CUT, 10, 11));
  }

  @Test
  void aCopyThatStartsAtItsFirstCommentHasNoTitle() {
    ParseResult result = parse("""
        @first_in_line 2 days ago
        Copied from the first comment on.
        12
        Reply
        """);
    assertThat(result.dialect()).isEqualTo("youtube");
    assertThat(result.discussion().article().title()).isEmpty();
    assertThat(result.discussion().comments()).singleElement().satisfies(c -> {
      assertThat(author(c)).isEqualTo("@first_in_line");
      assertThat(c.attribute(Attribute.LIKES)).hasValue(12L);
    });
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MISSING_TITLE);
  }

  @Test
  void relativeAgesAreResolvedWhenTheTimeOfTheCopyIsKnown() throws IOException {
    ParseResult result = DumpParser.builder().capturedAt(CAPTURED).build()
        .parse(read("two-line-headers-pinned-and-hearted.txt"), "x");
    CommentTime.Relative time = (CommentTime.Relative) result.discussion().comments().get(0).time().orElseThrow();
    assertThat(time.written()).isEqualTo("5 days ago");
    assertThat(time.interval()).hasValue(new CommentTime.Interval(
        Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z")));
  }

  @Test
  void theRealSampleIsDetectedWithItsThreeCommentsLikesAndReplyCounts() throws IOException {
    Path sample = DisqusDialectTest.SAMPLES.resolve("youtube-watch-page-copy.txt");
    assumeThat(Files.exists(sample)).as("the shared samples are present").isTrue();
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    ParseResult result = DumpParser.builder().capturedAt(CAPTURED).build().parse(text, "sample");
    assertThat(result.dialect()).isEqualTo("youtube");
    List<Comment> c = result.discussion().comments();
    assertThat(c).hasSize(3);
    assertThat(c).allSatisfy(x -> assertThat(x.depth()).isZero());
    assertThat(result.discussion().maxDepth()).isLessThanOrEqualTo(1);
    assertThat(c).extracting(x -> x.attribute(Attribute.LIKES).orElse(-1L)).containsExactly(10_000L, 4_000L, -1L);
    assertThat(c).extracting(x -> x.attribute(REPLY_COUNT).orElse(-1L)).containsExactly(161L, 40L, -1L);
    assertThat(c).allSatisfy(x -> assertThat(x.time()).hasValueSatisfying(
        t -> assertThat(((CommentTime.Relative) t).interval()).isPresent()));
    assertThat(result.discussion().article().commentCount()).hasValue(8591);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.COPY_CUT);
    assertThat(KeptLines.lost(text, result)).isEmpty();
  }

  @Test
  void theWriterWritesWhatTheReaderReadsBack() throws IOException {
    DumpParser parser = DumpParser.builder().build();
    for (String name : List.of("one-line-headers-likes-and-reply-counts.txt", "two-line-headers-pinned-and-hearted.txt",
        "expanded-replies-by-indentation.txt", "expanded-replies-by-handle-no-indentation.txt")) {
      ParseResult first = parser.parse(read(name), name);
      Discussion read = first.discussion().withoutSources();
      StringBuilder out = new StringBuilder();
      parser.dialects().stream().filter(x -> x.name().equals("youtube")).findFirst().orElseThrow()
          .writer().orElseThrow().write(read, out);
      ParseResult again = parser.parse(out.toString(), read.id());
      assertThat(again.diagnostics()).as(name).extracting(Diagnostic::code)
          .containsExactlyElementsOf(first.diagnostics().stream().map(Diagnostic::code).toList());
      assertThat(again.discussion().withoutSources()).as("%s", out).isEqualTo(read);
    }
  }
}
