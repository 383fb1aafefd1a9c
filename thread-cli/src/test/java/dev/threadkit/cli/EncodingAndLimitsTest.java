package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dumps in other encodings convert with the right text; every parser limit can be set from the command line. */
class EncodingAndLimitsTest {

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource({
      "encodings/cyrillic-cp1251.txt, windows-1251",
      "encodings/cyrillic-koi8-r.txt, KOI8-R",
      "encodings/cyrillic-utf16le-bom.txt, UTF-16LE"})
  void aDumpInAnotherEncodingConvertsWithTheRightText(String name, String charset) {
    String dump = path(name);

    Cli.Run run = cli().run("convert", dump, "--to", "jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines()[0]).contains("\"text\":\"Опять зима, а я уже купил велосипед.\"");
    assertThat(run.outLines()[1]).contains("\"text\":\"Ничего, поездишь весной. Терпение!\"");
    assertThat(run.out()).doesNotContain("\uFFFD");
    assertThat(run.errLines()[0]).startsWith(dump + ":1:1: info decoded-as ").contains("decoded as " + charset);
    assertThat(run.err()).doesNotContain("invalid-utf8");
  }

  @Test
  void encodingChoosesTheCharsetWithoutANote() {
    Cli.Run run = cli().run("convert", path("encodings/cyrillic-koi8-r.txt"), "--to", "jsonl", "--encoding", "KOI8-R");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Спасибо за прогноз, очень полезно.");
    assertThat(run.err()).doesNotContain("decoded-as");
  }

  @Test
  void anUnknownEncodingIsACommandLineError() {
    Cli.Run run = cli().run("check", path("deep-and-wide.txt"), "--encoding", "klingon-8");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: unknown --encoding 'klingon-8'");
  }

  @Test
  void aDumpOverMaxInputMbIsRefusedOnOneLineBeforeItIsRead() throws IOException {
    Path big = temp.resolve("big.txt");
    Files.write(big, new byte[(1 << 20) + 1]); // one byte past 1 MiB

    Cli.Run run = cli().run("check", big.toString(), "--max-input-mb", "1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + big + ": input is larger than the limit of 1048576"
        + " bytes (1 MiB); raise it with ParserLimits.Builder.maxInputBytes, or --max-input-mb on the command line");
    assertThat(run.errLines()).hasSize(2); // the error and the summary
  }

  @Test
  void everyLimitHasAnOption() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), "Title\n\n" + "x".repeat(40) + "\n");

    assertThat(cli().run("check", dump.toString(), "--max-line-length", "10").errLines()[0])
        .isEqualTo("threadkit: error: " + dump + ": line 3: line is longer than the limit of 10 characters; raise it"
            + " with ParserLimits.Builder.maxLineLength, or --max-line-length on the command line");
    assertThat(cli().run("check", dump.toString(), "--max-input-chars", "20").errLines()[0])
        .endsWith("input is longer than the limit of 20 characters; raise it with ParserLimits.Builder.maxInputLength,"
            + " or --max-input-chars on the command line");
    Cli.Run shallow = cli().run("check", path("deep-and-wide.txt"), "--max-depth", "1");
    assertThat(shallow.out()).contains("error depth-limit");
    Cli.Run few = cli().run("check", path("one-error-one-warning.txt"), "--max-diagnostics", "1");
    assertThat(few.out()).contains("info too-many-diagnostics");
    assertThat(cli().run("check", dump.toString(), "--max-depth", "-1").errLines()[0])
        .startsWith("threadkit: error: --max-input-chars, --max-line-length and --max-diagnostics must be at least 1");
    assertThat(cli().run("check", dump.toString(), "--max-input-mb", "0").errLines()[0])
        .isEqualTo("threadkit: error: --max-input-mb must be from 1 to 2048, got 0");
  }
}
