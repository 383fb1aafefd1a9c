package dev.threadkit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.dialect.DetectionInputs;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Detection scores the dialects with the highest {@link Dialect#maxScore()} first and skips a
 * dialect that shows it cannot reach the best score so far ({@link Dialect#scoresBelow}): the
 * choice, its diagnostics and the candidates named are those of scoring every dialect.
 */
class DetectionSkipsTest {

  /** Prose no built-in dialect scores. */
  private static final String PROSE = "A title\n\nSome prose about nothing in particular.\n";

  @Test
  void aDialectWhoseMaximumIsBelowTheBestScoreIsNotScored() {
    Scripted winner = new Scripted("alpha", 60, 100, false);
    Scripted capped = new Scripted("beta", 40, 50, false);

    Dialects.Choice choice = Dialects.load(List.of(capped, winner), Map.of()).choose(PROSE);

    assertThat(choice.dialect().name()).isEqualTo("alpha");
    assertThat(choice.diagnostics()).isEmpty();
    assertThat(winner.scored).isEqualTo(1);
    assertThat(capped.scored).isZero();
  }

  @Test
  void aDialectThatShowsItScoresBelowTheBestIsNotScored() {
    Scripted winner = new Scripted("alpha", 60, 100, false);
    Scripted below = new Scripted("beta", 40, 100, true);

    Dialects.Choice choice = Dialects.load(List.of(winner, below), Map.of()).choose(PROSE);

    assertThat(choice.dialect().name()).isEqualTo("alpha");
    assertThat(below.scored).isZero();
    assertThat(below.askedBelow).contains(60);
  }

  @Test
  void aDialectThatCouldTieIsScoredAndATieIsReadAsPlainAsBefore() {
    Scripted first = new Scripted("alpha", 60, 100, false);
    Scripted tying = new Scripted("beta", 60, 60, false);

    Dialects.Choice choice = Dialects.load(List.of(first, tying), Map.of()).choose(PROSE);

    assertThat(tying.scored).isEqualTo(1);
    assertThat(choice.dialect().name()).isEqualTo("plain");
    assertThat(choice.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DIALECT_AMBIGUOUS);
    assertThat(choice.diagnostics().get(0).message()).startsWith("alpha and beta fit the input equally well (60)");
  }

  @Test
  void belowTheThresholdOnlyADialectThatScoresZeroIsSkippedSoTheSameCandidatesAreNamed() {
    Scripted low = new Scripted("alpha", 15, 100, false);
    Scripted lower = new Scripted("beta", 12, 100, true);
    Scripted zero = new Scripted("gamma", 0, 100, true);

    ParseResult result = DumpParser.builder().addDialect(low).addDialect(lower).addDialect(zero).build().parse(PROSE, "d");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(lower.scored).isEqualTo(1); // asked whether it scores 0 (below 1): it does not, so it is scored
    assertThat(lower.askedBelow).containsOnly(1);
    assertThat(zero.scored).isZero();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.NO_COMMENTS_FOUND);
      assertThat(d.message()).endsWith("; the best candidates were alpha (15) and beta (12)");
    });
  }

  @Test
  void theBuiltInDialectsDeclareTheirMaximaAndAreAskedHighestFirst() {
    Dialects dialects = Dialects.load(List.of(), Map.of());

    assertThat(dialects.get("topcor").maxScore()).isEqualTo(100);
    assertThat(dialects.get("hn").maxScore()).isEqualTo(100);
    assertThat(dialects.get("reddit").maxScore()).isEqualTo(100);
    assertThat(dialects.get("disqus").maxScore()).isEqualTo(95);
    assertThat(dialects.get("youtube").maxScore()).isEqualTo(93);
    assertThat(dialects.get("numbered").maxScore()).isEqualTo(90);
  }

  /**
   * On every fixture dump and saved fuzzing input, and on damaged copies of the dumps, the
   * dialect chosen, the diagnostics and the candidates a plain reading names are those that
   * scoring every built-in dialect gives.
   */
  @Test
  void theChoiceIsThatOfScoringEveryDialect() {
    Dialects dialects = Dialects.load(List.of(), Map.of());
    DumpParser parser = DumpParser.builder().build();
    List<String> inputs = new ArrayList<>(DetectionInputs.files());
    inputs.addAll(DetectionInputs.mutants(1_500, 11L));
    int plain = 0;
    for (String text : inputs) {
      Dialects.Choice choice = dialects.choose(text);
      Dialect best = null;
      Dialect second = null;
      int bestScore = -1;
      int secondScore = -1;
      for (Dialect dialect : dialects.all()) {
        if (dialect.name().equals("plain")) {
          continue;
        }
        int score = Math.max(0, Math.min(100, dialect.detect(Sample.of(text))));
        if (score > bestScore) {
          second = best;
          secondScore = bestScore;
          best = dialect;
          bestScore = score;
        } else if (score > secondScore) {
          second = dialect;
          secondScore = score;
        }
      }
      String described = text.length() + " characters: " + text.substring(0, Math.min(60, text.length()));
      if (bestScore >= Dialect.MIN_SCORE && bestScore > secondScore) {
        assertThat(choice.dialect().name()).as(described).isEqualTo(best.name());
        assertThat(choice.diagnostics()).as(described).isEmpty();
        continue;
      }
      plain++;
      assertThat(choice.dialect().name()).as(described).isEqualTo("plain");
      if (bestScore >= Dialect.MIN_SCORE) {
        String tie = best.name() + " and " + second.name() + " fit the input equally well";
        assertThat(choice.diagnostics()).as(described).singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.DIALECT_AMBIGUOUS);
          assertThat(d.message()).startsWith(tie);
        });
      } else {
        assertThat(choice.diagnostics()).as(described).isEmpty();
      }
      String why = bestScore <= 0 ? "" : "; the best candidates were " + best.name() + " (" + bestScore + ")"
          + (secondScore <= 0 ? "" : " and " + second.name() + " (" + secondScore + ")");
      assertThat(parser.parse(text, "d").diagnostics()).as(described)
          .filteredOn(d -> d.code() == DiagnosticCode.NO_COMMENTS_FOUND)
          .allSatisfy(d -> assertThat(d.message()).endsWith("read as the article" + why));
    }
    assertThat(plain).isPositive().isLessThan(inputs.size());
  }

  /** A dialect with a fixed score, maximum and answer to {@code scoresBelow}, counting what it is asked. */
  private static final class Scripted implements Dialect {
    private final String name;
    private final int score;
    private final int max;
    private final boolean below;
    int scored;
    final List<Integer> askedBelow = new java.util.ArrayList<>();

    Scripted(String name, int score, int max, boolean below) {
      this.name = name;
      this.score = score;
      this.max = max;
      this.below = below;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "scores " + score;
    }

    @Override
    public int detect(Sample sample) {
      scored++;
      return score;
    }

    @Override
    public int maxScore() {
      return max;
    }

    @Override
    public boolean scoresBelow(Sample sample, int score) {
      askedBelow.add(score);
      return below && this.score < score || Dialect.super.scoresBelow(sample, score);
    }

    @Override
    public DialectReader newReader() {
      return (line, events) -> events.article(line);
    }
  }
}
