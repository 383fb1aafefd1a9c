package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadkitTest {

  @Test
  void helpListsTheCommandsAndAnExample() {
    Cli.Run run = cli().run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: threadkit", "convert", "check", "stats", "dialects", "Examples:",
        "threadkit convert seeds --to jsonl");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "stats"})
  void everyCommandHasHelpWithAnExample(String command) {
    Cli.Run run = cli().run(command, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: threadkit " + command)
        .contains("INPUT")
        .contains("--jobs")
        .contains("Examples:")
        .contains("  threadkit " + command + " ");
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    Cli.Run run = cli().run("help", "stats");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: threadkit stats");
  }

  @Test
  void versionNamesTheBuildsVersion() {
    Cli.Run run = cli().run("--version");

    assertThat(run.status()).isZero();
    // The build writes the project version into version.properties; "unknown" means it did not.
    assertThat(run.out()).startsWith("threadkit ").doesNotContain("unknown").containsPattern("threadkit \\d+\\.\\d+");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Run run = cli().run();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("threadkit: error: a command is required");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOptionIsOneLineAndAPointerToHelp() {
    Cli.Run run = cli().run("check", "--frobnicate", Cli.path("clean"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: Unknown option: '--frobnicate'");
    assertThat(run.err()).contains("Run 'threadkit check --help' for usage.").doesNotContain("\tat ");
  }

  @Test
  void missingInputIsAUsageError() {
    Cli.Run run = cli().run("stats");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("threadkit: error: Missing required parameter: 'INPUT'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3"})
  void jobsBelowOneIsAUsageError(String jobs) {
    Cli.Run run = cli().run("check", "--jobs", jobs, Cli.path("clean"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("threadkit: error: --jobs must be at least 1, got " + jobs);
  }

  @Test
  void stdinTwiceIsAUsageError() {
    Cli.Run run = cli().run("check", "-", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("threadkit: error: standard input ('-') can be read only once");
  }

  /** Standard input whose every read runs out of memory, as a parse of a huge dump would. */
  private static InputStream outOfMemory() {
    return new InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("Java heap space");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
  }

  @Test
  void runningOutOfMemoryIsOneLineAndStatusTwoNotAnInputsFault() {
    Cli.Run run = cli().stdin(outOfMemory()).run("convert", "-", "--to", "jsonl");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("threadkit: error: out of memory (Java heap space): give Java more"
        + " with -Xmx, or parse fewer dumps at once with --jobs");
  }

  @Test
  void anErrorShowsItsStackTraceWithVerbose() {
    Cli.Run run = cli().stdin(outOfMemory()).run("check", "--verbose", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: out of memory (Java heap space)");
    assertThat(run.errLines()[1]).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
    assertThat(run.err()).contains("\tat ");
  }
}
