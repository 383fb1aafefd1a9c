package dev.threadkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The -all jar as spark-submit --jars uses it: failsafe runs this with that jar instead of the
 * module's classes, and without threadkit's own dependencies (Guava, Jackson 3) on the class
 * path, so it passes only if the jar carries and relocates them. Refers to threadkit by name
 * only.
 */
class AllJarIT {

  @Test
  void theAllJarReadsTheSeedOnAPlainSparkClassPath() throws Exception {
    Class<?> source = Class.forName("dev.threadkit.spark.ThreadkitDataSource");
    assertThat(Path.of(source.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString())
        .endsWith("-all.jar");
    assertThat(Class.forName("dev.threadkit.parser.DumpParser").getProtectionDomain().getCodeSource())
        .isEqualTo(source.getProtectionDomain().getCodeSource());
    assertThat(Class.forName("dev.threadkit.spark.shaded.com.google.common.collect.ImmutableList")).isNotNull();
    assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);

    SparkSession spark = SparkSession.builder().master("local[1]").appName("threadkit-all-jar")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    try {
      List<Row> rows = spark.read().format("threadkit").load(Path.of("../seeds").toString())
          .select("discussion", "author").collectAsList();
      assertThat(rows).hasSize(7);
      assertThat(rows).allSatisfy(r -> assertThat(r.getString(0)).isEqualTo("000_599c788b2f42df5e"));
      assertThat(rows).extracting(r -> r.getString(1)).contains("Vladimir Tuzakov");
      List<Row> paths = spark.read().format("threadkit")
          .load(Path.of("../seeds").toString(), Path.of("../seeds/000_599c788b2f42df5e.txt").toString())
          .select("source").distinct().collectAsList();
      assertThat(paths).hasSize(1); // several paths come as JSON, read with the relocated Jackson
    } finally {
      spark.stop();
    }
  }
}
