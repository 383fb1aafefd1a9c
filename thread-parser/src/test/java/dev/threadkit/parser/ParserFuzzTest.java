package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the auto-detecting lenient parser with Jazzer: whatever dialect
 * the input is read in, parsing throws nothing but a {@link DumpParseException} for a limit,
 * and keeps every non-blank line.
 *
 * <p>In an ordinary test run this replays the saved inputs under
 * {@code src/test/resources/dev/threadkit/parser/ParserFuzzTestInputs} (regression mode). To
 * fuzz for new inputs, run {@code JAZZER_FUZZ=1 mvn -pl thread-parser test -Dtest=ParserFuzzTest};
 * findings land in that folder and become regression inputs once committed. The folder holds
 * the seed dump and fixtures (named for what they show), every past finding (named for the
 * bug), and the small inputs of two fuzzing runs' corpora ({@code corpus-*}, 500,000 runs in all).
 */
class ParserFuzzTest {

  /** Bytes as UTF-8, so that they parse as the String the JDK decodes them to. */
  private static final DumpParser PARSER = DumpParser.builder().charset(StandardCharsets.UTF_8).build();
  /** The default: the charset detected for each input. */
  private static final DumpParser DETECTING = DumpParser.builder().build();

  /** The only reasons a lenient parse may throw: the input passes a limit. */
  private static final Set<DiagnosticCode> LIMITS = Set.of(DiagnosticCode.INPUT_TOO_LARGE, DiagnosticCode.LINE_TOO_LONG);

  @FuzzTest(maxDuration = "2m")
  void lenientParsingNeverThrowsNorLosesALine(byte[] input) {
    ParseResult fromBytes;
    ParseResult fromText;
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      fromBytes = PARSER.parse(input, "fuzz");
      fromText = PARSER.parse(text, "fuzz");
    } catch (DumpParseException e) {
      assertThat(e.diagnostics()).extracting(Diagnostic::code).singleElement().isIn(LIMITS);
      return;
    }
    assertThat(fromBytes.discussion()).isEqualTo(fromText.discussion());
    assertThat(fromText.dialect()).isIn(PARSER.dialects().stream().map(d -> d.name()).toList());
    assertThat(NoLineLost.lostLines(text, fromText)).as("lost lines, read as %s", fromText.dialect()).isEmpty();
    assertThat(fromText.diagnostics()).allSatisfy(d -> {
      assertThat(d.message()).doesNotContain("\n");
      assertThat(d.line()).isPositive();
    });
    ParseResult detected = DETECTING.parse(input, "fuzz"); // whatever charset it picks, it reads without throwing
    assertThat(detected.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DECODED_AS).hasSizeLessThanOrEqualTo(1);
  }
}
