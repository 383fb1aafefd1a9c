package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-written dump under {@code src/test/resources/dumps} parses to exactly the
 * structure written beside it in {@code <name>.expected}: every field of the article and of
 * every comment, every diagnostic and every unplaced line.
 *
 * <p>To rewrite the expected files after a deliberate change, run with
 * {@code -Dthreadkit.rewriteExpected=true} and review the diff.
 */
class FixtureTest {

  static final Path DUMPS = Path.of("src/test/resources/dumps");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DUMPS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void parsesToTheExpectedStructure(String fixture) throws IOException {
    ParseResult result = DumpParser.builder().build().parse(DUMPS.resolve(fixture));
    String actual = Outline.of(result);
    Path expected = DUMPS.resolve(fixture.replace(".txt", ".expected"));
    if (Boolean.getBoolean("threadkit.rewriteExpected")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
