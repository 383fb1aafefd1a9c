package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Optional;

/**
 * {@code numbered}: blog comment lists as WordPress, Blogger and many news sites copy out:
 * entries marked with an ordinal ({@code 1.}) or a bullet ({@code •}) whose indentation gives
 * the depth (2 spaces a level), continuation paragraphs, optional author lead-ins
 * ({@code Ann says:}, {@code (Ann)}, {@code Anonymous said...}, {@code Ann on May 8, 2014 at
 * 3:15 pm}), pingbacks, a count line before the list and form boilerplate after it. Its words
 * are data: {@code numbered.vocabulary} beside this class.
 */
public final class NumberedDialect extends VocabularyDialect<NumberedLines> {
  /** The dialect's name. */
  public static final String NAME = "numbered";

  private static final Vocabulary DEFAULT = Vocabulary.resource(NumberedDialect.class, "numbered.vocabulary");
  private static final String DESCRIPTION = "blog comment lists (WordPress, Blogger): '1.' and bullet entries by indentation,"
      + " lead-ins, pingbacks";

  /** Creates the dialect with its default vocabulary, for {@link java.util.ServiceLoader}. */
  public NumberedDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with a vocabulary, for a site in another language.
   *
   * @param words the words to read
   */
  public NumberedDialect(Vocabulary words) {
    super(NAME, DESCRIPTION, words, NumberedLines::new, NumberedDialect::new);
  }

  static Vocabulary defaultVocabulary() {
    return DEFAULT;
  }

  /**
   * Scores count lines, entries after a blank line, lead-ins and form lines; at most 90, so
   * that a dialect whose headers say more (topcor's carry a date) wins over it.
   */
  @Override
  public int detect(Sample sample) {
    int score = 0;
    boolean count = false;
    int entries = 0;
    int leadIns = 0;
    boolean form = false;
    for (Line line = sample.first(); line != null; line = sample.after(line)) {
      // Each test first looks at a character that its lines must have, so that most lines cost little.
      char first = line.charAt(line.contentStart());
      char last = line.charAt(line.end() - 1);
      boolean digit = Scan.isDigit(first);
      if (!count && digit && lines.countLine(line) >= 0) {
        count = true;
      } else if (line.indent() >= 2 && line.blanksBefore() > 0 && (digit || first == NumberedLines.BULLET)
          && lines.marker(line) >= 0) {
        entries++;
      } else if (lines.mayEndLeadIn(last) && lines.saysEnd(line) >= 0) {
        leadIns++;
      } else if (!form && lines.isForm(line)) {
        form = true;
      }
      if (entries + leadIns > 0 && score(count, entries, leadIns, form) >= MAX_SCORE) {
        break; // the most it scores: the other lines change nothing
      }
    }
    score = score(count, entries, leadIns, form);
    return entries + leadIns == 0 ? Math.min(score, 10) : Math.min(MAX_SCORE, score);
  }

  private static final int MAX_SCORE = 90;

  private static int score(boolean count, int entries, int leadIns, boolean form) {
    return (count ? 40 : 0) + Math.min(30, 10 * entries) + Math.min(20, 10 * leadIns) + (form ? 20 : 0);
  }

  @Override
  public int maxScore() {
    return MAX_SCORE;
  }

  @Override
  public DialectReader newReader() {
    return new NumberedReader(lines);
  }

  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new NumberedWriter());
  }
}
