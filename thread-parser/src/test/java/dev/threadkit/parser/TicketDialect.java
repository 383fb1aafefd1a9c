package dev.threadkit.parser;

import dev.threadkit.model.Author;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Scan;

/**
 * A dialect as a user writes one against the SPI, for the tests of that seam: support tickets
 * whose replies start with {@code #12 by alice} at the margin and whose text is indented two
 * spaces below.
 */
final class TicketDialect implements Dialect {

  @Override
  public String name() {
    return "ticket";
  }

  @Override
  public String description() {
    return "support tickets: '#12 by alice' headers, replies indented by two";
  }

  @Override
  public int detect(Sample sample) {
    int headers = sample.countLines(line -> byAt(line) >= 0);
    return headers == 0 ? 0 : Math.min(100, 50 + 10 * headers);
  }

  /** Where {@code " by "} is in a header line {@code #N by NAME}, or -1 for any other line. */
  static int byAt(Line line) {
    String text = line.input();
    int from = line.contentStart();
    if (line.indent() != 0 || !line.startsWith("#")) {
      return -1;
    }
    int digits = Scan.digitsEnd(text, from + 1, line.end());
    return digits > from + 1 && text.startsWith(" by ", digits) && digits + 4 < line.end() ? digits : -1;
  }

  @Override
  public DialectReader newReader() {
    return new DialectReader() {
      @Override
      public void line(Line line, Events events) {
        int by = byAt(line);
        if (by >= 0) {
          int ordinal = Scan.number(line.input(), line.contentStart() + 1, by);
          events.comment(line, 0, ordinal).author(Author.of(line.input().substring(by + 4, line.end())));
        } else if (events.inComment()) {
          events.body(line, 2);
        } else {
          events.article(line);
        }
      }
    };
  }
}
