package dev.threadkit.parser.dialect;

import static dev.threadkit.parser.dialect.DialectFixtures.codes;
import static dev.threadkit.parser.dialect.DialectFixtures.lostLines;
import static dev.threadkit.parser.dialect.DialectFixtures.outline;
import static dev.threadkit.parser.dialect.DialectFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code hn} dialect on hand-written copies in the shapes of real Hacker News pages, and on the real sample. */
class HnDialectTest {
  private static final DumpParser PARSER = DumpParser.builder().build();

  private static ParseResult parse(String fixture) {
    return PARSER.parse(read("hn/" + fixture), fixture);
  }

  @Test
  void aSecondStoryLineIsFurnitureAndLeavesTheFirstOnesAttributes() {
    // found by fuzzing: the second story line replaced the first's storyLine, score and
    // submitter, and the first line was lost
    String copy = "Do you keep notes on old decisions?\n"
        + "57 points by quillpen 3 days ago | hide | past | favorite\n"
        + "61 points by archivist 3 days ago | hide | past | favorite\n\n"
        + "ledger 2 days ago | next [\u2013]\n\nThat is what I do now.\nreply\n";

    ParseResult result = DumpParser.builder().dialect("hn").build().parse(copy, "twice");

    Article article = result.discussion().article();
    assertThat(article.attribute(Attribute.SCORE)).hasValue(57L);
    assertThat(article.attribute(Attribute.text("submitter"))).hasValue("quillpen");
    assertThat(article.attribute(Attribute.text("storyLine")))
        .hasValue("57 points by quillpen 3 days ago | hide | past | favorite");
    assertThat(article.boilerplate()).containsExactly("61 points by archivist 3 days ago | hide | past | favorite");
    assertThat(outline(result)).containsExactly("1 ledger @2 days ago");
    assertThat(lostLines(copy, result)).isEmpty();
  }

  @Test
  void aStoryPageGetsTheTreeItsLinksImply() {
    ParseResult result = parse("story-page-logged-out.txt");
    assertThat(result.dialect()).isEqualTo("hn");
    assertThat(outline(result)).containsExactly(
        "1 harbourmaster @8 hours ago",
        "  1.1 pilot_fish @7 hours ago",
        "    1.1.1 harbourmaster @7 hours ago",
        "    1.1.2 kelp-rider @6 hours ago",
        "2 oyster @5 hours ago",
        "  2.1 marisol @4 hours ago",
        "  2.2 sandpiper @2 hours ago",
        "3 gull @1 hour ago");
    Article article = result.discussion().article();
    assertThat(article.title()).isEqualTo("Show HN: A tide table that fits on a postcard (tides.example.org)");
    assertThat(article.commentCount()).hasValue(9);
    assertThat(article.attribute(Attribute.SCORE)).hasValue(212L);
    assertThat(article.attribute(Attribute.text("submitter"))).hasValue("marisol");
    assertThat(article.attribute(Attribute.COUNT_LINE)).hasValueSatisfying(line -> assertThat(line).startsWith("212 points"));
    assertThat(article.boilerplate()).contains("*").anySatisfy(p -> assertThat(p).startsWith("Guidelines | FAQ"));
    // the text keeps the blank line and the code's own indentation; the reply line is not text
    assertThat(result.discussion().comments().get(2).text())
        .isEqualTo("The admiralty ones, corrected by hand each spring.\n\n  offset = +0:12");
    assertThat(codes(result)).containsExactly("2:1 comments-missing"); // 9 on the page, 8 in the copy
  }

  @Test
  void ownCommentsOfALoggedInReaderCarryTheirPointsAndEditLinks() {
    ParseResult result = parse("logged-in-own-comment.txt");
    assertThat(outline(result)).containsExactly(
        "1 ledger @3 days ago",
        "  1.1 quillpen @2 days ago {own=true, score=3}",
        "    1.1.1 ledger @2 days ago",
        "      1.1.1.1 quillpen @1 minute ago {own=true, score=1}");
    assertThat(result.discussion().article().paragraphs())
        .containsExactly("I keep losing the reasons behind choices made years ago.");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void flaggedAndDeadCommentsAreDeletedWithTheirTextKeptAndCollapsedOnesMarked() {
    ParseResult result = parse("flagged-dead-collapsed.txt");
    assertThat(outline(result)).containsExactly(
        "1 beacon [deleted] @1 day ago {moderation=flagged}",
        "  1.1 foghorn [deleted] @23 hours ago {moderation=dead}",
        "2 lamplight @20 hours ago {collapsed=true}",
        "3 wick @18 hours ago {collapsed=true, hiddenComments=3}",
        "4 lens @12 hours ago");
    List<Comment> comments = result.discussion().comments();
    assertThat(comments.get(0).text()).isEqualTo("[flagged]");
    assertThat(comments.get(1).text()).isEqualTo("Nobody visits these any more.");
    assertThat(comments.get(1).kind()).isEqualTo(CommentKind.DELETED);
  }

  @Test
  void aCopyStartingMidThreadGivesAnOrphanAtTheDepthRootImplies() {
    ParseResult result = parse("starts-mid-thread.txt");
    assertThat(outline(result)).containsExactly(
        "1 cormorant @4 hours ago {pageDepth=2}",
        "  1.1 tern @3 hours ago",
        "2 skua @2 hours ago",
        "3 petrel @1 hour ago");
    assertThat(codes(result)).containsExactly("3:1 hn-starts-mid-thread");
  }

  @Test
  void aLaterSiblingBelowDepthTwoFollowsTheCommentBeforeAndSaysTheDepthWasInferred() {
    ParseResult result = parse("later-sibling-depth-inferred.txt");
    assertThat(outline(result)).containsExactly(
        "1 a1 @6 hours ago",
        "  1.1 b1 @5 hours ago",
        "    1.1.1 c1 @5 hours ago",
        "      1.1.1.1 d1 @4 hours ago",
        "      1.1.1.2 d2 @3 hours ago {depthInferred=true}",
        "      1.1.1.3 c2 @2 hours ago {depthInferred=true}");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void linksThatContradictTheCommentsBeforeAreReportedAndPlacedAsNearAsTheTreeAllows() {
    ParseResult result = parse("links-disagree.txt");
    assertThat(outline(result)).containsExactly(
        "1 aster @3 hours ago",
        "  1.1 briar @2 hours ago",
        "  1.2 clover @1 hour ago",
        "2 dill @30 minutes ago");
    assertThat(codes(result)).containsExactly("13:18 hn-links-disagree", "18:23 hn-unknown-link");
  }

  @Test
  void eachItemOfAPageOfCommentsFromManyStoriesStartsATreeOfItsOwn() {
    ParseResult result = parse("threads-page-on-story.txt");
    assertThat(outline(result)).containsExactly(
        "1 marisol @2 hours ago {onStory=A tide table that fits on a postcard, pageDepth=1}",
        "  1.1 sandpiper @1 hour ago",
        "2 marisol @5 hours ago {onStory=Lighthouses of the north coast, pageDepth=2}",
        "3 marisol @1 day ago {onStory=Ask HN: How do you keep notes?}");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void wordsAreDataAUserAddsAnotherLanguagesActionLine() {
    String copy = "Fähren\n\nkapitan 2 hours ago | next [\u2013]\n\nDie Fähre fährt wieder.\nantworten\n\n"
        + "lotse 1 hour ago | parent [\u2013]\n\nSeit Montag.\nantworten\n";
    DumpParser german = DumpParser.builder().vocabulary("hn", Vocabulary.parse("phrase reply antworten")).build();
    ParseResult result = german.parse(copy, "german");
    assertThat(result.discussion().comments()).extracting(Comment::text).containsExactly("Die Fähre fährt wieder.", "Seit Montag.");
    assertThat(PARSER.parse(copy, "german").discussion().comments().get(0).text()).endsWith("antworten");
  }

  @Test
  void theCopiersConstantIndentIsIgnoredAndACodeBlocksOwnIsKept() {
    ParseResult result = parse("constant-indent.txt");
    assertThat(outline(result)).containsExactly("1 lexer @1 hour ago", "  1.1 tokenizer @58 minutes ago");
    assertThat(result.discussion().article().title()).isEqualTo("Small compilers (compilers.example.com)");
    assertThat(result.discussion().comments().get(0).text())
        .isEqualTo("Mine fits on one page:\n\n  let x = read()\n  print(x)\n\nand it is still readable.");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void anUnknownAgeWordIsKeptAsWrittenWithADiagnosticAtTheWord() {
    ParseResult result = DumpParser.builder().capturedAt(OffsetDateTime.parse("2026-11-25T12:00Z")).build()
        .parse(read("hn/unknown-age-word.txt"), "unknown-age-word");
    assertThat(outline(result)).containsExactly("1 sundial @5 fortnights ago", "  1.1 hourglass @2 hours ago");
    assertThat(codes(result)).containsExactly("3:11 hn-unknown-age");
    assertThat(result.discussion().comments().get(0).time()).contains(CommentTime.relative("5 fortnights ago"));
  }

  @Test
  void aCopyCutMidHeaderReadsTheHeaderItHas() {
    ParseResult result = parse("cut-mid-header.txt");
    assertThat(outline(result)).containsExactly("1 girder @2 hours ago", "  1.1 rivet @1 hour ago");
    assertThat(codes(result)).containsExactly("8:31 hn-cut-off");
  }

  @Test
  void aCopyCutMidBodyKeepsTheTextAndSaysSo() {
    ParseResult result = parse("cut-mid-body.txt");
    assertThat(outline(result)).containsExactly("1 girder @2 hours ago", "  1.1 rivet @1 hour ago");
    assertThat(result.discussion().comments().get(1).text()).isEqualTo("Only when the cables are");
    assertThat(codes(result)).containsExactly("10:25 hn-cut-off");
  }

  @Test
  void textEndingInAReplyLineBeforeTheFirstHeaderIsTheCommentWhoseHeaderWasCut() {
    ParseResult result = parse("reply-before-first-header.txt");
    assertThat(outline(result)).containsExactly(
        "1 -",
        "  1.1 bosun @5 hours ago",
        "    1.1.1 deckhand @1 minute ago {own=true, score=1}");
    assertThat(result.discussion().comments().get(0).text())
        .isEqualTo("The ferry timetable changed twice this year and nobody updated the signs.\nIt confuses visitors every summer.");
    assertThat(result.discussion().article().paragraphs())
        .containsExactly("==========================", "Saved for later.", "https://news.ycombinator.com/item?id=1000001");
    assertThat(codes(result)).containsExactly("8:1 hn-missing-header", "21:34 hn-cut-off");
  }

  @Test
  void agesAreResolvedToIntervalsWhenTheTimeOfTheCopyIsKnown() {
    ParseResult result = DumpParser.builder().capturedAt(OffsetDateTime.parse("2026-11-25T12:00Z")).build()
        .parse(read("hn/story-page-logged-out.txt"), "story");
    CommentTime.Relative first = (CommentTime.Relative) result.discussion().comments().get(0).time().orElseThrow();
    assertThat(first.written()).isEqualTo("8 hours ago");
    assertThat(first.interval()).contains(new CommentTime.Interval(
        Instant.parse("2026-11-25T03:30:00Z"), Instant.parse("2026-11-25T04:30:00Z")));
    assertThat(PARSER.parse(read("hn/story-page-logged-out.txt"), "story").discussion().comments().get(0).time())
        .contains(CommentTime.relative("8 hours ago"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"story-page-logged-out.txt", "logged-in-own-comment.txt", "flagged-dead-collapsed.txt",
      "starts-mid-thread.txt", "later-sibling-depth-inferred.txt", "constant-indent.txt", "unknown-age-word.txt",
      "cut-mid-header.txt", "cut-mid-body.txt", "reply-before-first-header.txt", "links-disagree.txt",
      "threads-page-on-story.txt"})
  void everyFixtureIsDetectedAsHnAndLosesNoLine(String fixture) {
    String text = read("hn/" + fixture);
    ParseResult result = PARSER.parse(text, fixture);
    assertThat(result.dialect()).isEqualTo("hn");
    assertThat(lostLines(text, result)).isEmpty();
  }

  @Test
  void theRealSampleIsDetectedAsHnWithTheDepthsItsLinksImply() throws IOException {
    Path sample = Path.of("../../shared/samples/hn-page-copy.txt");
    assumeTrue(Files.isRegularFile(sample), "the shared samples are not here");
    String text = Files.readString(sample);
    ParseResult result = PARSER.parse(text, "hn-page-copy");
    assertThat(result.dialect()).isEqualTo("hn");
    List<Comment> comments = result.discussion().comments();
    // the copy starts inside a comment whose header was cut; xorcist answers it ('parent'),
    // and the reader's own comment answers xorcist ('root | parent')
    assertThat(comments).extracting(Comment::depth).containsExactly(0, 1, 2);
    assertThat(comments).extracting(c -> c.author().map(a -> a.handle()).orElse("-"))
        .containsExactly("-", "xorcist", "lifeisstillgood");
    assertThat(comments.get(2).attribute(Attribute.SCORE)).hasValue(1L);
    assertThat(codes(result)).extracting(c -> c.substring(c.indexOf(' ') + 1))
        .containsExactly("hn-missing-header", "hn-cut-off");
    assertThat(lostLines(text, result)).isEmpty();
  }
}
