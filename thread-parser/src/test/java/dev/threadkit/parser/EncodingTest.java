package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Comment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dumps that are not UTF-8: the same Cyrillic (or French) dump in each encoding reads to the
 * same discussion as its UTF-8 original, with one {@code decoded-as} note naming the choice.
 */
class EncodingTest {

  private final DumpParser detecting = DumpParser.builder().build();

  static Path fixture(String name) {
    try {
      return Path.of(EncodingTest.class.getResource("/encodings/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String id(String name) {
    return name.substring(0, name.indexOf('.'));
  }

  @ParameterizedTest
  @CsvSource({
      "cyrillic-cp1251.txt, cyrillic-utf8.txt, windows-1251",
      "cyrillic-koi8-r.txt, cyrillic-utf8.txt, KOI8-R",
      "french-latin1.txt, french-utf8.txt, ISO-8859-1",
      "cyrillic-utf16le-bom.txt, cyrillic-utf8.txt, UTF-16LE",
      "cyrillic-utf16be-bom.txt, cyrillic-utf8.txt, UTF-16BE",
      "cyrillic-utf32le-bom.txt, cyrillic-utf8.txt, UTF-32LE"})
  void aDumpThatIsNotUtf8ReadsAsItsOriginalWithOneNote(String name, String original, String charset) throws IOException {
    ParseResult expected = detecting.parse(fixture(original));
    byte[] bytes = Files.readAllBytes(fixture(name));

    ParseResult result = detecting.parse(bytes, id(original));

    assertThat(result.discussion()).isEqualTo(expected.discussion());
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic note = result.diagnostics().get(0);
    assertThat(note.code()).isEqualTo(DiagnosticCode.DECODED_AS);
    assertThat(note.severity()).isEqualTo(Severity.INFO);
    assertThat(note.message()).contains("decoded as " + charset);
    assertThat(result.hasProblems()).as("a note is no problem, even to a strict parser").isFalse();
  }

  @Test
  void theCyrillicTextIsRightNotReplaced() throws IOException {
    ParseResult result = detecting.parse(fixture("cyrillic-cp1251.txt"));

    assertThat(result.discussion().article().title()).isEqualTo("Новости: погода в Москве на выходные");
    assertThat(result.discussion().comments().get(0).text()).isEqualTo("Опять зима, а я уже купил велосипед.");
  }

  @Test
  void aGivenCharsetIsUsedWithoutANote() throws IOException {
    DumpParser koi8 = DumpParser.builder().charset(Charset.forName("KOI8-R")).build();

    ParseResult result = koi8.parse(fixture("cyrillic-koi8-r.txt"));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.discussion().comments().get(1).text()).isEqualTo("Ничего, поездишь весной. Терпение!");
    assertThat(koi8.charset()).contains(Charset.forName("KOI8-R"));
    assertThat(detecting.charset()).isEmpty();
  }

  @Test
  void aGivenCharsetWinsOverTheDetection() throws IOException {
    DumpParser latin1 = DumpParser.builder().charset(StandardCharsets.ISO_8859_1).build();

    ParseResult result = latin1.parse(fixture("cyrillic-cp1251.txt"));

    assertThat(result.discussion().article().title()).doesNotContain("Новости");
    assertThat(result.diagnostics()).isEmpty();
  }

  /** The streaming layer decodes bytes as a parse does: the same notes, the same bad bytes, the same text. */
  @ParameterizedTest
  @ValueSource(strings = {"cyrillic-cp1251.txt", "cyrillic-koi8-r.txt", "french-latin1.txt", "cyrillic-utf16le-bom.txt",
      "cyrillic-utf16be-bom.txt", "cyrillic-utf32le-bom.txt", "cyrillic-utf8.txt", "french-utf8.txt"})
  void readingBytesDecodesThemAsAParseDoes(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture(name));
    byte[] damaged = Arrays.copyOf(bytes, bytes.length + 2);
    damaged[bytes.length] = (byte) 0xC3; // a lead byte cut short by a newline: one bad byte
    damaged[bytes.length + 1] = '\n';
    for (byte[] input : List.of(bytes, damaged)) {
      ParseResult parsed = detecting.parse(input, id(name));
      List<String> texts = new ArrayList<>();
      List<Diagnostic> streamed = detecting.read(input, id(name), new DumpHandler() {
        @Override
        public void comment(ParsedComment comment) {
          texts.add(comment.text());
        }
      });
      assertThat(streamed).isEqualTo(parsed.diagnostics());
      assertThat(texts).isEqualTo(parsed.discussion().comments().stream().map(Comment::text).toList()).isNotEmpty();
    }
  }

  @Test
  void utf8WithAFewBadBytesStaysUtf8AndReportsThem() {
    byte[] good = "Заголовок\n\nСтатья о погоде.\n  1. x 1 May 2021 10: 00\n    плохо".getBytes(StandardCharsets.UTF_8);
    byte[] dump = new byte[good.length + 1];
    System.arraycopy(good, 0, dump, 0, good.length);
    dump[good.length] = (byte) 0xFF;

    ParseResult result = detecting.parse(dump, "damaged");

    assertThat(result.discussion().article().title()).isEqualTo("Заголовок");
    assertThat(result.discussion().comments().get(0).text()).isEqualTo("плохо\uFFFD");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INVALID_UTF8);
  }

  @Test
  void anAsciiCopyCutInsideItsOnlyMultiByteCharacterStaysUtf8() {
    byte[] whole = "Title\n\nText.\n  1. ann 1 May 2021 10: 00\n    see \u2022 here".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - " here".length() - 1); // the bullet's last byte gone

    ParseResult result = detecting.parse(cut, "cut");

    assertThat(result.discussion().comments().get(0).text()).isEqualTo("see \uFFFD");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INVALID_UTF8);
  }

  @Test
  void validUtf8GetsNoNote() throws IOException {
    assertThat(detecting.parse(fixture("cyrillic-utf8.txt")).diagnostics()).isEmpty();
  }

  @Test
  void aFileOverTheByteLimitIsRefusedBeforeItIsReadNamingTheSettingAndTheOption(@TempDir Path dir) throws IOException {
    DumpParser small = DumpParser.builder().limits(ParserLimits.builder().maxInputBytes(1000).build()).build();
    Path big = Files.write(dir.resolve("big.txt"), new byte[1001]);

    assertThatThrownBy(() -> small.parse(big)).isInstanceOfSatisfying(DumpParseException.class, e -> {
      assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.INPUT_TOO_LARGE);
      assertThat(e.getMessage()).startsWith(big + ":1:1: error input-too-large input is larger than the limit of 1000 bytes")
          .contains("ParserLimits.Builder.maxInputBytes").contains("--max-input-mb").doesNotContain("\n");
    });
    assertThatThrownBy(() -> small.parse(new byte[1001], "bytes")).isInstanceOf(DumpParseException.class);
    assertThat(small.parse(new byte[] {'T'}, "fits").discussion().article().title()).isEqualTo("T");
  }
}
