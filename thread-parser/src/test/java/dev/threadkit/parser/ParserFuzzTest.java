package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the auto-detecting lenient parser with Jazzer: whatever dialect
 * the input is read in, parsing throws nothing but a {@link DumpParseException} for a limit,
 * and keeps every non-blank line.
 *
 * <p>In an ordinary test run this replays the saved inputs under
 * {@code src/test/resources/dev/threadkit/parser/ParserFuzzTestInputs} (regression mode). To
 * fuzz for new inputs, run {@code JAZZER_FUZZ=1 mvn -pl thread-parser test
 * -Dtest='ParserFuzzTest#lenientParsingNeverThrowsNorLosesALine'} (Jazzer fuzzes one method per run);
 * findings land in that folder and become regression inputs once committed. The folder holds
 * the seed dump and fixtures (named for what they show), every past finding (named for the
 * bug), and the small inputs of two fuzzing runs' corpora ({@code corpus-*}, 500,000 runs in all).
 *
 * <p>{@link #everyDialectForcedNeverThrowsNorLosesALine} reads its input's first byte as the
 * choice of auto-detection or one installed dialect to force, and the rest as the dump. It
 * replays the folder's inputs too (each in the dialect its first byte picks), and its own
 * findings and inputs under {@code ParserFuzzTestInputs/everyDialectForcedNeverThrowsNorLosesALine}:
 * every fixture under {@code dumps/<dialect>/} behind the byte that forces its dialect (named
 * {@code <dialect>-<fixture>}; with the seven built-in dialects in name order, byte 1 is
 * disqus, 2 hn, 3 numbered, 4 plain, 5 reddit, 6 topcor, 7 youtube, 0 auto-detection, all
 * modulo 8), and
 * what fuzzing found. A dialect installed later shifts that mapping: the inputs still replay,
 * read in another dialect. Its first sessions (about 310,000 runs, seeded with those fixtures)
 * found one bug, kept as {@code hn-second-story-line-replaced-the-first}. To fuzz it alone, run {@code JAZZER_FUZZ=1 mvn -pl
 * thread-parser test -Dtest='ParserFuzzTest#everyDialectForcedNeverThrowsNorLosesALine'}.
 */
class ParserFuzzTest {

  /** Bytes as UTF-8, so that they parse as the String the JDK decodes them to. */
  private static final DumpParser PARSER = DumpParser.builder().charset(StandardCharsets.UTF_8).build();
  /** The default: the charset detected for each input. */
  private static final DumpParser DETECTING = DumpParser.builder().build();

  /** The only reasons a lenient parse may throw: the input passes a limit. */
  private static final Set<DiagnosticCode> LIMITS = Set.of(DiagnosticCode.INPUT_TOO_LARGE, DiagnosticCode.LINE_TOO_LONG);

  /** When the pages were copied, so that relative times are resolved to intervals too. */
  private static final OffsetDateTime CAPTURED = OffsetDateTime.parse("2026-11-25T12:00:00+03:00");
  /** The installed dialects' names, in name order. */
  private static final List<String> DIALECTS = DumpParser.builder().build().dialects().stream().map(d -> d.name()).toList();
  /** Index 0 detects the dialect per input; index i &gt; 0 forces {@code DIALECTS.get(i - 1)}. */
  private static final List<DumpParser> CHOICES = choices();

  private static List<DumpParser> choices() {
    List<DumpParser> parsers = new ArrayList<>();
    parsers.add(DumpParser.builder().charset(StandardCharsets.UTF_8).capturedAt(CAPTURED).build());
    for (String name : DIALECTS) {
      parsers.add(DumpParser.builder().charset(StandardCharsets.UTF_8).capturedAt(CAPTURED).dialect(name).build());
    }
    return List.copyOf(parsers);
  }

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

  /**
   * The first byte chooses auto-detection or a forced dialect (modulo the number of choices);
   * the rest is the dump. Whatever the dialect, forced on whatever text, parsing throws nothing
   * but a {@link DumpParseException} for a limit, reports the dialect it was told, and keeps
   * every non-blank line.
   */
  @FuzzTest(maxDuration = "2m")
  void everyDialectForcedNeverThrowsNorLosesALine(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int choice = Byte.toUnsignedInt(input[0]) % CHOICES.size();
    DumpParser parser = CHOICES.get(choice);
    byte[] dump = Arrays.copyOfRange(input, 1, input.length);
    String text = new String(dump, StandardCharsets.UTF_8);
    ParseResult fromBytes;
    ParseResult fromText;
    try {
      fromBytes = parser.parse(dump, "fuzz");
      fromText = parser.parse(text, "fuzz");
    } catch (DumpParseException e) {
      assertThat(e.diagnostics()).extracting(Diagnostic::code).singleElement().isIn(LIMITS);
      return;
    }
    assertThat(fromBytes.discussion()).isEqualTo(fromText.discussion());
    if (choice == 0) {
      assertThat(fromText.dialect()).isIn(DIALECTS);
    } else {
      assertThat(fromText.dialect()).isEqualTo(DIALECTS.get(choice - 1));
    }
    assertThat(NoLineLost.lostLines(text, fromText)).as("lost lines, read as %s", fromText.dialect()).isEmpty();
    assertThat(fromText.diagnostics()).allSatisfy(d -> {
      assertThat(d.message()).doesNotContain("\n");
      assertThat(d.line()).isPositive();
    });
  }
}
