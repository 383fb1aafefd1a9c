package dev.threadkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Discussion;
import dev.threadkit.spark.internal.CsvRecords;
import dev.threadkit.testkit.DiscussionGenerator;
import dev.threadkit.testkit.Dumps;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows a second through Spark (local, 2 cores) next to the command line (--jobs 2) on the same
 * generated folder. Not part of the build (surefire excludes *Benchmark); run it with
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl thread-cli -am       # the CLI jar it runs
 * mvn -B -o -pl thread-spark -am test -Dtest=SparkVsCliBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.dumps=2000 -Dbench.comments=50 -Dbench.rounds=3]
 * </pre>
 *
 * <p>It prints the best of the rounds for each way, after one warm-up round each, and checks
 * that both produced the same number of rows. The CLI time includes its JVM's start (it runs
 * as users run it, {@code java -jar threadkit.jar}); Spark's excludes the session's start.
 */
class SparkVsCliBenchmark {
  @TempDir Path temp;

  @Test
  void sparkAndTheCliOnTheSameFolder() throws Exception {
    int dumps = Integer.getInteger("bench.dumps", 2000);
    int comments = Integer.getInteger("bench.comments", 50);
    int rounds = Integer.getInteger("bench.rounds", 3);
    Path cliJar = Path.of("../thread-cli/target/threadkit.jar").toAbsolutePath().normalize();
    assertThat(cliJar).as("build the CLI first: mvn -B -q -DskipTests package -pl thread-cli -am").exists();

    Path folder = temp.resolve("dumps");
    long bytes = 0;
    for (int i = 0; i < dumps; i++) {
      Discussion d = DiscussionGenerator.builder().seed(i).comments(comments).build().generate();
      Path file = folder.resolve("d" + (i % 10)).resolve(String.format("dump-%05d.txt", i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, Dumps.render(d));
      bytes += Files.size(file);
    }

    SparkSession spark = SparkSession.builder().master("local[2]").appName("threadkit-bench")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    try {
      long sparkRows = 0;
      double sparkCount = Double.MAX_VALUE;
      double sparkCsv = Double.MAX_VALUE;
      double cli = Double.MAX_VALUE;
      long cliRows = 0;
      for (int round = 0; round <= rounds; round++) { // round 0 warms up
        long t0 = System.nanoTime();
        sparkRows = spark.read().format("threadkit").load(folder.toString()).count();
        double count = (System.nanoTime() - t0) / 1e9;

        Path sparkOut = temp.resolve("spark-" + round);
        t0 = System.nanoTime();
        spark.read().format("threadkit").load(folder.toString()).drop("source", "error")
            .write().option("header", "true").csv(sparkOut.toString());
        double csv = (System.nanoTime() - t0) / 1e9;

        Path cliOut = temp.resolve("cli-" + round + ".csv");
        t0 = System.nanoTime();
        Process p = new ProcessBuilder(javaBin(), "-jar", cliJar.toString(), "convert", folder.toString(),
            "--to", "csv", "--jobs", "2", "-q", "-o", cliOut.toString())
            .redirectErrorStream(true).redirectOutput(temp.resolve("cli.log").toFile()).start();
        assertThat(p.waitFor()).as(Files.readString(temp.resolve("cli.log"))).isZero();
        double cliSeconds = (System.nanoTime() - t0) / 1e9;
        cliRows = CsvRecords.parse(Files.readString(cliOut)).size() - 1;

        if (round > 0) {
          sparkCount = Math.min(sparkCount, count);
          sparkCsv = Math.min(sparkCsv, csv);
          cli = Math.min(cli, cliSeconds);
        }
      }
      assertThat(sparkRows).isEqualTo(cliRows);
      System.out.printf(Locale.ROOT, "%nthreadkit on %d dumps, %.1f MB, %d comment rows; best of %d rounds, 2 cores%n",
          dumps, bytes / 1e6, sparkRows, rounds);
      row("Spark local[2], load().count()", sparkRows, sparkCount);
      row("Spark local[2], load().write().csv()", sparkRows, sparkCsv);
      row("CLI convert --to csv --jobs 2 (with JVM start)", cliRows, cli);
    } finally {
      spark.stop();
    }
  }

  private static void row(String what, long rows, double seconds) {
    System.out.printf(Locale.ROOT, "  %-48s %7.2f s  %,12.0f rows/s%n", what, seconds, rows / seconds);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
  }
}
