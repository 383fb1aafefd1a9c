package dev.threadkit.parser.internal;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.internal.dialect.PlainDialect;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Line;
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

  private Dialects(Map<String, Dialect> byName) {
    this.byName = byName;
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

  /** Scores every dialect on the start of {@code text} and picks the best; see {@link Dialect#detect}. */
  public Choice choose(String text) {
    Sample sample = sample(text);
    Dialect best = null;
    Dialect second = null;
    int bestScore = -1;
    int secondScore = -1;
    for (Dialect dialect : all()) {
      if (dialect.name().equals(PlainDialect.NAME)) {
        continue;
      }
      int score = Math.max(0, Math.min(100, dialect.detect(sample)));
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

  /** The sample of {@link Sample#of(String)}. */
  public static Sample sample(String text) {
    List<Line> lines = new ArrayList<>();
    int pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int limit = Math.min(text.length(), SAMPLE_CHARS);
    int number = 0;
    int blanks = 0;
    while (pos < limit && lines.size() < SAMPLE_LINES) {
      int end = pos;
      while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
          && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
      LineCursor line = new LineCursor(text);
      line.set(++number, pos, end, next, blanks);
      if (line.blank()) {
        blanks++;
      } else {
        blanks = 0;
        lines.add(line);
      }
      pos = next;
    }
    List<Line> sampled = List.copyOf(lines);
    int sampleEnd = Math.min(pos, text.length());
    return new Sample() {
      private String span; // the sampled text, made when a dialect first asks what it contains

      @Override
      public List<Line> lines() {
        return sampled;
      }

      @Override
      public boolean contains(String part) {
        if (span == null) {
          span = text.substring(0, sampleEnd);
        }
        return span.contains(part);
      }
    };
  }
}
