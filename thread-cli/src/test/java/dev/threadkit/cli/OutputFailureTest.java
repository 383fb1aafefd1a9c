package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What convert leaves behind when an input or the output fails. */
class OutputFailureTest {

  @TempDir
  Path temp;

  @Test
  void anUnwritableOutputIsReportedWithTheOperatingSystemsReason() throws IOException {
    Path file = Files.writeString(temp.resolve("a-file"), "x");
    Path below = file.resolve("out.jsonl"); // its parent is a file, not a folder

    Cli.Run run = cli().run("convert", path("deep-and-wide.txt"), "--to", "jsonl", "-o", below.toString());

    assertThat(run.status()).isEqualTo(2);
    String line = run.errLines()[0];
    assertThat(line).startsWith("threadkit: error: cannot write " + below + ": ");
    String reason = line.substring(("threadkit: error: cannot write " + below + ": ").length());
    assertThat(reason).doesNotContain(temp.toString()).isNotBlank();
  }

  @Test
  void procIsReportedWithAReasonNotItsPathTwice() {
    Cli.Run run = cli().run("convert", path("deep-and-wide.txt"), "--to", "jsonl", "-o", "/proc/threadkit-x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: cannot write /proc/threadkit-x: ")
        .doesNotEndWith(": /proc/threadkit-x");
  }

  @Test
  void anInputThatCannotBeReadLeavesNoCsvHeaderOnStandardOutput() {
    Cli.Run run = cli().run("convert", temp.resolve("missing.txt").toString(), "--to", "csv");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anInputThatCannotBeReadCreatesNoOutputFile() {
    Path out = temp.resolve("out.csv");

    Cli.Run run = cli().run("convert", temp.resolve("missing.txt").toString(), "--to", "csv", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void aDumpWithoutCommentsStillGetsTheHeader() throws IOException {
    Path dump = Files.writeString(temp.resolve("article-only.txt"), "A title\n\nA paragraph and no comments.\n");

    Cli.Run run = cli().run("convert", dump.toString(), "--to", "csv");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.outLines()[0]).startsWith("discussion,dialect,id,parent,");
  }
}
