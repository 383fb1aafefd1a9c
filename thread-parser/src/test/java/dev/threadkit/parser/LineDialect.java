package dev.threadkit.parser;

import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import java.util.function.BiConsumer;

/**
 * A test dialect that reads each line on its own with one function and is never detected
 * (score 0): chosen by name with {@code DumpParser.builder().addDialect(…).dialect(name)}.
 *
 * @param name the dialect's name
 * @param description what it tests
 * @param reader what it reports for a line
 */
record LineDialect(String name, String description, BiConsumer<Line, Events> reader) implements Dialect {

  @Override
  public int detect(Sample sample) {
    return 0;
  }

  @Override
  public DialectReader newReader() {
    return reader::accept;
  }
}
