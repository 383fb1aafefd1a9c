package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsCommandTest {

  private static final String HEADER =
      "discussion     dialect   comments  authors  depth  widest  first             last              most active";

  @Test
  void tableShowsEachFigureOfADiscussionAndTheTotal() {
    Cli.Run run = cli().run("stats", path("deep-and-wide.txt"));

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly(
        HEADER,
        "deep-and-wide  topcor          10        6      2       5  2021-02-28 23:59  2021-03-02 09:15"
            + "  alice (3), bob (2), carol (2), dave (1), erin (1)",
        "total          topcor          10        6      2       5  2021-02-28 23:59  2021-03-02 09:15"
            + "  alice (3), bob (2), carol (2), dave (1), erin (1)");
    assertThat(run.err()).startsWith("read 1 dump (10 comments) in ");
  }

  @Test
  void totalCombinesDiscussionsInInputOrder() {
    Cli.Run run = cli().run("stats", "--jobs", "4", path("deep-and-wide.txt"), path("clean"));

    assertThat(run.status()).isZero();
    String[] lines = run.outLines();
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).startsWith("deep-and-wide  ");
    assertThat(lines[2]).startsWith("000_599c788b2f42df5e  topcor           7        7      1       6  2020-12-09 15:35  2020-12-11 19:40");
    // 17 comments by 13 handles; the deepest and widest of either; the earliest and latest of both.
    assertThat(lines[3]).startsWith("total                 topcor          17       13      2       6  2020-12-09 15:35  2021-03-02 09:15"
        + "  alice (3), bob (2), carol (2), dave (1), erin (1)");
    assertThat(run.err()).startsWith("read 2 dumps (17 comments) in ");
  }

  @Test
  void jsonHasTheSameFigures() {
    Cli.Run run = cli().run("stats", "--json", path("deep-and-wide.txt"));

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("{\"discussions\":[\n"
        + "{\"id\":\"deep-and-wide\",\"dialect\":\"topcor\",\"comments\":10,\"authors\":6,\"maxDepth\":2,\"widestLevel\":5,"
        + "\"first\":\"2021-02-28T23:59\",\"last\":\"2021-03-02T09:15\",\"mostActive\":["
        + "{\"handle\":\"alice\",\"comments\":3},{\"handle\":\"bob\",\"comments\":2},{\"handle\":\"carol\",\"comments\":2},"
        + "{\"handle\":\"dave\",\"comments\":1},{\"handle\":\"erin\",\"comments\":1}]}\n"
        + "],\"total\":{\"discussions\":1,\"dialects\":[\"topcor\"],\"comments\":10,\"authors\":6,\"maxDepth\":2,\"widestLevel\":5,"
        + "\"first\":\"2021-02-28T23:59\",\"last\":\"2021-03-02T09:15\",\"mostActive\":["
        + "{\"handle\":\"alice\",\"comments\":3},{\"handle\":\"bob\",\"comments\":2},{\"handle\":\"carol\",\"comments\":2},"
        + "{\"handle\":\"dave\",\"comments\":1},{\"handle\":\"erin\",\"comments\":1}]}}\n");
  }

  @Test
  void jsonWithNothingReadIsStillADocument() {
    Cli.Run run = cli().run("stats", "--json", path("bad/binary-nul-bytes.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("{\"discussions\":[],\"total\":{\"discussions\":0,\"dialects\":[],\"comments\":0,\"authors\":0,"
        + "\"maxDepth\":null,\"widestLevel\":0,\"first\":null,\"last\":null,\"mostActive\":[]}}\n");
  }

  @Test
  void lenientStatsPrintDiagnosticsOnStderr() {
    String dump = path("one-error-one-warning.txt");

    Cli.Run run = cli().run("stats", dump);

    assertThat(run.status()).isZero();
    assertThat(run.errLines()[0]).startsWith(dump + ":7:14: error unknown-month ");
    assertThat(run.errLines()[1]).startsWith(dump + ":9:3: warning ordinal-gap ");
    assertThat(run.outLines()[1]).startsWith("one-error-one-warning  topcor           3        3      1       2  2020-12-09 15:35");
  }

  @Test
  void strictRejectsADumpWithProblemsAndListsThem() {
    String bad = path("one-error-one-warning.txt");

    Cli.Run run = cli().run("stats", "--strict", bad, path("deep-and-wide.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + bad + ": rejected (2 problems)");
    assertThat(run.errLines()[1]).startsWith(bad + ":7:14: error unknown-month ");
    assertThat(run.errLines()[2]).startsWith(bad + ":9:3: warning ordinal-gap ");
    assertThat(run.err()).doesNotContain("\tat ").contains("read 1 dump (10 comments) in ").endsWith(", 1 failed\n");
    assertThat(run.outLines()).hasSize(3); // header, deep-and-wide, total
    assertThat(run.outLines()[2]).startsWith("total                  topcor          10");
  }

  @Test
  void verboseShowsTheStackTraceBehindAFailure() {
    Cli.Run run = cli().run("stats", "--strict", "--verbose", path("one-error-one-warning.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("dev.threadkit.parser.DumpParseException").contains("\tat ");
  }

  @Test
  void quietDropsDiagnosticsAndSummary() {
    Cli.Run run = cli().run("stats", "-q", path("one-error-one-warning.txt"));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(3);
  }

  @Test
  void jsonOfADumpWithoutCommentsHasNoDepthRatherThanMinusOne() {
    Cli.Run run = cli().run("stats", "--json", path("empty/zero-bytes.txt"));

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("{\"id\":\"zero-bytes\",\"dialect\":\"plain\",\"comments\":0,\"authors\":0,\"maxDepth\":null,")
        .doesNotContain("-1");
  }
}
