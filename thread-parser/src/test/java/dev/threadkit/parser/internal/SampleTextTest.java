package dev.threadkit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's sample finds its lines as a walk asks for them and holds them as offsets; the
 * walk, the list and {@link Sample#contains} see exactly the lines and the text of the sample
 * the parser has always taken: the first {@link Dialects#SAMPLE_LINES} non-blank lines within
 * {@link Dialects#SAMPLE_CHARS} characters, lines ending at {@code \n}, {@code \r} or
 * {@code \r\n}.
 */
class SampleTextTest {

  private static final List<String> TEXTS = List.of(
      "",
      "\uFEFF",
      "one line, no break",
      "\uFEFFTitle\r\n\r\nFirst.\n\n\n  second\n\tthird with a tab  \t\n" + "line\n".repeat(500),
      "old\rmac\r\rbreaks\r",
      "mixed\r\nbreaks\rand\nkinds\n\r\n  \n\t\n last  ",
      "Title\n\n" + ("x".repeat(1_000) + "\n\n").repeat(70) + "  1. after the limit",
      "a".repeat(Dialects.SAMPLE_CHARS + 10) + "\nnext",
      "a".repeat(Dialects.SAMPLE_CHARS - 1) + "\r\nnext",
      "a".repeat(Dialects.SAMPLE_CHARS) + "\r\nnext");

  /** What a line shows, its look-ahead included. */
  private static String describe(Line line) {
    return line.number() + ":" + line.start() + "-" + line.contentStart() + "-" + line.end() + ":" + line.indent()
        + ":" + line.hasTabs() + ":" + line.blanksBefore() + ":" + line.next().map(Line::number).orElse(-1);
  }

  private static List<String> walk(Sample sample) {
    List<String> seen = new ArrayList<>();
    for (Line line = sample.first(); line != null; line = sample.after(line)) {
      seen.add(describe(line));
    }
    return seen;
  }

  private static List<String> listed(Sample sample) {
    List<String> seen = new ArrayList<>();
    for (Line line : sample.lines()) {
      seen.add(describe(line));
    }
    return seen;
  }

  @Test
  void theWalkSeesTheSameLinesAsTheList() {
    for (String text : TEXTS) {
      List<String> walked = walk(Sample.of(text));

      assertThat(walked).as(text.length() + " characters").isEqualTo(listed(Sample.of(text)));
      assertThat(walked).hasSizeLessThanOrEqualTo(Dialects.SAMPLE_LINES);
    }
  }

  @Test
  void aWalkBeforeOrAfterTheListGivesTheSameLines() {
    for (String text : TEXTS) {
      Sample sample = Sample.of(text);
      List<String> first = walk(sample);

      assertThat(listed(sample)).isEqualTo(first);
      assertThat(walk(sample)).isEqualTo(first);
    }
  }

  @Test
  void theDefaultWalkOfASampleThatOnlyListsItsLinesGivesThemInOrder() {
    for (String text : TEXTS) {
      Sample parsers = Sample.of(text);
      Sample listOnly = parsers::lines; // only lines(): first() and after() are the interface's defaults

      assertThat(walk(listOnly)).isEqualTo(listed(parsers));
    }
  }

  @Test
  void twoWalksOfOneSampleDoNotDisturbEachOther() {
    Sample sample = Sample.of("a\nb\nc\nd\n");
    Line outer = sample.first();
    List<String> pairs = new ArrayList<>();
    for (; outer != null; outer = sample.after(outer)) {
      for (Line inner = sample.first(); inner != null; inner = sample.after(inner)) {
        pairs.add(outer.content() + inner.content());
      }
    }

    assertThat(pairs).hasSize(16).startsWith("aa", "ab", "ac", "ad", "ba").endsWith("dd");
  }

  @Test
  void containsSeesTheSampledTextOnly() {
    String lines = "Title\n" + "line\n".repeat(Dialects.SAMPLE_LINES - 2) + "last sampled @\n" + "after \u2022\n";
    String chars = "Title\n" + "x".repeat(Dialects.SAMPLE_CHARS) + " @\n";

    assertThat(Sample.of(lines).contains("@")).isTrue();
    assertThat(Sample.of(lines).contains("sampled @")).isTrue();
    assertThat(Sample.of(lines).contains("\u2022")).isFalse(); // on line 201
    assertThat(Sample.of(lines).contains("@\nafter")).isFalse(); // runs past the sample's end
    assertThat(Sample.of(chars).contains("x")).isTrue();
    assertThat(Sample.of(chars).contains("@")).isFalse(); // past the first 64 KiB
    assertThat(Sample.of("Title\nbody").contains("")).isTrue();
  }

  @Test
  void containsAnswersAPartAskedAgainAsItDidFirst() {
    Sample sample = Sample.of("Title\n" + "line\n".repeat(300) + "@ late\n");
    String at = "@";
    String ago = " ago";

    for (int i = 0; i < 20; i++) {
      assertThat(sample.contains(at)).isFalse();
      assertThat(sample.contains(ago)).isFalse();
      assertThat(sample.contains("line")).isTrue();
      assertThat(sample.contains("part " + i)).isFalse(); // more parts than it remembers
    }
  }

  @Test
  void containsAgreesWithTheSampledLinesAndTheBreakAfterThem() {
    for (String text : TEXTS) {
      Sample sample = Sample.of(text);
      List<Line> lines = sample.lines();
      int sampleEnd = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).end();
      String sampled = text.substring(0, sampleEnd);

      for (String part : List.of("a", "next", "line", "x", "1.", "\r", "\n", "mac", "kinds", "after")) {
        if (sampled.contains(part)) {
          assertThat(sample.contains(part)).as(part).isTrue();
        }
        if (!text.contains(part)) {
          assertThat(sample.contains(part)).as(part).isFalse();
        }
      }
    }
  }

  /**
   * {@link Sample#searchEnd()} bounds every sampled line, and {@link Sample#indexOf} finds a
   * character wherever a sampled line holds it, asked in any order and with the sample's lines
   * found or not.
   */
  @Test
  void aSearchOfTheTextMissesNoSampledCharacter() {
    List<String> texts = new ArrayList<>(TEXTS);
    texts.addAll(dev.threadkit.parser.dialect.DetectionInputs.mutants(300, 3L));
    texts.add("a.b\r\n  1. x\rc.d" + "\n".repeat(10) + "e.f");
    char[] chars = {'.', '\r', '\n', '[', 'a', '\u2022', ' '};
    for (String text : texts) {
      List<Line> lines = Sample.of(text).lines();
      for (int order = 0; order < 2; order++) {
        Sample sample = Sample.of(text);
        if (order == 1) {
          sample.first(); // a sample whose lines are found only as far as its first
        }
        int end = sample.searchEnd();
        assertThat(end).isBetween(0, text.length());
        for (Line line : lines) {
          assertThat(line.end()).isLessThanOrEqualTo(end);
        }
        for (char c : chars) {
          for (int from : new int[] {0, 1, text.length() / 3, text.length() / 2, text.length()}) {
            int at = sample.indexOf(c, from);
            int expected = Integer.MAX_VALUE;
            for (Line line : lines) {
              int found = text.indexOf(c, Math.max(from, line.start()));
              if (found >= 0 && found < line.end()) {
                expected = Math.min(expected, found);
              }
            }
            if (at < 0) {
              assertThat(expected).as("%s from %d in %.40s", c, from, text).isEqualTo(Integer.MAX_VALUE);
            } else {
              assertThat(at).isGreaterThanOrEqualTo(from).isLessThan(sample.searchEnd()).isLessThanOrEqualTo(expected);
              assertThat(text.charAt(at)).isEqualTo(c);
            }
          }
        }
      }
    }
  }
}
