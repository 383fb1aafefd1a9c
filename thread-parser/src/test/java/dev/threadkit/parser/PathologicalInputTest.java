package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hurt a parser finish, within memory, with the right result. How long they
 * take is measured in {@code benchmarks/}, not here: these tests only show that nothing is
 * quadratic enough to stall the suite, nothing recurses, and nothing is lost.
 *
 * <p>A chain of 100,000 nested replies cannot be written in this dialect: a reply at depth
 * {@code d} is indented {@code 2(d+1)} spaces, so that chain would be a dump of about 2·10¹⁰
 * characters, past the largest Java String. The model holds such a chain (its tests show it);
 * here the deepest dump is 3,000 levels (18 M characters), parsed on a thread with a 256 KB
 * stack so that any recursion over the depth would overflow.
 */
class PathologicalInputTest {

  @Test
  void aMillionBlankLines() {
    ParseResult onlyBlank = DumpParser.builder().build().parse("\n".repeat(1_000_000), "blank");
    assertThat(onlyBlank.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EMPTY_INPUT);
    assertThat(onlyBlank.diagnostics().get(0).line()).isEqualTo(1_000_000);

    String text = "Title\n" + "\n".repeat(1_000_000) + "Paragraph.\n" + "\r\n".repeat(1_000_000) + "  1. a 1 May 2021 10: 00\n    body";
    // The header is millions of characters in, past the sample that detection reads: name the dialect.
    ParseResult result = DumpParser.builder().dialect("topcor").build().parse(text, "blank");
    assertThat(result.discussion().article().paragraphs()).containsExactly("Paragraph.");
    assertThat(result.discussion().comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("body");
      assertThat(c.source().orElseThrow().first()).isEqualTo(2_000_003);
    });
  }

  @Test
  void aFiftyMegabyteSingleLine() {
    String line = "w".repeat(50_000_000);
    ParseResult result = DumpParser.builder().build().parse(line, "long");
    assertThat(result.discussion().article().title()).hasSize(50_000_000);
    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_COMMENTS_FOUND);
    assertThat(result.diagnostics().get(0).excerpt()).hasSize(80);

    ParseResult body = DumpParser.builder().build().parse("T\n\nA.\n  1. a 1 May 2021 10: 00\n    " + line, "long");
    assertThat(body.dialect()).isEqualTo("topcor");
    assertThat(body.discussion().comments().get(0).text()).hasSize(50_000_000);
  }

  @Test
  void aMillionComments() {
    StringBuilder text = new StringBuilder(40_000_000).append("A million comments\n\nArticle.\n");
    for (int i = 1; i <= 1_000_000; i++) {
      text.append("  ").append(i).append(i % 2 == 0 ? ". even 1 May 2021 10: 00\n" : ". odd Online odd\n    odd 2 May 2021 11:30\n")
          .append("    body ").append(i).append('\n');
    }
    ParseResult result = DumpParser.builder().build().parse(text.toString(), "million");
    Discussion discussion = result.discussion();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(discussion.size()).isEqualTo(1_000_000);
    assertThat(discussion.roots()).hasSize(1_000_000);
    Comment last = discussion.comments().get(999_999);
    assertThat(last.id().toString()).isEqualTo("1000000");
    assertThat(last.text()).isEqualTo("body 1000000");
    assertThat(discussion.authors()).hasSize(2);
  }

  @Test
  void threeThousandNestedRepliesOnASmallStack() throws InterruptedException {
    int depth = 3_000;
    StringBuilder text = new StringBuilder(20_000_000).append("Deep\n\nArticle.\n");
    for (int d = 0; d < depth; d++) {
      text.append(" ".repeat(2 * (d + 1))).append("1. u 1 May 2021 10: 00\n");
      text.append(" ".repeat(2 * (d + 2))).append("level ").append(d).append('\n');
    }
    DumpParser parser = DumpParser.builder().limits(ParserLimits.builder().maxDepth(depth).build()).build();
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        ParseResult result = parser.parse(text.toString(), "deep");
        result.discussion().hashCode();
        result.discussion().toString();
        outcome.set(result);
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    assertThat(outcome.get()).isInstanceOf(ParseResult.class);
    ParseResult result = (ParseResult) outcome.get();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.discussion().maxDepth()).isEqualTo(depth - 1);
    Comment deepest = result.discussion().comments().get(depth - 1);
    assertThat(deepest.depth()).isEqualTo(depth - 1);
    assertThat(deepest.text()).isEqualTo("level " + (depth - 1));
    assertThat(result.discussion().parentOf(deepest.id()).orElseThrow().text()).isEqualTo("level " + (depth - 2));
  }
}
