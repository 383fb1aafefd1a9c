package dev.threadkit.parser.internal;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.internal.dialect.PlainDialect;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The installed dialects, by name, and the choice of one for an input by the scores of its start. */
public final class Dialects {
  /** How many non-blank lines of an input the dialects score. */
  static final int SAMPLE_LINES = 200;
  /** How many characters of an input the sample may span. */
  static final int SAMPLE_CHARS = 64 * 1024;

  private final Map<String, Dialect> byName;
  /** The dialects that detection scores (all but plain), in name order. */
  private final Dialect[] scored;
  /** Indexes into {@link #scored} in the order detection asks them: highest {@link Dialect#maxScore()} first, then by name. */
  private final int[] order;

  private Dialects(Map<String, Dialect> byName) {
    this.byName = byName;
    List<Dialect> scoring = new ArrayList<>();
    for (Dialect dialect : all()) {
      if (!dialect.name().equals(PlainDialect.NAME)) {
        scoring.add(dialect);
      }
    }
    this.scored = scoring.toArray(new Dialect[0]);
    Integer[] byMax = new Integer[scored.length];
    for (int i = 0; i < byMax.length; i++) {
      byMax[i] = i;
    }
    // stable: equal maxima keep name order
    java.util.Arrays.sort(byMax, Comparator.comparingInt((Integer i) -> -Math.max(0, Math.min(100, scored[i].maxScore()))));
    this.order = new int[byMax.length];
    for (int i = 0; i < byMax.length; i++) {
      order[i] = byMax[i];
    }
  }

  /**
   * The dialects found by {@link ServiceLoader} and then the extra ones; a later dialect of the
   * same name replaces an earlier one.
   */
  public static Dialects load(List<Dialect> extra, Map<String, Vocabulary> vocabularies) {
    Map<String, Dialect> byName = new LinkedHashMap<>();
    for (Dialect dialect : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
      byName.put(checkedName(dialect), dialect);
    }
    if (byName.isEmpty() || !byName.containsKey(PlainDialect.NAME)) {
      byName.put(PlainDialect.NAME, new PlainDialect()); // a class path that lost the services file still reads
    }
    for (Dialect dialect : extra) {
      byName.put(checkedName(dialect), dialect);
    }
    for (Map.Entry<String, Vocabulary> words : vocabularies.entrySet()) {
      Dialect dialect = byName.get(words.getKey());
      if (dialect == null) {
        throw new IllegalArgumentException("no dialect named '" + words.getKey() + "' to add words to; installed: "
            + String.join(", ", byName.keySet()));
      }
      try {
        byName.put(dialect.name(), dialect.withVocabulary(words.getValue()));
      } catch (UnsupportedOperationException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return new Dialects(byName);
  }

  /**
   * The dialect's name, checked as {@link Dialect#name()} documents it: a discussion records
   * it, so a name that breaks the rule would fail every parse at its very end, and no
   * streaming read at all.
   */
  private static String checkedName(Dialect dialect) {
    String name = dialect.name();
    boolean valid = name != null && !name.isEmpty();
    for (int i = 0; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '-');
    }
    if (!valid) {
      throw new IllegalArgumentException("dialect " + dialect.getClass().getName() + " is named '" + name
          + "'; a dialect name is a lower-case letter, then lower-case letters, digits or '-'");
    }
    return name;
  }

  /** The dialects, in name order. */
  public List<Dialect> all() {
    List<Dialect> all = new ArrayList<>(byName.values());
    all.sort(Comparator.comparing(Dialect::name));
    return all;
  }

  /** The dialect of that name, or null. */
  public Dialect get(String name) {
    return byName.get(name);
  }

  /** A dialect chosen for an input, and what the choice has to say. */
  public record Choice(Dialect dialect, List<Diagnostic> diagnostics) {}

  /**
   * Scores the dialects on the start of {@code text} and picks the best; see {@link Dialect#detect}.
   *
   * <p>The choice is the one that scoring every dialect gives: the best score wins when it is
   * at least {@link Dialect#MIN_SCORE} and no other dialect has it. The work is less. Dialects
   * are scored in the order of their {@link Dialect#maxScore()}, highest first (a dialect that
   * can score 100 usually decides at once), and one is skipped when it shows cheaply that it
   * scores below the best so far ({@link Dialect#scoresBelow}): it can neither win nor tie, so
   * its score changes nothing. Until a score reaches the threshold, a dialect is skipped only
   * when it scores 0, so that the two best candidates named when none fits are the same too.
   */
  public Choice choose(String text) {
    Dialect[] byName = scored;
    Sample sample = sample(text);
    int[] scores = new int[byName.length];
    int best = -1;
    for (int index : order) {
      Dialect dialect = byName[index];
      int below = best >= Dialect.MIN_SCORE ? best : 1;
      if (dialect.maxScore() < below || dialect.scoresBelow(sample, below)) {
        scores[index] = below == 1 ? 0 : SKIPPED; // 0 exactly, or below the best: never named, never the best
        continue;
      }
      int score = Math.max(0, Math.min(100, dialect.detect(sample)));
      scores[index] = score;
      best = Math.max(best, score);
    }
    return choice(byName, scores);
  }

  /** Stands for the score of a dialect skipped as scoring below the best: less than any score, so never chosen nor named. */
  private static final int SKIPPED = -1;

  /** The choice from every dialect's score, in name order: as the parser has always made it. */
  private static Choice choice(Dialect[] byName, int[] scores) {
    Dialect best = null;
    Dialect second = null;
    int bestScore = -1;
    int secondScore = -1;
    for (int i = 0; i < byName.length; i++) {
      Dialect dialect = byName[i];
      int score = scores[i];
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
    if (best != null && bestScore >= Dialect.MIN_SCORE && bestScore > secondScore) {
      return new Choice(best, List.of());
    }
    // Name only dialects that saw something of theirs: a score of 0 is no candidate.
    String candidates = best == null || bestScore <= 0 ? ""
        : "; the best candidates were " + best.name() + " (" + bestScore + ")"
            + (second == null || secondScore <= 0 ? "" : " and " + second.name() + " (" + secondScore + ")");
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (best != null && bestScore >= Dialect.MIN_SCORE) {
      diagnostics.add(new Diagnostic(DiagnosticCode.DIALECT_AMBIGUOUS, 1, 1, best.name() + " and " + second.name()
          + " fit the input equally well (" + bestScore + "); read as plain text: choose one with --dialect", ""));
    }
    return new Choice(new PlainDialect(candidates), diagnostics);
  }

  /** The sample of {@link Sample#of(String)}: found as far as the dialects ask; see {@link SampleText}. */
  public static Sample sample(String text) {
    return new SampleText(text);
  }
}
