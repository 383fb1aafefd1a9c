package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.spi.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dialect that looks at the line after the one being read ({@link Line#next()}) gets the same
 * lines from the core as one that never looks ahead: the core takes a line's end from such a
 * look instead of searching it again, and that must never move a line's bounds.
 */
class LookAheadLinesTest {

  /** Each line the core hands out, with its number, bounds and the blank lines before it. */
  private static List<String> linesSeen(String input, boolean lookAhead, List<String> looks) {
    List<String> seen = new ArrayList<>();
    LineDialect dialect = new LineDialect("lines", "test: every line as article text", (line, events) -> {
      seen.add(describe(line));
      if (lookAhead) {
        Optional<Line> next = line.next();
        looks.add(next.map(LookAheadLinesTest::describe).orElse("end"));
        // a second look, from a copy, as a dialect reading two lines ahead does
        next.flatMap(Line::next).ifPresent(after -> after.next());
      }
      events.article(line);
    });
    DumpParser parser = DumpParser.builder().addDialect(dialect).dialect("lines").build();
    parser.parse(input, "look-ahead");
    return seen;
  }

  private static String describe(Line line) {
    return line.number() + "@" + line.start() + "-" + line.end() + " " + line.contentStart() + " "
        + line.blanksBefore() + " [" + line.content() + "]";
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a\nb\n\n  c\nd",
      "a\nb\n",
      "title\n\n\n\nlast  \t\n",
      "a\r\nb\r\n\r\n  c\r\nd",
      "a\rb\r\rc",
      "mixed\nends\r\nhere\rand\n\nthere  ",
      "\uFEFFbom\nfirst\n",
      "one line only",
      "\n\n\nafter blanks\n \n\t\nx"})
  void aDialectThatLooksAheadSeesTheLinesOneThatDoesNotSees(String input) {
    List<String> looks = new ArrayList<>();

    List<String> plain = linesSeen(input, false, new ArrayList<>());
    List<String> looking = linesSeen(input, true, looks);

    assertThat(looking).isEqualTo(plain);
    List<String> expectedLooks = new ArrayList<>(plain.subList(1, plain.size()));
    expectedLooks.add("end");
    assertThat(looks).isEqualTo(expectedLooks);
  }

  @Test
  void emptyLinesAndLinesOfSpacesCountAlikeBeforeTheNextLine() {
    assertThat(linesSeen("a\n\n  \nb\n\nc", false, new ArrayList<>()))
        .containsExactly("1@0-1 0 0 [a]", "4@6-7 6 2 [b]", "6@9-10 9 1 [c]");
    assertThat(linesSeen("\uFEFF\n\t\n\na\n", false, new ArrayList<>())).containsExactly("4@5-6 5 3 [a]");
    assertThat(linesSeen("a\r\n\r\n\nb", false, new ArrayList<>())).containsExactly("1@0-1 0 0 [a]", "4@6-7 6 2 [b]");
  }
}
