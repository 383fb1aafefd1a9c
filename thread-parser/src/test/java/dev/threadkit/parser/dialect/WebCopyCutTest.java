package dev.threadkit.parser.dialect;

import static dev.threadkit.parser.dialect.DialectFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input for the web-copy dialects. A copy cut anywhere: every prefix of each web-copy fixture, cut at any character or any byte
 * (mid-UTF-8 included), read in its dialect, parses without an exception and keeps every line.
 */
class WebCopyCutTest {

  @ParameterizedTest
  @ValueSource(strings = {"hn/story-page-logged-out.txt", "hn/flagged-dead-collapsed.txt", "hn/constant-indent.txt",
      "hn/reply-before-first-header.txt", "hn/logged-in-own-comment.txt", "reddit/old-reddit-child-counts.txt",
      "reddit/new-reddit-levels.txt", "reddit/mirror-headers.txt", "reddit/child-counts-disagree.txt"})
  void everyPrefixParsesAndKeepsEveryLine(String fixture) {
    String dialect = fixture.substring(0, fixture.indexOf('/'));
    DumpParser parser = DumpParser.builder().dialect(dialect).charset(StandardCharsets.UTF_8).build(); // a UTF-8 copy, cut anywhere
    byte[] bytes = read(fixture).getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= bytes.length; cut++) {
      byte[] prefix = Arrays.copyOf(bytes, cut);
      ParseResult result = parser.parse(prefix, "cut-" + cut);
      String text = new String(prefix, StandardCharsets.UTF_8);
      assertThat(DialectFixtures.lostLines(text, result)).as("%s cut at byte %d", fixture, cut).isEmpty();
    }
  }

  private static final String[] PIECES = {"reply", "*", "\t", "", "  ", "level 1", "level 3", "level 0", "[deleted]",
      "[flagged]", "[dead]", "u/someone Aug 09 '23", "someone \u00b7 3 yr. ago", "\u00b7 2 yr. ago", "OP",
      "Reply Share Report Save Follow", "7 Reply Share", "permalink embed save parent report reply",
      "permalink embed save report reply", "load more comments (3 replies)", "load more comments", "continue this thread",
      "all 3 comments", "12 comments", "sorted by: best", "Guidelines | FAQ | Lists", "add comment",
      "bob 5 hours ago | parent | next [\u2013]", "bob 5 hours ago | root | parent | prev | next [\u2013]",
      "ann 1 hour ago | prev [+]", "ann 2 hours ago | root | parent [3 more]", "1 point by me 1 minute ago | root | parent | edit | delete [\u2013]",
      "ann 5 fortnights ago | next [\u2013]", "ann 5 hours ago [dead] | parent | next [\u2013]", "ann 5 hours ago | par",
      "12 points by ann 2 hours ago | hide | past | favorite | 40 comments", "[\u2013]ann 3 points 2 hours ago (2 children)",
      "[+]ann 1 point 2 hours ago (1 child)", "[\u2013][deleted] [score hidden] 1 hour ago* (0 children)",
      "[\u2013]ann [S] flair 3 points 2 hours ago (9 children)", "[\u2013]ann 3 points 2 hou", "[\u2013]ann -2 points 1 day ago",
      "Some text of a body, with words.", "    indented text", "> a quote"};

  @ParameterizedTest
  @ValueSource(strings = {"hn", "reddit"})
  void linesOfEveryKindInAnyOrderParseAndKeepEveryLine(String dialect) {
    DumpParser parser = DumpParser.builder().dialect(dialect).build();
    for (long seed = 0; seed < 400; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n >= 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      ParseResult result = parser.parse(text.toString(), "mix-" + seed);
      assertThat(DialectFixtures.lostLines(text.toString(), result)).as("%s", text).isEmpty();
    }
  }
}
