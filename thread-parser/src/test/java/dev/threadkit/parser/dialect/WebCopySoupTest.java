package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines of every web-copy shape in random order and indentation (headers without bodies,
 * action lines without headers, counts of replies anywhere, cut headers): read in each
 * dialect, forced or detected, nothing throws and every line is kept.
 */
class WebCopySoupTest {
  private static final String[] LINES = {
      "Avatar", "Dana Holt • 9 months ago", "rivera_k  Dana Holt • 9 months ago", "bo  nobody • 3 fortnights ago",
      " • Reply•Share ›", "12 • Reply•Share ›", "1.2K • Reply•Share ›", "see more", "Load more comments",
      "5 comments        Sort by Best", "Join the discussion…", "Dana Holt • a ye", "x • edited",
      "@mira.sleeps 2 years ago", "@mira.sleeps 2 years ago (edited)", "@mira.sleeps", "4 days ago", "Jan de Wit",
      "10K", "4", "❤", "Reply", "     161 replies", "1 reply", "View 12 replies", "Pinned by @shedboats", "Pinned by",
      "8,591 Comments   Sort by", "Add a comment…", "54K views", "Sponsored", "Show more replies", "@puddle_ju",
      "@mira.sleeps thanks!", "Some text of a body.", "Another line, with • a bullet.", "", "", "", "\t", "Type here to search",
      "1.", "  1. entry", "3 hours ago", "just now", "@x just now"};

  static LongStream seeds() {
    return LongStream.range(0, Long.getLong("threadkit.seeds", 300));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSoupOfWebCopyLinesNeverThrowsAndKeepsEveryLine(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(60); i >= 0; i--) {
      text.append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(6) : 0))
          .append(LINES[random.nextInt(LINES.length)]).append(random.nextInt(20) == 0 ? "\r\n" : "\n");
    }
    String dump = random.nextBoolean() ? text.toString() : text.substring(0, random.nextInt(text.length() + 1));
    for (String dialect : new String[] {"disqus", "youtube", null}) {
      DumpParser.Builder builder = DumpParser.builder();
      if (dialect != null) {
        builder.dialect(dialect);
      }
      ParseResult result = builder.build().parse(dump, "soup");
      assertThat(KeptLines.lost(dump, result)).as("%s in %s", dump, dialect).isEmpty();
      if ("youtube".equals(dialect)) {
        assertThat(result.discussion().maxDepth()).isLessThanOrEqualTo(1);
      }
    }
  }
}
