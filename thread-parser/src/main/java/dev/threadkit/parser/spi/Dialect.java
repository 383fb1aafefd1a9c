package dev.threadkit.parser.spi;

import dev.threadkit.model.DialectWriter;
import java.util.Optional;

/**
 * One way a comment section ends up as plain text: a site engine's page layout. A dialect
 * recognises the lines of its layout and reports them as {@link Events}; the shared core of
 * the parser finds the lines, builds the reply tree, enforces the limits and collects the
 * diagnostics, the same for every dialect.
 *
 * <p>Dialects are found with {@link java.util.ServiceLoader}: a jar that {@code provides
 * dev.threadkit.parser.spi.Dialect} in its {@code module-info.java} (or lists its class in
 * {@code META-INF/services/dev.threadkit.parser.spi.Dialect} on the class path) adds one, and
 * it is detected and chosen like a built-in one. An implementation is immutable and
 * thread-safe; the state of one read lives in the {@link DialectReader} it makes.
 *
 * <p>The {@code examples/dialect-github} module of the project is a complete dialect written
 * only against this package: its reader, writer, vocabulary, {@code module-info.java} and
 * tests show each step.
 */
public interface Dialect {

  /**
   * Returns the dialect's name, as {@code --dialect} and the exports name it.
   *
   * @return a lower-case letter, then lower-case letters, digits or {@code -}
   */
  String name();

  /**
   * Returns a one-line description for {@code threadkit dialects}.
   *
   * @return what sites or layouts it reads
   */
  String description();

  /**
   * Scores how well the start of an input fits this dialect, to choose one automatically.
   * Looks only at the sample (a bounded prefix) and must be cheap: a walk over its lines with
   * {@link Sample#first()} and {@link Sample#after(Line)} that stops once the score can rise
   * no more costs least. The same sample always gets the same score, whatever other dialects
   * are installed and in whatever order the parser asks.
   *
   * @param sample the first lines of the input
   * @return 0 when the input is surely not in this dialect, up to 100 when it surely is; a
   *     score below {@link #MIN_SCORE} never wins
   */
  int detect(Sample sample);

  /**
   * Returns the highest score {@link #detect} ever gives. The parser scores the dialects with
   * the highest maximum first, and does not score a dialect whose maximum is below the best
   * score found so far: it cannot win, nor tie.
   *
   * @return from 0 to 100; 100, no bound, unless overridden
   */
  default int maxScore() {
    return 100;
  }

  /**
   * Tells, more cheaply than {@link #detect}, that the sample surely scores below a score: for
   * a dialect whose every scoring line holds some text, {@code !sample.contains(...)} of it
   * says so without a look at each line. Before it scores a dialect, the parser asks with the
   * best score found so far (when that is at least {@link #MIN_SCORE}: the dialect could only
   * tie or win), or with 1 (would it score 0?); a {@code true} answer skips {@link #detect}.
   * The choice is the same either way, only cheaper; a wrong {@code true} would change it.
   *
   * @param sample the first lines of the input
   * @param score the score to stay below, from 1
   * @return {@code true} only if {@code detect(sample) < score}; {@code false} when the dialect
   *     cannot tell cheaply, which is always correct. The default answers from {@link #maxScore()} alone
   */
  default boolean scoresBelow(Sample sample, int score) {
    return maxScore() < score;
  }

  /**
   * Starts reading one input.
   *
   * @return a new reader holding the state of one read
   */
  DialectReader newReader();

  /**
   * Returns the writer of this dialect, if it can write discussions back as dump text.
   *
   * @return the writer, or empty
   */
  default Optional<DialectWriter> writer() {
    return Optional.empty();
  }

  /**
   * Returns this dialect reading more words as well as its own: another language's month
   * names, other status words. What {@code DumpParser.builder().vocabulary(name, words)} uses.
   *
   * @param more the words to add; where both give a word, the dialect's own meaning is tried first
   * @return a dialect of the same name
   * @throws UnsupportedOperationException if the dialect reads no vocabulary
   */
  default Dialect withVocabulary(Vocabulary more) {
    throw new UnsupportedOperationException("dialect " + name() + " reads no vocabulary");
  }

  /** The lowest score that can choose a dialect automatically. */
  int MIN_SCORE = 20;
}
