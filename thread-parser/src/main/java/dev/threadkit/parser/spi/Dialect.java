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
   * Looks only at the sample (a bounded prefix) and must be cheap.
   *
   * @param sample the first lines of the input
   * @return 0 when the input is surely not in this dialect, up to 100 when it surely is; a
   *     score below {@link #MIN_SCORE} never wins
   */
  int detect(Sample sample);

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
