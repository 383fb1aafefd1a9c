package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Optional;

/**
 * {@code topcor}: the site engine of Topcor and Military Review, in every edition. Its words
 * (month names, status words, relative days) are data: {@code topcor-en.vocabulary} and
 * {@code topcor-ru.vocabulary} beside this class.
 */
public final class TopcorDialect extends VocabularyDialect<TopcorLines> {
  /** The dialect's name. */
  public static final String NAME = "topcor";

  private static final Vocabulary DEFAULT = Vocabulary.resource(TopcorDialect.class, "topcor-en.vocabulary")
      .plus(Vocabulary.resource(TopcorDialect.class, "topcor-ru.vocabulary"));
  private static final String DESCRIPTION = "Topcor / Military Review pages: 'N. handle Offline handle' headers,"
      + " replies by indentation";

  /** Creates the dialect with its default vocabulary, for {@link java.util.ServiceLoader}. */
  public TopcorDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with a vocabulary, for an edition in another language.
   *
   * @param words the words to read
   */
  public TopcorDialect(Vocabulary words) {
    super(NAME, DESCRIPTION, words, TopcorLines::new, TopcorDialect::new);
  }

  static Vocabulary defaultVocabulary() {
    return DEFAULT;
  }

  /** Headers that make the score 100: more change nothing, so detection stops there. */
  private static final int FULL_SCORE_HEADERS = 4;

  /** Scores dated headers: 70 for one, 10 more for each other, at most 100 (four). */
  @Override
  public int detect(Sample sample) {
    int headers = 0;
    TopcorLines.Header header = new TopcorLines.Header();
    for (Line line = sample.first(); line != null && headers < FULL_SCORE_HEADERS; line = sample.after(line)) {
      String text = line.input();
      int content = line.contentStart();
      if (line.indent() >= 1 && TopcorLines.isDigit(text.charAt(content))
          && (lines.matchHeader(text, content, line.end(), header) != null
              || lines.matchMismatchedStatus(text, content, line.end(), header) != null)) {
        headers++;
      }
    }
    return headers == 0 ? 0 : Math.min(100, 60 + 10 * headers);
  }

  @Override
  public DialectReader newReader() {
    return new TopcorReader(lines);
  }

  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new TopcorWriter(words()));
  }
}
