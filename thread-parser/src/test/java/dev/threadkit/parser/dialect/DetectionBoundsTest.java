package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in dialects' cheap answers to {@link Dialect#scoresBelow} and {@link Dialect#maxScore()}
 * never contradict their scores, on every fixture and every saved fuzzing input; their walks
 * over the parser's sample score as a look at the list of its lines does; and a text whose
 * first lines decide for one dialect is still scored by another that the rest of its sample
 * could make tie or win.
 */
class DetectionBoundsTest {
  private static final List<Dialect> DIALECTS = DumpParser.builder().build().dialects();

  private static List<String> inputs() {
    return DetectionInputs.files();
  }

  @Test
  void noDialectSaysItScoresBelowAScoreItReaches() {
    List<String> inputs = inputs();
    assertThat(inputs).hasSizeGreaterThan(1_000);
    int skippable = 0;
    for (String text : inputs) {
      Sample sample = Sample.of(text);
      for (Dialect dialect : DIALECTS) {
        int score = dialect.detect(sample);
        assertThat(score).as(dialect.name()).isLessThanOrEqualTo(dialect.maxScore());
        for (int below = 1; below <= 101; below++) {
          if (dialect.scoresBelow(sample, below)) {
            assertThat(score).as("%s said it scores below %d on %.60s", dialect.name(), below, text).isLessThan(below);
            skippable++;
          }
        }
      }
    }
    assertThat(skippable).isPositive();
  }

  /**
   * On damaged copies of the dumps too, asked with a sample as detection leaves it (fresh,
   * partly walked, or searched), a dialect says it scores below a score only when it does: 1,
   * the threshold, 100, and each score any dialect gives the input and the one above it.
   */
  @Test
  void noDialectSaysItScoresBelowAScoreItReachesOnDamagedCopies() {
    List<String> inputs = DetectionInputs.mutants(1_500, 20_261_126L);
    int skippable = 0;
    int asked = 0;
    for (int n = 0; n < inputs.size(); n++) {
      String text = inputs.get(n);
      int[] scores = new int[DIALECTS.size()];
      java.util.TreeSet<Integer> below = new java.util.TreeSet<>(List.of(1, Dialect.MIN_SCORE, 100));
      for (int d = 0; d < scores.length; d++) {
        scores[d] = DIALECTS.get(d).detect(Sample.of(text));
        below.add(Math.max(1, scores[d]));
        below.add(scores[d] + 1);
      }
      for (int d = 0; d < scores.length; d++) {
        for (int score : below) {
          Sample sample = Sample.of(text);
          if ((n + d + score) % 3 == 1) {
            Line line = sample.first();
            for (int k = n % 40; line != null && k > 0; k--) {
              line = sample.after(line);
            }
          } else if ((n + d + score) % 3 == 2) {
            sample.contains("\u2022");
          }
          asked++;
          if (DIALECTS.get(d).scoresBelow(sample, score)) {
            assertThat(scores[d]).as("%s said it scores below %d on %.80s", DIALECTS.get(d).name(), score, text)
                .isLessThan(score);
            skippable++;
          }
        }
      }
    }
    assertThat(skippable).isPositive().isLessThan(asked);
  }

  @Test
  void aWalkOverTheParsersSampleScoresAsTheListOfItsLinesDoes() {
    List<String> inputs = new java.util.ArrayList<>(inputs());
    inputs.addAll(DetectionInputs.mutants(500, 7L));
    for (String text : inputs) {
      Sample parsers = Sample.of(text);
      Sample listOnly = Sample.of(text)::lines; // first() and after() are the interface's defaults over the list
      for (Dialect dialect : DIALECTS) {
        assertThat(dialect.detect(parsers)).as(dialect.name()).isEqualTo(dialect.detect(listOnly));
      }
    }
  }

  /**
   * reddit's detection tells an action line it has read before by comparing it with those its
   * readers keep: a dialect whose readers have read every input before scores each as one that
   * has read nothing.
   */
  @Test
  void redditScoresTheSameWhateverItsReadersHaveReadBefore() {
    List<String> inputs = new java.util.ArrayList<>(inputs());
    inputs.addAll(DetectionInputs.mutants(300, 11L));
    DumpParser used = DumpParser.builder().dialect("reddit").build();
    Dialect reddit = used.dialects().stream().filter(d -> d.name().equals("reddit")).findFirst().orElseThrow();
    int scoring = 0;
    for (String text : inputs) {
      used.parse(text, "d");
      Dialect fresh = DumpParser.builder().build().dialects().stream().filter(d -> d.name().equals("reddit"))
          .findFirst().orElseThrow();
      int score = fresh.detect(Sample.of(text));
      assertThat(reddit.detect(Sample.of(text))).as("%.80s", text).isEqualTo(score);
      scoring += score > 0 ? 1 : 0;
    }
    assertThat(scoring).isPositive();
  }

  /**
   * hn's detection reads as a header only a line that holds a {@code |} or a {@code [}: headers
   * with links and no toggle, with a toggle and no links, and bodies that hold the signs too
   * score as headers with both.
   */
  @Test
  void hnScoresHeadersWithLinksOnlyOrTogglesOnly() {
    Dialect hn = DIALECTS.stream().filter(d -> d.name().equals("hn")).findFirst().orElseThrow();
    String three = HN.substring(0, HN.indexOf("oyster"));
    String togglesOnly = three.replaceAll(" \\| [a-z |]*next", "");
    String linksOnly = three.replace(" [\u2013]", "");
    String signsInBodies = togglesOnly.replace("The neap tides.", "The [neap] tides | and more.");

    assertThat(togglesOnly).doesNotContain("|");
    assertThat(linksOnly).doesNotContain("[");
    for (String text : List.of(three, togglesOnly, linksOnly, signsInBodies)) {
      assertThat(hn.detect(Sample.of(text))).as(text).isEqualTo(95);
    }
  }

  /** Five topcor headers: topcor scores 100 by its fourth. */
  private static final String TOPCOR = "Title of the article\n\nThe article's one paragraph.\n"
      + "  1. anna Offline anna\n    anna 9 December 2020 15: 35\n    First.\n"
      + "  2. boris Offline boris\n    boris 9 December 2020 15: 36\n    Second.\n"
      + "  3. vera Offline vera\n    vera 9 December 2020 15: 37\n    Third.\n"
      + "  4. gleb Offline gleb\n    gleb 9 December 2020 15: 38\n    Fourth.\n"
      + "  5. dina Offline dina\n    dina 9 December 2020 15: 39\n    Fifth.\n";

  /** Five hn comments with their reply lines: hn scores 100. */
  private static final String HN = "harbourmaster 8 hours ago | next [\u2013]\nThe neap tides.\nreply\n"
      + "pilot_fish 7 hours ago | parent | next [\u2013]\nWhich tables?\nreply\n"
      + "kelp-rider 6 hours ago | root | parent | next [\u2013]\nThe admiralty ones.\nreply\n"
      + "oyster 5 hours ago | prev | next [\u2013]\nSame here.\nreply\n"
      + "gull 4 hours ago | prev | next [\u2013]\nAnd here.\nreply\n";

  @Test
  void aDialectThatTheLaterSampledLinesMakeTieIsStillScored() {
    ParseResult result = DumpParser.builder().build().parse(TOPCOR + HN, "d");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.DIALECT_AMBIGUOUS);
    assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DIALECT_AMBIGUOUS).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("hn and topcor fit the input equally well (100)"));
  }

  @Test
  void aDialectWhoseSignsAppearOnlyInProseIsScoredAndLoses() {
    String prose = TOPCOR.replace("First.", "Years ago | a pipe and a bracket ] said little.");

    ParseResult result = DumpParser.builder().build().parse(prose, "d");

    assertThat(DIALECTS.stream().filter(d -> d.name().equals("hn")).findFirst().orElseThrow()
        .scoresBelow(Sample.of(prose), 100)).isFalse(); // " ago", "|" and "]": hn has to look
    assertThat(result.dialect()).isEqualTo("topcor");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aTopcorDumpWithoutTheOtherDialectsSignsIsDecidedWithoutScoringThem() {
    Sample sample = Sample.of(TOPCOR);

    for (Dialect dialect : DIALECTS) {
      if (!dialect.name().equals("topcor") && !dialect.name().equals("plain")) {
        assertThat(dialect.maxScore() < 100 || dialect.scoresBelow(sample, 100)).as(dialect.name()).isTrue();
      }
    }
    assertThat(DumpParser.builder().build().parse(TOPCOR, "d").dialect()).isEqualTo("topcor");
  }
}
