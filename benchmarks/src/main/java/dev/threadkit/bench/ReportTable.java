package dev.threadkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a JMH JSON result ({@code -rf json}) of this module's benchmarks as one table, and
 * checks the one regression CI fails on.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.threadkit.bench.ReportTable benchmarks/target/jmh-result.json [more.json...]
 * </pre>
 *
 * <p>Columns: the benchmark and size; its score (operations per second); MB/s of its own
 * input (10⁶ bytes; see {@link InputBytes}); the score over the Jackson read of the same
 * discussion from the same kind of input ({@code x Jackson}: {@code parseString},
 * {@code stream} and {@code floor} against {@code jacksonString}, {@code parseBytes} against
 * {@code jacksonBytes}); for every row of {@link ParseBenchmark}, the score over
 * {@code jacksonDatabind}'s and over {@code jacksonTree}'s at the same size (the peers issue
 * 12's targets name); the score over the floor's; and bytes allocated per input byte
 * ({@code gc.alloc.rate.norm} over the input bytes of one operation; present when run with
 * {@code -prof gc}). After the table, the state of issue 12's targets, reported and never
 * checked.
 *
 * <p>Rows of {@link DialectBenchmark} (those with a {@code dialect} parameter) come first in a
 * table of their own: per dialect and size, the dump's bytes per operation, ops/s, MB/s, the
 * MB/s over topcor's at the same size ({@code x topcor}: 1 or more is at least as fast per
 * byte as the seed dialect) and bytes allocated per input byte. They are reported, never
 * checked.
 *
 * <p>Several result files (say the two passes of {@code smoke.sh}) print as one report.
 *
 * <p>Exit status 1 when, at some size, {@code parseString} is slower than {@code jacksonString}
 * (the streaming Jackson read into the model) or than {@code jacksonTree} (a generic
 * {@code readTree}, which builds no model at all): the parser losing to either is a clear
 * regression, as it promises to beat both by a wide margin. To stay robust on noisy machines
 * the check compares the medians of the measurement iterations, which a single disturbed
 * iteration cannot move. Any other result, however slow, exits 0. Status 2 for a missing or
 * unreadable file.
 */
public final class ReportTable {

  private ReportTable() {}

  /** One benchmark at one size. */
  record Row(String benchmark, String dialect, String size, double score, double median, double error,
      double inputBytesPerOp, double allocPerOp, double cpuNanosPerOp) {

    Row(String benchmark, String dialect, String size, double score, double median, double error,
        double inputBytesPerOp, double allocPerOp) {
      this(benchmark, dialect, size, score, median, error, inputBytesPerOp, allocPerOp, Double.NaN);
    }

    /** 10⁶ input bytes per CPU second of the benchmark thread; NaN without a {@link CpuTime} counter. */
    double megabytesPerCpuSecond() {
      return cpuNanosPerOp > 0 ? inputBytesPerOp / cpuNanosPerOp * 1e3 : Double.NaN;
    }

    double megabytesPerSecond() {
      return score * inputBytesPerOp / 1e6;
    }

    double allocPerInputByte() {
      return Double.isNaN(allocPerOp) || inputBytesPerOp <= 0 ? Double.NaN : allocPerOp / inputBytesPerOp;
    }
  }

  /**
   * Prints the table for a JMH JSON result file.
   *
   * @param args the path of the result file
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: ReportTable <jmh-result.json>...");
      System.exit(2);
    }
    List<Row> rows = new ArrayList<>();
    for (String arg : args) {
      try {
        rows.addAll(read(Path.of(arg)));
      } catch (IOException | RuntimeException e) {
        System.err.println("cannot read JMH result " + arg + ": " + e.getMessage());
        System.exit(2);
        return;
      }
    }
    rows.sort(ROW_ORDER);
    System.exit(print(rows, System.out));
  }

  /** Reads the rows of a JMH JSON result. */
  static List<Row> read(Path file) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : root) {
      String benchmark = result.path("benchmark").asString();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String size = result.path("params").path("size").asString("-");
      String dialect = result.path("params").path("dialect").asString("-");
      JsonNode primary = result.path("primaryMetric");
      JsonNode secondary = result.path("secondaryMetrics");
      double score = primary.path("score").asDouble();
      double inputRate = secondary.path("inputBytes").path("score").asDouble(Double.NaN);
      double alloc = secondary.has("gc.alloc.rate.norm")
          ? secondary.path("gc.alloc.rate.norm").path("score").asDouble() : Double.NaN;
      double cpuRate = secondary.path("cpuNanos").path("score").asDouble(Double.NaN);
      rows.add(new Row(name, dialect, size, score, median(primary.path("rawData")), primary.path("scoreError").asDouble(Double.NaN),
          score > 0 ? inputRate / score : Double.NaN, alloc, score > 0 ? cpuRate / score : Double.NaN));
    }
    rows.sort(ROW_ORDER);
    return rows;
  }

  /** The median of every measurement iteration of every fork; NaN when there are none. */
  private static double median(JsonNode rawData) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode iteration : fork) {
        values.add(iteration.asDouble());
      }
    }
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Rows by size, then benchmark, then dialect (topcor first). */
  private static final Comparator<Row> ROW_ORDER = Comparator.comparingInt((Row r) -> sizeOrder(r.size()))
      .thenComparingInt(r -> order(r.benchmark())).thenComparingInt(r -> dialectOrder(r.dialect()));

  private static final List<String> ORDER = List.of("parseString", "parseForced", "parseBytes", "stream",
      "jacksonString", "jacksonBytes", "jacksonDatabind", "jacksonTree", "floor", "exportJson", "exportJsonLines");

  /** The benchmarks of {@link ParseBenchmark}: the rows compared with the databind and tree peers. */
  private static final List<String> PARSE_ROWS = List.of("parseString", "parseForced", "parseBytes", "stream",
      "jacksonString", "jacksonBytes", "jacksonDatabind", "jacksonTree", "floor");

  /** The peers the CI check compares {@code parseString} with. */
  static final List<String> GATE_PEERS = List.of("jacksonString", "jacksonTree");

  private static int order(String benchmark) {
    int at = ORDER.indexOf(benchmark);
    return at < 0 ? ORDER.size() : at;
  }

  private static int dialectOrder(String dialect) {
    int at = DialectInputs.DIALECTS.indexOf(dialect);
    return at < 0 ? DialectInputs.DIALECTS.size() : at;
  }

  /** Smaller sizes first, each size's Latin-1 dump right after its Cyrillic one. */
  private static int sizeOrder(String size) {
    try {
      return Inputs.chars(size) * 2 + (Inputs.isLatin(size) ? 1 : 0);
    } catch (RuntimeException e) {
      return -1; // seed (and anything else) first
    }
  }

  /** The Jackson read each benchmark is compared with, or null for none. */
  static String jacksonPeer(String benchmark) {
    return switch (benchmark) {
      case "parseString", "parseForced", "stream", "floor", "jacksonString" -> "jacksonString";
      case "parseBytes", "jacksonBytes" -> "jacksonBytes";
      default -> null;
    };
  }

  /** Prints the table and the regression check; returns the exit status. */
  static int print(List<Row> all, PrintStream out) {
    List<Row> rows = new ArrayList<>();
    List<Row> dialectRows = new ArrayList<>();
    for (Row row : all) {
      (row.dialect().equals("-") ? rows : dialectRows).add(row);
    }
    if (!dialectRows.isEmpty()) {
      printDialects(dialectRows, out);
      if (rows.isEmpty()) {
        return 0;
      }
      out.println();
    }
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Row row : rows) {
      byKey.put(row.benchmark() + "@" + row.size(), row);
    }
    String format = "%-16s %9s %14s %10s %10s %10s %8s %9s %14s%n";
    out.printf(Locale.ROOT, format, "benchmark", "size", "ops/s", "MB/s", "x Jackson", "x databind", "x tree",
        "x floor", "alloc B/in B");
    out.printf(Locale.ROOT, format, "-".repeat(16), "-".repeat(9), "-".repeat(14), "-".repeat(10), "-".repeat(10),
        "-".repeat(10), "-".repeat(8), "-".repeat(9), "-".repeat(14));
    for (Row row : rows) {
      String peer = jacksonPeer(row.benchmark());
      boolean parseRow = PARSE_ROWS.contains(row.benchmark());
      out.printf(Locale.ROOT, format, row.benchmark(), row.size(),
          String.format(Locale.ROOT, "%.2f", row.score()),
          number(row.megabytesPerSecond(), "%.1f"),
          ratio(row, peer == null ? null : byKey.get(peer + "@" + row.size()), "%.2f"),
          ratio(row, parseRow ? byKey.get("jacksonDatabind@" + row.size()) : null, "%.2f"),
          ratio(row, parseRow ? byKey.get("jacksonTree@" + row.size()) : null, "%.2f"),
          ratio(row, byKey.get("floor@" + row.size()), "%.3f"),
          number(row.allocPerInputByte(), "%.2f"));
    }
    out.println();
    out.println("MB/s is 10^6 bytes of the benchmark's own input a second: the dump's UTF-8 bytes for parse*, stream");
    out.println("and floor, the JSON document for jackson*, the bytes written for export*. The x columns compare");
    out.println("operations on the same discussion: x Jackson against the streaming Jackson read from the same kind of");
    out.println("input (parseString, stream and floor vs jacksonString, parseBytes vs jacksonBytes), x databind and");
    out.println("x tree against jacksonDatabind and jacksonTree (both from a String), x floor against floor.");
    for (Row row : rows) {
      Row forced = row.benchmark().equals("parseString") ? byKey.get("parseForced@" + row.size()) : null;
      if (forced != null) {
        out.printf(Locale.ROOT, "detection: at size %s parseString (dialect detected) runs at %.2f x parseForced"
            + " (dialect given)%n", row.size(), row.score() / forced.score());
      }
    }
    printTargets(rows, byKey, out);

    int status = 0;
    List<String> checked = new ArrayList<>();
    for (Row parse : rows) {
      if (!parse.benchmark().equals("parseString")) {
        continue;
      }
      for (String peer : GATE_PEERS) {
        Row jackson = byKey.get(peer + "@" + parse.size());
        if (jackson == null) {
          continue;
        }
        checked.add(peer + " at " + parse.size());
        if (parse.median() < jackson.median()) {
          out.printf(Locale.ROOT, "REGRESSION: at size %s parseString (median %.2f ops/s) is slower than %s, the "
              + "Jackson read of the same discussion (median %.2f ops/s)%n", parse.size(), parse.median(), peer,
              jackson.median());
          status = 1;
        }
      }
    }
    if (checked.isEmpty()) {
      out.println("no size has both parseString and jacksonString or jacksonTree: nothing to check");
    } else if (status == 0) {
      out.println("OK: parseString is faster than " + String.join(", ", checked)
          + " (medians of the measurement iterations)");
    }
    return status;
  }

  /** {@code row}'s score over {@code peer}'s, or "-" without a peer. */
  private static String ratio(Row row, Row peer, String format) {
    return peer == null ? "-" : number(row.score() / peer.score(), format);
  }

  /** One of issue 12's targets: {@code benchmark}'s ratio to {@code peer} (null: its alloc B/in B) against a bound. */
  private record Target(String label, String benchmark, String peer, double bound, boolean atLeast) {}

  private static final List<Target> TARGETS = List.of(
      new Target("parseString >= 4x jacksonDatabind", "parseString", "jacksonDatabind", 4, true),
      new Target("parseString >= 2x jacksonTree", "parseString", "jacksonTree", 2, true),
      new Target("parseString >= 0.20x floor", "parseString", "floor", 0.20, true),
      new Target("stream >= 0.35x floor", "stream", "floor", 0.35, true),
      new Target("parseString <= 1.0 B/in B", "parseString", null, 1.0, false),
      new Target("stream <= 0.2 B/in B", "stream", null, 0.2, false));

  /**
   * Prints the state of issue 12's targets at each size that has the rows they need: the
   * measured value and whether it meets the target. Reported, never checked.
   */
  static void printTargets(List<Row> rows, Map<String, Row> byKey, PrintStream out) {
    List<String> sizes = new ArrayList<>();
    for (Row row : rows) {
      if (PARSE_ROWS.contains(row.benchmark()) && !sizes.contains(row.size())) {
        sizes.add(row.size());
      }
    }
    List<String> lines = new ArrayList<>();
    for (Target target : TARGETS) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", target.label()));
      boolean any = false;
      for (String size : sizes) {
        Row row = byKey.get(target.benchmark() + "@" + size);
        double value = Double.NaN;
        if (row != null && target.peer() == null) {
          value = row.allocPerInputByte();
        } else if (row != null && byKey.containsKey(target.peer() + "@" + size)) {
          value = row.score() / byKey.get(target.peer() + "@" + size).score();
        }
        any |= !Double.isNaN(value);
        line.append(String.format(Locale.ROOT, " %12s", Double.isNaN(value) ? "-" : String.format(Locale.ROOT,
            "%.2f %s", value, (target.atLeast() ? value >= target.bound() : value <= target.bound()) ? "ok" : "no")));
      }
      if (any) {
        lines.add(line.toString());
      }
    }
    for (String small : sizes) {
      Row one = byKey.get("parseString@" + small);
      String large = small.replace("1M", "16M");
      Row sixteen = small.startsWith("1M") ? byKey.get("parseString@" + large) : null;
      if (one != null && sixteen != null) {
        double times = one.score() / sixteen.score();
        lines.add(String.format(Locale.ROOT, "parseString at %s takes %.1fx the time at %s (target <= 17x): %s",
            large, times, small, times <= 17 ? "ok" : "no"));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", "issue 12 targets (reported only)"));
    for (String size : sizes) {
      header.append(String.format(Locale.ROOT, " %12s", size));
    }
    out.println(header);
    lines.forEach(out::println);
  }

  /**
   * Prints the per-dialect table: each dialect's parse of its own dump, with its MB/s over
   * topcor's (the seed dialect) at the same size and benchmark: above 1 parses faster per byte.
   */
  static void printDialects(List<Row> rows, PrintStream out) {
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Row row : rows) {
      byKey.put(row.benchmark() + "@" + row.dialect() + "@" + row.size(), row);
    }
    String format = "%-13s %-9s %6s %12s %10s %10s %9s %10s %9s %14s%n";
    out.printf(Locale.ROOT, format, "benchmark", "dialect", "size", "input bytes", "ops/s", "MB/s", "x topcor",
        "MB/cpu-s", "x topcor", "alloc B/in B");
    out.printf(Locale.ROOT, format, "-".repeat(13), "-".repeat(9), "-".repeat(6), "-".repeat(12), "-".repeat(10),
        "-".repeat(10), "-".repeat(9), "-".repeat(10), "-".repeat(9), "-".repeat(14));
    for (Row row : rows) {
      Row topcor = byKey.get(row.benchmark() + "@topcor@" + row.size());
      double ratio = topcor == null ? Double.NaN : row.megabytesPerSecond() / topcor.megabytesPerSecond();
      double cpuRatio = topcor == null ? Double.NaN : row.megabytesPerCpuSecond() / topcor.megabytesPerCpuSecond();
      out.printf(Locale.ROOT, format, row.benchmark(), row.dialect(), row.size(),
          number(row.inputBytesPerOp(), "%.0f"),
          String.format(Locale.ROOT, "%.2f", row.score()),
          number(row.megabytesPerSecond(), "%.1f"),
          number(ratio, "%.2f"),
          number(row.megabytesPerCpuSecond(), "%.1f"),
          number(cpuRatio, "%.2f"),
          number(row.allocPerInputByte(), "%.2f"));
    }
    out.println();
    out.println("Each dialect parses its own generated dump (DialectInputs); MB/s is 10^6 dump bytes (UTF-8) a second,");
    out.println("MB/cpu-s the same per CPU second of the benchmark thread (CpuTime). x topcor is either over topcor's at");
    out.println("the same size: 1.00 or more parses at least as fast per byte.");
  }

  private static String number(double value, String format) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, format, value);
  }
}
