package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.spi.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code threadkit dialects} and the {@code --dialect} option of the batch commands. */
class DialectsCommandTest {

  private static final String SEED = "clean/000_599c788b2f42df5e.txt";

  @TempDir
  Path temp;

  @Test
  void listsEveryInstalledDialectWithItsDescriptionAligned() {
    Cli.Run run = cli().run("dialects");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<Dialect> installed = DumpParser.builder().build().dialects();
    assertThat(installed).extracting(Dialect::name).contains("plain", "topcor");
    int width = installed.stream().mapToInt(d -> d.name().length()).max().orElseThrow();
    assertThat(run.outLines()).containsExactlyElementsOf(installed.stream()
        .map(d -> d.name() + " ".repeat(width - d.name().length()) + "  " + d.description()).toList());
    assertThat(run.out()).contains("topcor  ").contains("plain ");
  }

  @Test
  void hasHelpWithAnExample() {
    Cli.Run run = cli().run("dialects", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: threadkit dialects").contains("--dialect").contains("Examples:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "stats"})
  void anUnknownDialectIsAUsageErrorNamingTheInstalledOnes(String command) {
    Cli.Run run = command.equals("convert")
        ? cli().run(command, "--dialect", "klingon", path(SEED), "--to", "jsonl")
        : cli().run(command, "--dialect", "klingon", path(SEED));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String installed = String.join(", ", DumpParser.builder().build().dialects().stream().map(Dialect::name).toList());
    assertThat(run.errLines()[0])
        .isEqualTo("threadkit: error: unknown dialect 'klingon'; the installed dialects are " + installed);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("read ").doesNotContain("checked ");
  }

  @Test
  void statsShowsTheDialectEachDumpWasReadIn() {
    Cli.Run detected = cli().run("stats", path(SEED));
    Cli.Run forced = cli().run("stats", "--dialect", "plain", path(SEED));

    assertThat(detected.status()).isZero();
    assertThat(detected.outLines()[1]).startsWith("000_599c788b2f42df5e  topcor           7");
    assertThat(forced.status()).isZero();
    // Read as plain text, the whole dump is the article: no comments.
    assertThat(forced.outLines()[1]).startsWith("000_599c788b2f42df5e  plain            0        0");
    assertThat(forced.outLines()[2]).startsWith("total                 plain            0");
  }

  @Test
  void statsTotalListsEveryDialectSeen() {
    Path plainDump = temp.resolve("notes.txt");
    writeString(plainDump, "Just a note\n\nwith no comment section at all.\n");

    Cli.Run run = cli().run("stats", "--json", plainDump.toString(), path(SEED));

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("{\"id\":\"notes\",\"dialect\":\"plain\",")
        .contains("{\"id\":\"000_599c788b2f42df5e\",\"dialect\":\"topcor\",")
        .contains("\"total\":{\"discussions\":2,\"dialects\":[\"plain\",\"topcor\"],");
  }

  @Test
  void statsTableTotalOfSeveralDialectsIsMixed() {
    Path plainDump = temp.resolve("notes.txt");
    writeString(plainDump, "Just a note\n\nwith no comment section at all.\n");

    Cli.Run run = cli().run("stats", plainDump.toString(), path(SEED));

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines()[1]).startsWith("notes                 plain            0");
    assertThat(run.outLines()[3]).startsWith("total                 mixed            7        7      1");
  }

  @Test
  void convertReadsInTheNamedDialectAndRowsSayWhich() {
    Cli.Run topcor = cli().run("convert", "--dialect", "topcor", path(SEED), "--to", "jsonl");
    Cli.Run plain = cli().run("convert", "--dialect", "plain", path(SEED), "--to", "json");

    assertThat(topcor.status()).isZero();
    assertThat(topcor.outLines()).hasSize(7)
        .allSatisfy(line -> assertThat(line).startsWith("{\"discussion\":\"000_599c788b2f42df5e\",\"dialect\":\"topcor\","));
    assertThat(plain.status()).isZero();
    assertThat(plain.out()).contains("\"dialect\": \"plain\"").contains("\"comments\": []");
  }

  @Test
  void aDumpOfADialectWithoutWriterIsNotConvertedToDumpText() {
    Path out = temp.resolve("out");

    Cli.Run run = cli().run("convert", "--dialect", "plain", path(SEED), path("deep-and-wide.txt"), "--to", "dump",
        "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("threadkit: error: " + path(SEED)
        + ": not converted: cannot write discussion 000_599c788b2f42df5e as a dump: no writer of dialect 'plain'"));
    assertThat(out.resolve("000_599c788b2f42df5e.txt")).as("no empty file left behind").doesNotExist();
  }

  @Test
  void checkReadsInTheNamedDialect() {
    Cli.Run run = cli().run("check", "--dialect", "plain", path(SEED));

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("no-comments-found");
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
