package dev.threadkit.parser;

import dev.threadkit.model.Author;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dialect whose pages say where a comment belongs only on its last line, for the tests of
 * {@link Events#heldComment}: a comment is {@code From: alice}, its text, and a footer
 * {@code (depth N)} that gives its depth. A comment without a footer (the copy cut it, or
 * another header follows) is top-level.
 *
 * <p>It reads a page in one of two ways that must give the same result: holding each
 * comment's place until its footer ({@link Events#heldComment}, then {@link Events#place}),
 * or looking ahead from each header to the footer ({@link Line#next()}) and starting the
 * comment placed ({@link Events#comment}).
 */
final class FooterDialect implements Dialect {
  private final boolean lookAhead;
  /** What the reader saw of the open comment while its place was held, and after, for the tests. */
  final List<String> seen = new ArrayList<>();

  FooterDialect(boolean lookAhead) {
    this.lookAhead = lookAhead;
  }

  @Override
  public String name() {
    return "footer";
  }

  @Override
  public String description() {
    return "comments whose last line, (depth N), says where they belong";
  }

  @Override
  public int detect(Sample sample) {
    return 0;
  }

  /** The N of {@code (depth N)}, or -1 for another line. */
  static int footer(Line line) {
    if (!line.startsWith("(depth ") || !line.endsWith(")")) {
      return -1;
    }
    String n = line.input().substring(line.contentStart() + 7, line.end() - 1);
    return n.chars().allMatch(Character::isDigit) && !n.isEmpty() && n.length() < 4 ? Integer.parseInt(n) : -1;
  }

  static boolean header(Line line) {
    return line.startsWith("From: ") && line.length() > 6;
  }

  @Override
  public DialectReader newReader() {
    return new DialectReader() {
      boolean held;

      @Override
      public void line(Line line, Events events) {
        if (header(line)) {
          CommentHeader h;
          if (lookAhead) {
            h = events.comment(line, depthAhead(line), Events.NEXT_ORDINAL);
          } else {
            h = events.heldComment(line, 0, Events.NEXT_ORDINAL);
            held = true;
            seen.add("held " + events.depth() + " '" + events.openId() + "'");
          }
          h.author(Author.of(line.input().substring(line.contentStart() + 6, line.end())));
          return;
        }
        int depth = footer(line);
        if (depth >= 0 && events.inComment()) {
          if (held) {
            events.place(depth);
            held = false;
            seen.add("placed " + events.depth() + " '" + events.openId() + "'");
            try {
              events.place(depth);
            } catch (IllegalStateException e) {
              seen.add("placed twice: " + e.getMessage());
            }
          }
          events.headerLine(line);
          return;
        }
        if (events.inComment()) {
          events.body(line, 0);
        } else {
          events.article(line);
        }
      }

      /** The depth the footer of the comment whose header this is gives, 0 when none comes before the next header. */
      private int depthAhead(Line header) {
        for (Optional<Line> next = header.next(); next.isPresent(); next = next.get().next()) {
          Line line = next.get();
          if (header(line)) {
            return 0;
          }
          int depth = footer(line);
          if (depth >= 0) {
            return depth;
          }
        }
        return 0;
      }
    };
  }
}
