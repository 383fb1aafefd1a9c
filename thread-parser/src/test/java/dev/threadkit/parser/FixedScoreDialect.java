package dev.threadkit.parser;

import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;

/** A dialect that gives every input the same score and reads all of it as the article: for detection tests. */
final class FixedScoreDialect implements Dialect {
  private final String name;
  private final int score;

  FixedScoreDialect(String name, int score) {
    this.name = name;
    this.score = score;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "scores every input " + score;
  }

  @Override
  public int detect(Sample sample) {
    return score;
  }

  @Override
  public DialectReader newReader() {
    return new DialectReader() {
      @Override
      public void line(Line line, Events events) {
        events.article(line);
      }
    };
  }
}
