package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;

/**
 * {@code plain}: the fallback for a text with no comment section any dialect recognises. All
 * of it is the article, and one {@code no-comments-found} diagnostic says so.
 */
public final class PlainDialect implements Dialect {
  /** The dialect's name. */
  public static final String NAME = "plain";

  private final String why;

  /** Creates the dialect, for {@link java.util.ServiceLoader}. */
  public PlainDialect() {
    this("");
  }

  /**
   * Creates the dialect with a note on why it was chosen, added to its diagnostic.
   *
   * @param why for example {@code "; the best candidates were hn (12) and reddit (8)"}
   */
  public PlainDialect(String why) {
    this.why = why;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "any other text: all of it is the article, with a no-comments-found diagnostic";
  }

  /** Never chosen by its score: it is what the parser falls back to. */
  @Override
  public int detect(Sample sample) {
    return 0;
  }

  @Override
  public DialectReader newReader() {
    return new DialectReader() {
      private Line first;

      @Override
      public void line(Line line, Events events) {
        if (first == null) {
          first = Line.at(line.input(), line.number(), line.start(), line.end());
        }
        events.article(line);
      }

      @Override
      public void end(Events events) {
        if (first != null) {
          events.diagnostic(DiagnosticCode.NO_COMMENTS_FOUND, first, 1,
              "no comment section found: the whole text was read as the article" + why);
        }
      }
    };
  }
}
