package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Detection tells the web-copy dialects apart from each other and from the others: every
 * fixture of one dialect is read in it, with no tie, and no other dump is taken for a web copy.
 */
class DisqusYoutubeDetectionTest {
  private static final Path DUMPS = Path.of("src/test/resources/dumps");

  static Stream<Path> otherDumps() throws IOException {
    try (Stream<Path> files = Files.walk(DUMPS)) {
      return files.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> !p.startsWith(DUMPS.resolve("disqus")) && !p.startsWith(DUMPS.resolve("youtube")))
          .sorted().toList().stream();
    }
  }

  static Stream<Path> webCopies() throws IOException {
    return Stream.concat(DisqusDialectTest.fixtures(), YoutubeDialectTest.fixtures());
  }

  private static ParseResult parse(Path file) throws IOException {
    return DumpParser.builder().build().parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  @ParameterizedTest
  @MethodSource("webCopies")
  void aWebCopyIsReadInItsDialectWithNoTie(Path file) throws IOException {
    ParseResult result = parse(file);
    assertThat(result.dialect()).isEqualTo(file.getParent().getFileName().toString());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.DIALECT_AMBIGUOUS);
  }

  @ParameterizedTest
  @MethodSource("otherDumps")
  void noOtherDumpIsTakenForAWebCopy(Path file) throws IOException {
    ParseResult result = parse(file);
    assertThat(result.dialect()).isNotIn("disqus", "youtube");
  }

  @Test
  void theOtherSharedSamplesAreNoWebCopies() throws IOException {
    Path samples = DisqusDialectTest.SAMPLES;
    org.assertj.core.api.Assumptions.assumeThat(Files.isDirectory(samples)).isTrue();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path file : files.filter(p -> !p.getFileName().toString().startsWith("disqus")
          && !p.getFileName().toString().startsWith("youtube")).toList()) {
        assertThat(parse(file).dialect()).as("%s", file).isNotIn("disqus", "youtube");
      }
    }
  }

  @Test
  void plainTextIsPlain() {
    ParseResult result = DumpParser.builder().build().parse("""
        A walk along the dike

        We left at nine and reached the lock by noon.
        The wind was @ 5 Beaufort, 3 hours ago it was calm.

        Reply
        """, "plain");
    assertThat(result.dialect()).isEqualTo("plain");
  }
}
