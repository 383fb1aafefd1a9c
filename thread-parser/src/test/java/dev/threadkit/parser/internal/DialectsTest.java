package dev.threadkit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Detection looks only at a bounded prefix of the input: its first {@link Dialects#SAMPLE_LINES}
 * non-blank lines within its first {@link Dialects#SAMPLE_CHARS} characters. A dump whose first
 * comment header lies beyond that is read as plain text, with {@code no-comments-found}; naming
 * the dialect reads it.
 */
class DialectsTest {

  private static final String HEADER = "  1. reader 9 December 2020 15: 35\n    The only comment.\n";

  /** A title and {@code lines - 1} one-line paragraphs: {@code lines} non-blank lines of article. */
  private static String article(int lines) {
    StringBuilder text = new StringBuilder("A long article\n");
    for (int i = 2; i <= lines; i++) {
      text.append('\n').append("Paragraph ").append(i).append(" of the article.\n");
    }
    return text.toString();
  }

  @Test
  void theSampleIsBoundedByTheDocumentedNumbers() {
    assertThat(Dialects.SAMPLE_LINES).isEqualTo(200);
    assertThat(Dialects.SAMPLE_CHARS).isEqualTo(64 * 1024);
  }

  @Test
  void aHeaderAmongTheFirstSampleLinesIsSeen() {
    String dump = article(Dialects.SAMPLE_LINES - 1) + HEADER;

    ParseResult result = DumpParser.builder().build().parse(dump, "d");

    assertThat(result.dialect()).isEqualTo("topcor");
    assertThat(result.discussion().comments()).hasSize(1);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aHeaderRightAfterTheSampleIsNotSeenAndTheDumpIsReadAsPlain() {
    String dump = article(Dialects.SAMPLE_LINES) + HEADER;

    ParseResult result = DumpParser.builder().build().parse(dump, "d");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.discussion().comments()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_COMMENTS_FOUND);
  }

  @Test
  void aDumpWhoseFirstHeaderComesAfterThreeHundredLinesOfArticleIsPlainUnlessTheDialectIsNamed() {
    String dump = article(300) + HEADER;

    ParseResult detected = DumpParser.builder().build().parse(dump, "d");
    ParseResult named = DumpParser.builder().dialect("topcor").build().parse(dump, "d");

    assertThat(detected.dialect()).isEqualTo("plain");
    assertThat(detected.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_COMMENTS_FOUND);
    assertThat(detected.discussion().article().paragraphs()).hasSize(299)
        .last().asString().endsWith("\n  1. reader 9 December 2020 15: 35\n    The only comment.");
    assertThat(named.dialect()).isEqualTo("topcor");
    assertThat(named.discussion().comments()).singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("The only comment."));
    assertThat(named.diagnostics()).isEmpty();
  }

  @Test
  void blankLinesDoNotCountButCharactersDo() {
    String manyBlanks = "Title\n" + "\n".repeat(5_000) + HEADER;
    String longLines = "Title\n\n" + ("x".repeat(1_000) + "\n\n").repeat(70) + HEADER; // ~70 K characters

    assertThat(DumpParser.builder().build().parse(manyBlanks, "d").dialect()).isEqualTo("topcor");
    assertThat(DumpParser.builder().build().parse(longLines, "d").dialect()).isEqualTo("plain");
  }

  @Test
  void aDialectSeesOnlyTheNonBlankLinesOfTheSampleWithTheirNumbers() {
    Recording recording = new Recording();
    Dialects dialects = Dialects.load(List.of(recording), java.util.Map.of());

    dialects.choose("\uFEFFTitle\r\n\r\nFirst.\n\n\n  second\n" + "line\n".repeat(500));

    assertThat(recording.lines).hasSize(Dialects.SAMPLE_LINES);
    assertThat(recording.lines.subList(0, 4)).containsExactly("1:0:Title", "3:1:First.", "6:2:second", "7:0:line");
  }

  @Test
  void theBuiltInDialectsScoreZeroOnPlainProseAndTopcorScoresItsSeed() {
    Sample prose = sample("A title\n\nSome prose.\n\n1. a list item\n2. another\n");
    Sample dump = sample(article(3) + HEADER + "  2. other Offline other\n    other 9 December 2020 15: 40\n");

    for (Dialect dialect : Dialects.load(List.of(), java.util.Map.of()).all()) {
      assertThat(dialect.detect(prose)).as(dialect.name()).isLessThan(Dialect.MIN_SCORE);
    }
    assertThat(Dialects.load(List.of(), java.util.Map.of()).get("topcor").detect(dump)).isEqualTo(80);
  }

  private static Sample sample(String text) {
    Recording recording = new Recording();
    Dialects.load(List.of(recording), java.util.Map.of()).choose(text);
    return recording.sample;
  }

  /** A dialect that records the sample it is shown and never fits. */
  private static final class Recording implements Dialect {
    final List<String> lines = new ArrayList<>();
    Sample sample;

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public String description() {
      return "records its sample";
    }

    @Override
    public int detect(Sample sample) {
      this.sample = sample;
      for (Line line : sample.lines()) {
        lines.add(line.number() + ":" + line.blanksBefore() + ":" + line.content());
      }
      return 0;
    }

    @Override
    public DialectReader newReader() {
      throw new UnsupportedOperationException();
    }
  }
}
