package dev.threadkit.parser.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.CommentTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortcuts of the reddit reader's line checks: they turn away only what the full checks turn away. */
class RedditLinesTest {

  private static final RedditLines LINES = new RedditLines(RedditDialect.defaultVocabulary());

  static Stream<String> lines() {
    return Stream.of(
        // text
        "System так it's — ok we cooperation", "1. Fleet they whole system.", "1436 economy is radar", "Так radar threat",
        "\"Guarantor\" ok", "(!) fleet", "word", "1", "S-400 alliance", "Radar will", "a_b-c text", "x",
        // new reddit headers, actions and levels
        "someone · 3 yr. ago", "u/someone · 5 days ago", "[deleted] · 1 yr. ago", "a_b-c · 2 hr. ago", "1 · 3 yr. ago",
        "someone · 2 mo. ago · edited 1 mo. ago", "u/mirror_user Aug 09 '23", "u/x", "u/x y", "level 2", "level 12",
        "Reply Share Report Save Follow", "41 Reply Share Report Save Follow", "1.2k Reply Share", "7 Reply", "Reply",
        "Vote Reply Give Award Share", "more replies", "Follow", "1 Follow", "-3 Reply",
        // old.reddit
        "[–]someone 12 points 3 hours ago (2 children)", "[+]collapsed 5 points 2 hours ago (0 children)",
        "permalink embed save report reply", "permalink embed save parent report reply", "permalink",
        "load more comments (3 replies)", "continue this thread", "[deleted]", "[removed]",
        // near misses
        "someone ·", "someone  · 3 yr. ago", "some one · 3 yr. ago", "·", "word· 3 yr. ago", "a ·b", "levels 2", "level",
        "load more", "continue", "Reply to this");
  }

  @ParameterizedTest
  @MethodSource("lines")
  void aLineTakenForTextIsNoneOfTheOthers(String line) {
    int end = line.length();
    if (LINES.plainText(line, 0, end, space(line))) {
      assertThat(LINES.oldHeader(line, 0, end, true)).isNull();
      assertThat(LINES.level(line, 0, end)).isEqualTo(-1);
      assertThat(LINES.userDotEnd(line, 0, end)).isEqualTo(-1);
      assertThat(LINES.mirrorDate(line, 0, end)).isEqualTo(-1);
      assertThat(LINES.loadMore(line, 0, end)).isEqualTo(-1);
      assertThat(LINES.isContinue(line, 0, end)).isFalse();
      assertThat(LINES.isOldAction(line, 0, end)).isFalse();
      assertThat(LINES.newAction(line, 0, end)).isEqualTo(-1);
    }
    if (!LINES.mayBeUserHeader(line, 0, end, space(line))) {
      assertThat(LINES.userDotEnd(line, 0, end)).isEqualTo(-1);
      assertThat(LINES.mirrorDate(line, 0, end)).isEqualTo(-1);
    }
  }

  @Test
  void ordinaryTextIsToldAtOnce() {
    for (String line : List.of("System так it's — ok", "1. Fleet they whole system.", "1436 economy", "Так radar", "word")) {
      assertThat(LINES.plainText(line, 0, line.length(), space(line))).as(line).isTrue();
    }
    for (String line : List.of("someone · 3 yr. ago", "u/x Aug 09 '23", "7 Reply", "[–]x 1 point 1 hour ago (0 children)")) {
      assertThat(LINES.plainText(line, 0, line.length(), space(line))).as(line).isFalse();
    }
  }

  @Test
  void anAgeSeenBeforeGivesTheSameObject() {
    String text = "[–]someone 12 points 3 hours ago (2 children)\n[–]other 4 points 3 hours ago (0 children)\n";
    int second = text.indexOf('\n') + 1;
    RedditLines.OldHeader first = LINES.oldHeader(text, 0, second - 1, false, new RedditLines.OldHeader());
    CommentTime time = first.age.time();
    RedditLines.OldHeader next = LINES.oldHeader(text, second, text.length() - 1, false, new RedditLines.OldHeader());

    assertThat(time).isEqualTo(CommentTime.relative("3 hours ago"));
    assertThat(next.age.time()).isSameAs(time);
  }

  @Test
  void aTailSeenBeforeReadsAsAtFirst() {
    for (String line : List.of("[–]a 1 point 5 fortnights ago* (1 child)", "[–]bb [S] -22 points 5 fortnights ago* (1 child)",
        "[–]ccc 3 points 5 fortnights ago* (1 child)")) {
      String text = "x\n" + line + "\n";
      int from = 2;
      int end = from + line.length();
      RedditLines.OldHeader h = LINES.oldHeader(text, from, end, false, new RedditLines.OldHeader());
      int age = text.indexOf(" 5 fortnights") + 1;

      assertThat(h.ageStart).as(line).isEqualTo(age);
      assertThat(h.unitStart).isEqualTo(age + 2);
      assertThat(h.ageEnd).isEqualTo(text.indexOf("ago*") + 3);
      assertThat(text.substring(h.ageStart, h.ageEnd)).isEqualTo("5 fortnights ago");
      assertThat(h.ageKnown).isFalse();
      assertThat(h.edited).isTrue();
      assertThat(h.children).isEqualTo(1);
      assertThat(h.cut).isFalse();
    }
  }

  private static int space(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line.length() : space;
  }
}
