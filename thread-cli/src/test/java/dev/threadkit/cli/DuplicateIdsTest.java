package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two inputs with the same discussion id ({@code a/same.txt}, {@code b/same.txt}) get one
 * policy in every format: the first is converted, the second refused with both paths named,
 * and the exit status says so. Before, csv and jsonl wrote both with keys that collide.
 */
class DuplicateIdsTest {

  @TempDir
  Path temp;

  static Stream<String> formats() {
    return Stream.of("json", "jsonl", "csv", "convokit", "graphml", "dot", "markdown", "dump");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void aSecondDumpWithTheSameIdIsRefusedNamingBothInputs(String format) throws IOException {
    Path dumps = temp.resolve("dumps");
    Files.createDirectories(dumps.resolve("a"));
    Files.createDirectories(dumps.resolve("b"));
    Files.copy(Cli.fixture("clean/000_599c788b2f42df5e.txt"), dumps.resolve("a/same.txt"));
    Files.copy(Cli.fixture("deep-and-wide.txt"), dumps.resolve("b/same.txt"));
    Path out = temp.resolve(format.equals("jsonl") || format.equals("csv") ? "out." + format : "out/");

    Cli.Run run = cli().run("convert", dumps.toString(), "--to", format, "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + dumps.resolve("b/same.txt") + ": not converted:"
        + " discussion id 'same' is already used by " + dumps.resolve("a/same.txt")
        + "; rename one of the files to convert both");
    assertThat(run.errLines()[1]).startsWith("converted 1 dump (7 comments) in ").endsWith(", 1 failed");
    if (format.equals("jsonl")) {
      assertThat(Files.readAllLines(out)).hasSize(7); // the first dump's comments only
    } else if (format.equals("csv")) {
      assertThat(Files.readAllLines(out)).filteredOn(line -> line.startsWith("same,")).hasSize(7);
    } else if (format.equals("convokit")) {
      assertThat(Files.readAllLines(out.resolve("utterances.jsonl"))).hasSize(7 + 1);
    } else {
      assertThat(ConvertCommandTest.filesOf(out)).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("formats")
  void distinctIdsAreAllConverted(String format) throws IOException {
    Path dumps = temp.resolve("dumps");
    Files.createDirectories(dumps);
    Files.copy(Cli.fixture("clean/000_599c788b2f42df5e.txt"), dumps.resolve("one.txt"));
    Files.copy(Cli.fixture("deep-and-wide.txt"), dumps.resolve("two.txt"));
    Path out = temp.resolve(List.of("jsonl", "csv").contains(format) ? "out." + format : "out/");

    Cli.Run run = cli().run("convert", dumps.toString(), "--to", format, "-o", out.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).startsWith("converted 2 dumps (17 comments) in ");
  }
}
