package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entry points, strict mode and the limits. */
class ParserApiTest {

  static final Path DUMPS = FixtureTest.TOPCOR;
  final DumpParser lenient = DumpParser.builder().build();
  final DumpParser strict = DumpParser.builder().strict(true).build();

  @Test
  void everyEntryPointReadsTheSameDiscussion() throws IOException {
    byte[] bytes = Files.readAllBytes(SeedTest.SEED);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ParseResult fromPath = lenient.parse(SeedTest.SEED);
    assertThat(lenient.parse(text, "000_599c788b2f42df5e").discussion()).isEqualTo(fromPath.discussion());
    assertThat(lenient.parse(bytes, "000_599c788b2f42df5e").discussion()).isEqualTo(fromPath.discussion());
    assertThat(lenient.parse(new StringReader(text), "000_599c788b2f42df5e").discussion())
        .isEqualTo(fromPath.discussion());
  }

  @Test
  void idOfDropsTheExtension() {
    assertThat(DumpParser.idOf(Path.of("a/b/000_599c.txt"))).isEqualTo("000_599c");
    assertThat(DumpParser.idOf(Path.of("noext"))).isEqualTo("noext");
    assertThat(DumpParser.idOf(Path.of(".hidden"))).isEqualTo(".hidden");
  }

  @Test
  void parseAllWalksTxtFilesInPathOrderLazily(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.copy(SeedTest.SEED, dir.resolve("b/nested/z.txt"));
    Files.copy(DUMPS.resolve("dates-and-times.txt"), dir.resolve("a.txt"));
    Files.writeString(dir.resolve("notes.md"), "not a dump");
    try (Stream<ParseResult> all = lenient.parseAll(dir)) {
      List<ParseResult> results = all.toList();
      assertThat(results).extracting(r -> r.discussion().id()).containsExactly("a", "z");
      assertThat(results).extracting(r -> r.discussion().size()).containsExactly(13, 7);
      assertThat(results.get(1).sourceName()).isEqualTo(dir.resolve("b/nested/z.txt").toString());
    }
  }

  @Test
  void aMissingFileIsAnUncheckedIoErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> lenient.parse(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void strictAcceptsTheSeedAndCleanFixtures() {
    assertThat(strict.parse(SeedTest.SEED).diagnostics()).isEmpty();
    assertThat(strict.parse(DUMPS.resolve("mixed-header-forms-online-offline.txt")).discussion().size()).isEqualTo(7);
    assertThat(strict.parse(DUMPS.resolve("handles-of-every-shape.txt")).discussion().size()).isEqualTo(8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"misspelt-month.txt", "header-without-date.txt", "stray-lines-wrong-indentation.txt",
      "cut-off-before-comments.txt", "crlf-bom-trailing-spaces-tabs-no-final-newline.txt",
      "status-header-with-two-different-handles.txt", "header-on-the-first-line.txt",
      "headers-at-one-space-doubled-spaces-leading-zeros.txt"})
  void strictRejectsWhatLenientRepairs(String fixture) {
    Path file = DUMPS.resolve(fixture);
    ParseResult repaired = lenient.parse(file);
    assertThat(repaired.hasProblems()).isTrue();
    assertThatThrownBy(() -> strict.parse(file))
        .isInstanceOfSatisfying(DumpParseException.class, e -> {
          assertThat(e.diagnostics()).isEqualTo(repaired.diagnostics().stream()
              .filter(d -> d.severity() != Severity.INFO).toList());
          assertThat(e.sourceName()).isEqualTo(file.toString());
          assertThat(e.getMessage()).startsWith(file + ":" + e.diagnostics().get(0).line() + ":")
              .doesNotContain("\n");
        });
  }

  @Test
  void westernBytesThatAreNotUtf8AreReadAsLatin1WithANote() {
    byte[] head = "Title\n\nArticle.\n  1. x 1 May 2021 10: 00\n    caf".getBytes(StandardCharsets.UTF_8);
    byte[] dump = new byte[head.length + 3];
    System.arraycopy(head, 0, dump, 0, head.length);
    dump[head.length] = (byte) 0xE9; // Latin-1 é, not UTF-8
    dump[head.length + 1] = '!';
    dump[head.length + 2] = (byte) 0xFF;
    ParseResult result = lenient.parse(dump, "latin1");
    assertThat(result.discussion().comments().get(0).text()).isEqualTo("café!ÿ");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticCode.DECODED_AS, 1, 1));
  }

  @Test
  void aLegitimateReplacementCharacterIsNotReported() {
    ParseResult result = lenient.parse("Title \uFFFD\n".getBytes(StandardCharsets.UTF_8), "fffd");
    assertThat(result.discussion().article().title()).isEqualTo("Title \uFFFD");
    // A title alone is no dump of any dialect: read as plain text, and only that is said.
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_COMMENTS_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n\n", "   \n\t\n", "\uFEFF"})
  void emptyInputIsADiscussionWithNoTextAndAWarning(String text) {
    ParseResult result = lenient.parse(text, "empty");
    assertThat(result.discussion().article().title()).isEmpty();
    assertThat(result.discussion().size()).isZero();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EMPTY_INPUT);
  }

  @Test
  void inputPastTheSizeLimitIsRejectedWithAClearError(@TempDir Path dir) throws IOException {
    DumpParser small = DumpParser.builder().limits(ParserLimits.builder().maxInputLength(100).build()).build();
    String text = "T\n\n" + "x".repeat(200);
    for (Runnable parse : List.<Runnable>of(
        () -> small.parse(text, "big"),
        () -> small.parse(text.getBytes(StandardCharsets.UTF_8), "big"),
        () -> small.parse(new StringReader(text), "big"))) {
      assertThatThrownBy(parse::run).isInstanceOfSatisfying(DumpParseException.class, e ->
          assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INPUT_TOO_LARGE));
    }
    Path file = Files.writeString(dir.resolve("big.txt"), text);
    assertThatThrownBy(() -> small.parse(file)).isInstanceOf(DumpParseException.class)
        .hasMessageStartingWith(file + ":1:1: error input-too-large");
  }

  @Test
  void theInputLimitCountsCharactersNotBytes() {
    DumpParser small = DumpParser.builder().limits(ParserLimits.builder().maxInputLength(100).build()).build();
    String cyrillic = "Т".repeat(60); // 60 characters, 120 bytes
    assertThat(small.parse(cyrillic.getBytes(StandardCharsets.UTF_8), "ru").discussion().article().title())
        .isEqualTo(cyrillic);
    assertThatThrownBy(() -> small.parse(new byte[301], "big")).isInstanceOf(DumpParseException.class)
        .hasMessageContaining("input-too-large");
  }

  @Test
  void fileNamesThatMakeNoValidIdStillGiveADiscussion(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("   .txt"), "Title\n");
    try (Stream<ParseResult> all = lenient.parseAll(dir)) {
      assertThat(all.toList()).singleElement().satisfies(r -> assertThat(r.discussion().id()).isEqualTo("___"));
    }
    assertThat(DumpParser.idOf(Path.of("a\nb.txt"))).isEqualTo("a_b");
    assertThatThrownBy(() -> lenient.parse("T", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLinePastTheLineLimitIsRejectedNamingTheLine() {
    DumpParser small = DumpParser.builder().limits(ParserLimits.builder().maxLineLength(50).build()).build();
    assertThatThrownBy(() -> small.parse("Title\n\n" + "y".repeat(51) + "\n", "long"))
        .isInstanceOf(DumpParseException.class)
        .hasMessageStartingWith("long:3:51: error line-too-long");
    assertThat(small.parse("Title\n\n" + "y".repeat(50), "fits").discussion().article().paragraphs())
        .containsExactly("y".repeat(50));
  }

  @Test
  void commentsPastTheDepthLimitAreAttachedAtTheLimitWithAnError() throws IOException {
    DumpParser shallow = DumpParser.builder().limits(ParserLimits.builder().maxDepth(3).build()).build();
    ParseResult result = shallow.parse(DUMPS.resolve("deep-thread-twelve-levels.txt"));
    assertThat(result.discussion().size()).isEqualTo(13);
    assertThat(result.discussion().maxDepth()).isEqualTo(3);
    assertThat(result.discussion().comments()).extracting(c -> c.id().toString())
        .startsWith("1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.1.3").endsWith("1.1.1.9", "2");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.DEPTH_LIMIT).hasSize(8);
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void diagnosticsPastTheLimitAreCountedInOneNote() {
    DumpParser few = DumpParser.builder().limits(ParserLimits.builder().maxDiagnostics(2).build()).build();
    ParseResult result = few.parse(DUMPS.resolve("stray-lines-wrong-indentation.txt"));
    assertThat(result.diagnostics()).hasSize(3);
    assertThat(result.diagnostics().get(2).code()).isEqualTo(DiagnosticCode.TOO_MANY_DIAGNOSTICS);
    assertThat(result.diagnostics().get(2).message()).startsWith("6 more diagnostics")
        .endsWith("raise it with ParserLimits.Builder.maxDiagnostics, or --max-diagnostics on the command line");
  }

  @Test
  void limitsAreValidatedAndDocumentedDefaultsApply() {
    assertThat(ParserLimits.defaults()).isEqualTo(new ParserLimits(1 << 27, 1 << 27, 1 << 26, 1000, 1000));
    assertThat(DumpParser.builder().build().limits()).isEqualTo(ParserLimits.defaults());
    assertThatThrownBy(() -> ParserLimits.builder().maxLineLength(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ParserLimits.defaults().toBuilder().maxDepth(7).build().maxDepth()).isEqualTo(7);
  }

  @Test
  void diagnosticsFormatLikeACompilerOnOneLine() {
    Diagnostic d = lenient.parse(DUMPS.resolve("misspelt-month.txt")).diagnostics().get(0);
    assertThat(d.format("dumps/m.txt")).isEqualTo("dumps/m.txt:5:18: error unknown-month 'Decembre' is not a "
        + "month name of the topcor vocabulary; comment 1 has no time, the line is kept among the unplaced lines");
    assertThat(d.excerpt()).isEqualTo("    writer (W) 9 Decembre 2020 15: 35");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
  }
}
