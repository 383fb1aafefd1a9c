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
    return score(headers);
  }

  private static int score(int headers) {
    return headers == 0 ? 0 : Math.min(100, 60 + 10 * headers);
  }

  /**
   * Every header starts, on an indented line, with digits and {@code ". "}: only the lines
   * where a {@code .} follows a digit are read, found with a search for the one character
   * rather than a look at each line.
   */
  @Override
  public boolean scoresBelow(Sample sample, int score) {
    if (score > 100) {
      return true;
    }
    Line first = sample.first();
    if (first == null) {
      return true;
    }
    String text = first.input();
    int from = first.start();
    int end = sample.searchEnd();
    int headers = 0;
    TopcorLines.Header header = null;
    boolean bounded = SampleSigns.bounded(text, end);
    for (int dot = sample.indexOf('.', from + 1); dot >= 0 && dot < end;
        dot = bounded ? sample.indexOf('.', dot + 1) : text.indexOf('.', dot + 1)) {
      if (dot + 1 >= end || text.charAt(dot + 1) != ' ' || !TopcorLines.isDigit(text.charAt(dot - 1))) {
        continue;
      }
      int content = dot - 1;
      while (content > from && TopcorLines.isDigit(text.charAt(content - 1))) {
        content--;
      }
      int start = SampleSigns.indentStart(text, content, from);
      if (start < 0 || start == content) {
        continue; // not first on its line, or not indented
      }
      int lineEnd = SampleSigns.lineEnd(sample, text, content, end);
      header = header == null ? new TopcorLines.Header() : header;
      if (mayBeHeader(text, content, lineEnd) && (lines.matchHeader(text, content, lineEnd, header) != null
          || lines.matchMismatchedStatus(text, content, lineEnd, header) != null)) {
        headers++;
        if (score(headers) >= score) {
          return false;
        }
      }
      dot = Math.max(dot, lineEnd - 1); // one header a line
    }
    return score(headers) < score;
  }

  /**
   * Tells whether the line {@code text[from, end)}, three characters or more, may be a header:
   * every header ends with a date's minute or holds a status word after a space. A cheap look
   * before the matchers, for the numbered lines of comment bodies.
   */
  private boolean mayBeHeader(String text, int from, int end) {
    if (TopcorLines.isDigit(text.charAt(end - 1))) {
      return true;
    }
    Vocabulary words = words();
    for (int i = from; i < end - 1; i++) {
      if (text.charAt(i) == ' ' && words.startsStatusWord(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
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
