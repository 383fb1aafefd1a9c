package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --captured}: relative times resolved to the interval they denote, exact times left as they are. */
class CapturedTimeTest {

  private static final String DUMP = "relative/russian-relative-days.txt";

  @Test
  void aRelativeDayIsResolvedInTheCaptureOffsetAndKeptAsWritten() {
    Cli.Run run = cli().run("convert", path(DUMP), "--to", "jsonl", "--captured", "2026-11-25T12:00+03:00");

    assertThat(run.status()).isZero();
    String[] rows = run.outLines();
    assertThat(rows).hasSize(2);
    assertThat(rows[0]).contains("\"time_written\":\"Вчера, 10:05\"")
        .contains("\"posted_after\":\"2026-11-24T07:05:00Z\"").contains("\"posted_before\":\"2026-11-24T07:05:59Z\"")
        .contains("\"posted\":null");
    assertThat(rows[1]).contains("\"posted\":\"2020-12-09T15:35:00\"").contains("\"posted_after\":null");
  }

  @Test
  void withoutACaptureTimeARelativeTimeStaysWordsOnly() {
    Cli.Run run = cli().run("convert", path(DUMP), "--to", "jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()[0]).contains("\"time_written\":\"Вчера, 10:05\"").contains("\"posted_after\":null");
  }

  @Test
  void aCaptureTimeThatIsNoTimeIsAUsageError() {
    Cli.Run run = cli().run("convert", path(DUMP), "--to", "jsonl", "--captured", "yesterday");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).contains("--captured").contains("'yesterday' is no time with an offset");
  }
}
