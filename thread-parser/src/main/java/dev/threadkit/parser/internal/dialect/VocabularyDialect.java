package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.function.Function;

/**
 * What every built-in dialect that reads a vocabulary holds: its name and description, its
 * words and the line scanner made from them. {@link #withVocabulary} makes the same dialect
 * again with the words added, through the dialect's own constructor.
 *
 * @param <L> the dialect's line scanner
 */
abstract class VocabularyDialect<L> implements Dialect {
  private final String name;
  private final String description;
  private final Vocabulary words;
  private final Function<Vocabulary, Dialect> again;
  /** The scanner of the dialect's lines, with its words. */
  final L lines;

  /**
   * @param name the dialect's name
   * @param description its one-line description
   * @param words the words it reads
   * @param scanner makes the line scanner from the words
   * @param again makes the dialect from other words: its constructor
   */
  VocabularyDialect(String name, String description, Vocabulary words, Function<Vocabulary, L> scanner,
      Function<Vocabulary, Dialect> again) {
    this.name = name;
    this.description = description;
    this.words = words;
    this.again = again;
    this.lines = scanner.apply(words);
  }

  /** The words the dialect reads. */
  final Vocabulary words() {
    return words;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Dialect withVocabulary(Vocabulary more) {
    return again.apply(words.plus(more));
  }
}
