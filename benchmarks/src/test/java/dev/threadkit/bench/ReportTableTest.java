package dev.threadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table printer reads JMH's JSON and fails only on parseString losing to the Jackson read. */
class ReportTableTest {

  @TempDir
  Path dir;

  /** A JMH JSON entry: score, its iterations, input bytes per second and allocation per operation. */
  private static String result(String benchmark, String size, double score, double[] iterations, double bytesPerOp,
      double allocPerOp) {
    StringBuilder raw = new StringBuilder("[[");
    for (int i = 0; i < iterations.length; i++) {
      raw.append(i > 0 ? "," : "").append(iterations[i]);
    }
    raw.append("]]");
    return "{\"benchmark\":\"dev.threadkit.bench.ParseBenchmark." + benchmark + "\",\"mode\":\"thrpt\","
        + "\"params\":{\"size\":\"" + size + "\"},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\",\"rawData\":" + raw + "},"
        + "\"secondaryMetrics\":{\"inputBytes\":{\"score\":" + score * bytesPerOp + ",\"scoreUnit\":\"ops/s\"},"
        + "\"gc.alloc.rate.norm\":{\"score\":" + allocPerOp + ",\"scoreUnit\":\"B/op\"}}}";
  }

  /** A JMH JSON entry of the per-dialect benchmark. */
  private static String dialectResult(String dialect, String size, double score, double bytesPerOp, double allocPerOp,
      double cpuNanosPerOp) {
    return "{\"benchmark\":\"dev.threadkit.bench.DialectBenchmark.parseDialect\",\"mode\":\"thrpt\","
        + "\"params\":{\"dialect\":\"" + dialect + "\",\"size\":\"" + size + "\"},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\",\"rawData\":[["
        + score + "]]},"
        + "\"secondaryMetrics\":{\"inputBytes\":{\"score\":" + score * bytesPerOp + ",\"scoreUnit\":\"ops/s\"},"
        + "\"cpuNanos\":{\"score\":" + score * cpuNanosPerOp + ",\"scoreUnit\":\"ops/s\"},"
        + "\"gc.alloc.rate.norm\":{\"score\":" + allocPerOp + ",\"scoreUnit\":\"B/op\"}}}";
  }

  private String run(int expectedStatus, String... results) throws IOException {
    Path file = dir.resolve("jmh-result.json");
    Files.writeString(file, "[" + String.join(",", results) + "]");
    List<ReportTable.Row> rows = ReportTable.read(file);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = ReportTable.print(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(out).isEqualTo(expectedStatus);
    return out;
  }

  @Test
  void printsMegabytesRatiosAndAllocationPerInputByte() throws IOException {
    String out = run(0,
        result("parseString", "1M", 400, new double[] {390, 400, 410}, 1_000_000, 2_000_000),
        result("jacksonString", "1M", 100, new double[] {100, 100, 100}, 1_500_000, 6_000_000),
        result("floor", "1M", 8000, new double[] {8000}, 1_000_000, 0));
    assertThat(out).containsPattern("parseString\\s+1M\\s+400.00\\s+400.0\\s+4.00\\s+0.050\\s+2.00");
    assertThat(out).containsPattern("jacksonString\\s+1M\\s+100.00\\s+150.0\\s+1.00\\s+0.013\\s+4.00");
    assertThat(out).contains("OK: parseString is faster than the Jackson read at 1M");
    assertThat(out.indexOf("parseString")).isLessThan(out.indexOf("jacksonString"));
  }

  @Test
  void printsWhatDetectingTheDialectCostsAgainstTheForcedParse() throws IOException {
    String out = run(0,
        result("parseString", "seed", 45_000, new double[] {45_000}, 8826, 40_000),
        result("parseForced", "seed", 90_000, new double[] {90_000}, 8826, 28_000),
        result("jacksonString", "seed", 40_000, new double[] {40_000}, 10_000, 16_000));
    assertThat(out).containsPattern("parseForced\\s+seed\\s+90000.00\\s+\\S+\\s+2.25");
    assertThat(out).contains("detection: at size seed parseString (dialect detected) runs at 0.50 x parseForced");
    assertThat(out.indexOf("parseString")).isLessThan(out.indexOf("parseForced"));
  }

  @Test
  void failsWhenParsingIsSlowerThanTheJacksonReadOfTheSameSize() throws IOException {
    String out = run(1,
        result("parseString", "16M", 10, new double[] {9, 10, 11}, 1, 1),
        result("jacksonString", "16M", 12, new double[] {12, 12, 12}, 1, 1),
        result("parseString", "1M", 400, new double[] {400}, 1, 1),
        result("jacksonString", "1M", 100, new double[] {100}, 1, 1));
    assertThat(out).contains("REGRESSION: at size 16M").doesNotContain("at size 1M");
  }

  @Test
  void judgesByTheMedianSoOneDisturbedIterationDoesNotFailTheBuild() throws IOException {
    // The mean of parseString (40) is below Jackson's (50), dragged down by one bad iteration;
    // its median (60) is not.
    run(0,
        result("parseString", "1M", 40, new double[] {60, 60, 0.0}, 1, 1),
        result("jacksonString", "1M", 50, new double[] {50, 50, 50}, 1, 1));
  }

  @Test
  void passesWhenThereIsNothingToCompare() throws IOException {
    String out = run(0, result("exportJson", "1M", 10, new double[] {10}, 1, 1));
    assertThat(out).contains("nothing to check");
  }

  @Test
  void printsEachDialectsMegabytesOverTopcorsAtTheSameSizeInATableOfItsOwn() throws IOException {
    String out = run(0,
        dialectResult("hn", "1M", 300, 2_000_000, 6_000_000, 2_500_000),
        dialectResult("topcor", "1M", 500, 1_000_000, 3_000_000, 2_000_000),
        dialectResult("youtube", "1M", 200, 1_000_000, 1_000_000, 4_000_000),
        dialectResult("topcor", "16M", 30, 16_000_000, 48_000_000, 32_000_000),
        result("parseString", "1M", 400, new double[] {400}, 1_000_000, 2_000_000),
        result("jacksonString", "1M", 100, new double[] {100}, 1_500_000, 6_000_000));
    // hn: 600 MB/s against topcor's 500, 800 MB per CPU second against 500; youtube: 200 and 250 against 500
    assertThat(out).containsPattern(
        "parseDialect\\s+topcor\\s+1M\\s+1000000\\s+500.00\\s+500.0\\s+1.00\\s+500.0\\s+1.00\\s+3.00");
    assertThat(out).containsPattern(
        "parseDialect\\s+hn\\s+1M\\s+2000000\\s+300.00\\s+600.0\\s+1.20\\s+800.0\\s+1.60\\s+3.00");
    assertThat(out).containsPattern(
        "parseDialect\\s+youtube\\s+1M\\s+1000000\\s+200.00\\s+200.0\\s+0.40\\s+250.0\\s+0.50\\s+1.00");
    assertThat(out).containsPattern("parseDialect\\s+topcor\\s+16M\\s+16000000\\s+30.00\\s+480.0\\s+1.00\\s+500.0");
    assertThat(out.indexOf("topcor  ")).isLessThan(out.indexOf("hn  "));
    assertThat(out.indexOf("hn  ")).isLessThan(out.indexOf("youtube"));
    // the parse table and its check are as before, after the dialect table
    assertThat(out).containsPattern("parseString\\s+1M\\s+400.00\\s+400.0\\s+4.00")
        .contains("OK: parseString is faster than the Jackson read at 1M");
    assertThat(out.indexOf("x topcor")).isLessThan(out.indexOf("x Jackson"));
  }

  @Test
  void aRunOfTheDialectBenchmarkAlonePrintsItsTableAndPasses() throws IOException {
    String out = run(0, dialectResult("topcor", "1M", 500, 1_000_000, 3_000_000, 2_000_000));
    assertThat(out).contains("x topcor").doesNotContain("x Jackson").doesNotContain("REGRESSION");
  }
}
