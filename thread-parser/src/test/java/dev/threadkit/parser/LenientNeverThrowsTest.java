package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.SourceLine;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import org.junit.jupiter.api.Test;

/**
 * A lenient parse never throws for what a dialect reads, nor loses a line a dialect forgot:
 * whatever goes wrong becomes a diagnostic and the line is kept as written.
 */
class LenientNeverThrowsTest {

  @Test
  void aNumberedLeadInWhoseNameIsOnlyWhiteSpaceIsText() {
    String dump = "Post title\n\nSome text.\n\n2 thoughts on “Post title”\n\n  1. Ann says:\n"
        + "    May 8, 2014 at 3:15 pm\n    hello\n  2. \t on May 8, 2014 at 3:16 pm\n    hi\n";

    ParseResult result = DumpParser.builder().build().parse(dump, "blank-name");

    assertThat(result.dialect()).isEqualTo("numbered");
    assertThat(result.discussion().comments()).hasSize(2);
    assertThat(result.discussion().comments().get(1).author()).isEmpty();
    assertThat(result.discussion().comments().get(1).text()).contains("on May 8, 2014").contains("hi");
  }

  @Test
  void aStatusLineKeptForTwoReasonsIsKeptOnce() {
    String dump = "Title\n\nText.\n  1. ann Offline ann\n    ann 9 December 2020 15: 35\n    Hi.\n"
        + "  2. bob Offline carl\n    carl 9 December 2020 15: 36\n    Hello.\n";

    ParseResult result = DumpParser.builder().dialect("topcor").build().parse(dump, "twice");

    assertThat(result.unplacedLines()).extracting(SourceLine::line).containsExactly(7);
    assertThat(result.diagnostics()).extracting(d -> d.code().id())
        .contains("status-mismatch", "author-mismatch");
  }

  @Test
  void aLineADialectDoesNotReportIsKeptWithADiagnostic() {
    ParseResult result = DumpParser.builder().addDialect(new Forgetful()).dialect("forgetful").build()
        .parse("Title\nforget me\nkeep me\n", "forgetful");

    assertThat(result.discussion().article().title()).isEqualTo("Title");
    assertThat(result.discussion().article().boilerplate()).containsExactly("forget me");
    assertThat(result.discussion().article().paragraphs()).containsExactly("keep me");
    assertThat(result.diagnostics()).extracting(Diagnostic::line, d -> d.code().id())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "line-not-reported"));
  }

  @Test
  void aCommentLineReportedWithNoCommentOpenIsKeptWithADiagnosticNotAnException() {
    ParseResult result = DumpParser.builder().addDialect(new Headless()).dialect("headless").build()
        .parse("Title\nbody before any comment\nheader line too\n", "headless");

    assertThat(result.discussion().comments()).isEmpty();
    assertThat(result.discussion().article().boilerplate())
        .containsExactly("body before any comment\nheader line too");
    assertThat(result.diagnostics()).extracting(d -> d.code().id())
        .containsExactly("line-not-reported", "line-not-reported");
  }

  /** Reads the title and every line but those that say "forget". */
  private static final class Forgetful implements Dialect {
    @Override
    public String name() {
      return "forgetful";
    }

    @Override
    public String description() {
      return "a dialect with a bug: it leaves some lines unread";
    }

    @Override
    public int detect(Sample sample) {
      return 0;
    }

    @Override
    public DialectReader newReader() {
      return (line, events) -> {
        if (!line.startsWith("forget")) {
          events.article(line);
        }
      };
    }
  }

  /** Reports comment lines with no comment open. */
  private static final class Headless implements Dialect {
    @Override
    public String name() {
      return "headless";
    }

    @Override
    public String description() {
      return "a dialect with a bug: comment lines before any comment";
    }

    @Override
    public int detect(Sample sample) {
      return 0;
    }

    @Override
    public DialectReader newReader() {
      return new DialectReader() {
        @Override
        public void line(Line line, Events events) {
          if (line.number() == 1) {
            events.article(line);
          } else if (line.startsWith("body")) {
            events.body(line, 0);
          } else {
            events.headerLine(line).author(dev.threadkit.model.Author.of("x"));
          }
        }
      };
    }
  }
}
