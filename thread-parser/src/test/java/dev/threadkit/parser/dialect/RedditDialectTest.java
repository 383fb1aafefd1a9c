package dev.threadkit.parser.dialect;

import static dev.threadkit.parser.dialect.DialectFixtures.codes;
import static dev.threadkit.parser.dialect.DialectFixtures.lostLines;
import static dev.threadkit.parser.dialect.DialectFixtures.outline;
import static dev.threadkit.parser.dialect.DialectFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code reddit} dialect on hand-written copies in the shapes of old.reddit, new reddit and mirrors. */
class RedditDialectTest {
  private static final DumpParser PARSER = DumpParser.builder().build();

  private static ParseResult parse(String fixture) {
    return PARSER.parse(read("reddit/" + fixture), fixture);
  }

  @Test
  void oldRedditGetsItsTreeFromTheChildCounts() {
    ParseResult result = parse("old-reddit-child-counts.txt");
    assertThat(result.dialect()).isEqualTo("reddit");
    assertThat(outline(result)).containsExactly(
        "1 towpath @8 hours ago {childCount=2, score=41}",
        "  1.1 lockkeeper @7 hours ago {childCount=1, edited=true, score=12, tags=[S]}",
        "    1.1.1 barge_pilot @2 hours ago {childCount=0, scoreHidden=true}",
        "  1.2 - [deleted] @6 hours ago {childCount=0, score=3}",
        "2 narrowboat @5 hours ago {childCount=4, score=18, tags=Canal Trust volunteer}",
        "  2.1 sluicegate @4 hours ago {childCount=1, collapsed=true, score=2}",
        "  2.2 paddle @4 hours ago {childCount=1, score=5}");
    List<Comment> comments = result.discussion().comments();
    assertThat(comments.get(1).text())
        .isEqualTo("Rebuilt locks count, I think, as long as the chamber is original.\n\nEdit: the gates are new, the chamber is not.");
    assertThat(comments.get(3).kind()).isEqualTo(CommentKind.DELETED);
    assertThat(comments.get(3).author()).isEmpty();
    assertThat(comments.get(3).text()).isEqualTo("[removed]");
    assertThat(result.discussion().article().commentCount()).hasValue(9);
    assertThat(result.discussion().article().boilerplate())
        .contains("all 9 comments\nsorted by: best", "continue this thread \u2192", "load more comments (2 replies)");
    // 'continue this thread' and 'load more comments' stand for the replies the counts announce
    assertThat(codes(result)).containsExactly("4:1 comments-missing");
  }

  @Test
  void childCountsThatDisagreeWithTheRepliesPresentAreReportedAndTheActionLineWins() {
    ParseResult result = parse("child-counts-disagree.txt");
    assertThat(outline(result)).containsExactly(
        "1 alpha @3 hours ago {childCount=3, score=10}",
        "  1.1 beta @2 hours ago {childCount=0, score=4}",
        "2 gamma @2 hours ago {childCount=1, score=7}");
    assertThat(codes(result)).containsExactly("2:1 comments-missing", "4:32 reddit-child-count-mismatch",
        "14:31 reddit-child-count-mismatch");
  }

  @Test
  void newRedditGetsItsDepthsFromTheLevelLines() {
    ParseResult result = parse("new-reddit-levels.txt");
    assertThat(outline(result)).containsExactly(
        "1 towpath @3 yr. ago",
        "  1.1 lockkeeper @3 yr. ago {edited=true, score=1200, tags=OP}",
        "    1.1.1 barge_pilot @2 yr. ago",
        "2 - [deleted] @3 yr. ago");
    assertThat(result.discussion().comments().get(1).text()).isEqualTo("It was rebuilt twice, though.\n\nThe chamber is original.");
    assertThat(result.discussion().article().title()).isEqualTo("r/canals");
    assertThat(result.discussion().article().commentCount()).hasValue(12);
  }

  @Test
  void mirrorHeadersKeepTheirDateAsWrittenNeverAMadeUpInstant() {
    ParseResult result = DumpParser.builder().capturedAt(OffsetDateTime.parse("2026-11-25T12:00Z")).build()
        .parse(read("reddit/mirror-headers.txt"), "mirror");
    assertThat(result.dialect()).isEqualTo("reddit");
    assertThat(outline(result)).containsExactly(
        "1 towpath @Aug 09 '23",
        "  1.1 lockkeeper @Aug 10 '23",
        "2 narrowboat @Sep 01 '23");
    assertThat(result.discussion().comments().get(0).time()).contains(CommentTime.relative("Aug 09 '23"));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void agesAreResolvedWhenTheTimeOfTheCopyIsKnown() {
    ParseResult result = DumpParser.builder().capturedAt(OffsetDateTime.parse("2026-11-25T12:00Z")).build()
        .parse(read("reddit/new-reddit-levels.txt"), "levels");
    CommentTime.Relative time = (CommentTime.Relative) result.discussion().comments().get(2).time().orElseThrow();
    assertThat(time.written()).isEqualTo("2 yr. ago");
    assertThat(time.interval()).hasValueSatisfying(i -> {
      assertThat(i.earliest()).isBefore(Instant.parse("2024-11-25T12:00:00Z"));
      assertThat(i.latest()).isAfter(Instant.parse("2024-11-25T12:00:00Z"));
    });
  }

  @Test
  void anUnknownAgeWordIsKeptAsWrittenWithADiagnosticAtTheWord() {
    ParseResult result = parse("unknown-age-word.txt");
    assertThat(outline(result)).containsExactly("1 sundial @5 fortnights ago {childCount=0, score=3}");
    assertThat(codes(result)).containsExactly("3:23 reddit-unknown-age");
  }

  @Test
  void aCopyCutMidHeaderKeepsWhatTheHeaderShows() {
    ParseResult result = parse("cut-mid-header.txt");
    assertThat(outline(result)).containsExactly("1 girder @2 hours ago {childCount=1, score=9}", "  1.1 rivet {score=3}");
    assertThat(codes(result)).containsExactly("8:24 reddit-cut-off");
  }

  @Test
  void aCopyCutMidBodyKeepsTheTextAndSaysSo() {
    ParseResult result = parse("cut-mid-body.txt");
    assertThat(result.discussion().comments().get(1).text()).isEqualTo("Only when the cables are");
    assertThat(codes(result)).containsExactly("10:25 reddit-cut-off");
  }

  @Test
  void aCopyStartingMidThreadSaysSo() {
    ParseResult result = parse("starts-mid-thread.txt");
    assertThat(outline(result)).containsExactly(
        "1 rivet @1 hour ago {childCount=1, score=3}", "  1.1 bolt @50 minutes ago {childCount=0, score=1}");
    assertThat(codes(result)).containsExactly("3:1 reddit-starts-mid-thread");
  }

  @ParameterizedTest
  @ValueSource(strings = {"old-reddit-child-counts.txt", "child-counts-disagree.txt", "new-reddit-levels.txt",
      "mirror-headers.txt", "unknown-age-word.txt", "cut-mid-header.txt", "cut-mid-body.txt", "starts-mid-thread.txt"})
  void everyFixtureIsDetectedAsRedditAndLosesNoLine(String fixture) {
    String text = read("reddit/" + fixture);
    ParseResult result = PARSER.parse(text, fixture);
    assertThat(result.dialect()).isEqualTo("reddit");
    assertThat(lostLines(text, result)).isEmpty();
  }
}
