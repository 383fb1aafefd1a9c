package dev.threadkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.ExportSession;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.testkit.DiscussionGenerator;
import dev.threadkit.testkit.Dumps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data source and the helper, through a local Spark session shared by the class. */
class ThreadkitDataSourceTest {
  private static final Path SEEDS = Path.of("../seeds");
  private static final DumpParser PARSER = DumpParser.builder().build();

  private static SparkSession spark;
  @TempDir static Path temp;
  private static Path generated;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("threadkit-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    generated = temp.resolve("generated");
    for (int seed = 1; seed <= 24; seed++) {
      Discussion d = DiscussionGenerator.builder().seed(seed).comments(5 + seed * 3).build().generate();
      // Nested folders: a folder is read recursively.
      Path file = generated.resolve("part-" + (seed % 3)).resolve(String.format("dump-%02d.txt", seed));
      Files.createDirectories(file.getParent());
      Files.writeString(file, Dumps.render(d));
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The csv export of the folder, as the CLI writes it, read back by Spark's own csv reader. */
  private static List<List<String>> csvExportOf(Path folder) throws IOException {
    Path csv = Files.createTempFile(temp, "export", ".csv");
    try (OutputStream out = Files.newOutputStream(csv);
        ExportSession session = CsvExporter.builder().build().open(out);
        Stream<ParseResult> all = PARSER.parseAll(folder)) {
      for (ParseResult r : (Iterable<ParseResult>) all::iterator) {
        session.write(r.discussion());
      }
    }
    Dataset<Row> rows = spark.read().option("header", "true").option("multiLine", "true")
        .option("escape", "\"").csv(csv.toString());
    return values(rows);
  }

  private static List<List<String>> values(Dataset<Row> rows) {
    List<List<String>> out = new ArrayList<>();
    for (Row row : rows.collectAsList()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        values.add(v == null || v.toString().isEmpty() ? null : v.toString());
      }
      out.add(values);
    }
    return out;
  }

  private static Dataset<Row> csvColumnsOf(Dataset<Row> rows) {
    String[] columns = rows.columns();
    List<String> csv = new ArrayList<>(Arrays.asList(columns));
    csv.removeAll(List.of("source", "error"));
    return rows.select(csv.get(0), csv.subList(1, csv.size()).toArray(new String[0]));
  }

  @Test
  void theSeedReadsAsTheRowsOfItsCsvExport() throws IOException {
    Dataset<Row> rows = spark.read().format("threadkit").load(SEEDS.toString());

    List<List<String>> expected = csvExportOf(SEEDS);
    assertThat(expected).hasSize(7);
    assertThat(values(csvColumnsOf(rows))).containsExactlyElementsOf(expected);
    assertThat(rows.filter("error is not null").count()).isZero();
    assertThat(rows.select("source").distinct().collectAsList())
        .singleElement().satisfies(r -> assertThat(r.getString(0)).endsWith("seeds/000_599c788b2f42df5e.txt"));
  }

  @Test
  void aGeneratedFolderReadsRecursivelyAsTheRowsOfItsCsvExport() throws IOException {
    Dataset<Row> rows = spark.read().format("threadkit").option("minPartitions", "3").load(generated.toString());

    List<List<String>> expected = csvExportOf(generated);
    assertThat(expected).hasSizeGreaterThan(24 * 5);
    assertThat(values(csvColumnsOf(rows))).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rows.rdd().getNumPartitions()).isEqualTo(3);
  }

  @Test
  void aQueryReadsOnlyTheColumnsItNeeds() {
    Dataset<Row> all = spark.read().format("threadkit").load(generated.toString());
    List<Row> pruned = all.select("text", "discussion").filter("depth > 0").collectAsList();
    List<Row> whole = all.filter("depth > 0").collectAsList();

    assertThat(all.select("text", "discussion").queryExecution().optimizedPlan().toString())
        .doesNotContain("author");
    assertThat(pruned).hasSize(whole.size()).isNotEmpty();
    for (int i = 0; i < pruned.size(); i++) {
      Row w = whole.get(i);
      assertThat(pruned.get(i).getString(0)).isEqualTo(w.getString(w.fieldIndex("text")));
      assertThat(pruned.get(i).getString(1)).isEqualTo(w.getString(w.fieldIndex("discussion")));
    }
  }

  @Test
  void theSchemaStartsWithTheCsvExportsColumns() throws IOException {
    java.io.StringWriter header = new java.io.StringWriter();
    CsvExporter.builder().build().open(header).close();
    List<String> csvColumns = List.of(header.toString().strip().split(","));

    List<String> columns = List.of(ThreadkitDataSource.schema("comments").fieldNames());
    assertThat(columns.subList(0, csvColumns.size())).isEqualTo(csvColumns);
    assertThat(columns).contains("source", "error");
  }

  @Test
  void aGlobAndSeveralPathsAreRead() {
    long all = spark.read().format("threadkit").load(generated.toString()).count();
    long part0 = spark.read().format("threadkit").load(generated.resolve("part-0") + "/*.txt").count();
    long part12 = spark.read().format("threadkit")
        .load(generated.resolve("part-1").toString(), generated.resolve("part-2").toString()).count();

    assertThat(part0).isPositive();
    assertThat(part12).isPositive();
    assertThat(part0 + part12).isEqualTo(all);
  }

  @Test
  void aBrokenDumpIsAnErrorRowAndEveryOtherDumpIsThere() throws IOException {
    Path folder = temp.resolve("broken");
    Files.createDirectories(folder);
    for (int seed = 1; seed <= 5; seed++) {
      Discussion d = DiscussionGenerator.builder().seed(seed).comments(4).build().generate();
      Files.writeString(folder.resolve("ok-" + seed + ".txt"), Dumps.render(d));
    }
    Files.write(folder.resolve("binary.txt"), new byte[] {'T', 'i', 't', 'l', 'e', 0, 1, 2, '\n'});
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.writeString(folder.resolve("_SUCCESS"), "");

    Dataset<Row> comments = spark.read().format("threadkit").load(folder.toString());
    List<Row> errors = comments.filter("error is not null").orderBy("discussion").collectAsList();
    assertThat(errors).extracting(r -> r.getString(r.fieldIndex("discussion"))).containsExactly("binary", "empty");
    assertThat(errors.get(0).getString(errors.get(0).fieldIndex("error"))).startsWith("binary file");
    assertThat(errors.get(1).getString(errors.get(1).fieldIndex("error"))).isEqualTo("empty file");
    assertThat(errors.get(0).getString(errors.get(0).fieldIndex("source"))).endsWith("/broken/binary.txt");
    assertThat(comments.filter("error is null").count()).isEqualTo(5 * 4);

    Dataset<Row> dumps = spark.read().format("threadkit").option("rows", "discussions").load(folder.toString());
    assertThat(dumps.count()).isEqualTo(7);
    assertThat(dumps.filter("error is null").count()).isEqualTo(5);
  }

  @Test
  void failFastFailsTheJobOnABrokenDump() throws IOException {
    Path folder = temp.resolve("failfast");
    Files.createDirectories(folder);
    Files.copy(SEEDS.resolve("000_599c788b2f42df5e.txt"), folder.resolve("seed.txt"));
    Files.write(folder.resolve("empty.txt"), new byte[0]);

    Dataset<Row> rows = spark.read().format("threadkit").option("mode", "FAILFAST").load(folder.toString());
    assertThatThrownBy(rows::collectAsList).hasStackTraceContaining("empty.txt: empty file");
  }

  @Test
  void badOptionsAreRefusedNamingTheOption() {
    assertThatThrownBy(() -> spark.read().format("threadkit").option("rows", "authors").load(SEEDS.toString()))
        .hasMessageContaining("rows");
    assertThatThrownBy(() -> spark.read().format("threadkit").option("mode", "DROPMALFORMED").load(SEEDS.toString()))
        .hasMessageContaining("mode");
    assertThatThrownBy(() -> spark.read().format("threadkit").load(temp.resolve("nowhere").toString()).count())
        .hasStackTraceContaining("path does not exist");
  }

  @Test
  void theParserOptionsReachTheParse() {
    List<Row> plain = spark.read().format("threadkit").option("rows", "discussions").option("dialect", "plain")
        .load(SEEDS.toString()).collectAsList();
    assertThat(plain).isNotEmpty().allSatisfy(row -> {
      assertThat(row.getString(row.fieldIndex("dialect"))).isEqualTo("plain");
      assertThat(row.getInt(row.fieldIndex("comments"))).isZero();
    });
    List<Row> detected = spark.read().format("threadkit").option("rows", "discussions").option("charset", "UTF-8")
        .option("capturedAt", "2026-11-25T12:00Z").load(SEEDS.toString()).collectAsList();
    assertThat(detected).extracting(row -> row.getString(row.fieldIndex("dialect"))).containsOnly("topcor");

    assertThatThrownBy(() -> spark.read().format("threadkit").option("dialect", "klingon").load(SEEDS.toString()))
        .hasMessageContaining("klingon").hasMessageContaining("topcor");
    assertThatThrownBy(() -> spark.read().format("threadkit").option("capturedAt", "yesterday").load(SEEDS.toString()))
        .hasMessageContaining("capturedAt");
  }

  @Test
  void discussionRowsCountWhatTheParserRead() throws IOException {
    Dataset<Row> dumps = spark.read().format("threadkit").option("rows", "discussions").load(generated.toString());

    Map<String, ParseResult> parsed;
    try (Stream<ParseResult> all = PARSER.parseAll(generated)) {
      parsed = all.collect(Collectors.toMap(r -> r.discussion().id(), r -> r));
    }
    List<Row> rows = dumps.collectAsList();
    assertThat(rows).hasSize(24);
    for (Row row : rows) {
      ParseResult r = parsed.get(row.getString(row.fieldIndex("id")));
      assertThat(r).isNotNull();
      Discussion d = r.discussion();
      assertThat(row.getString(row.fieldIndex("title"))).isEqualTo(d.article().title());
      assertThat(row.getInt(row.fieldIndex("comments"))).isEqualTo(d.size());
      assertThat(row.getInt(row.fieldIndex("authors")))
          .isEqualTo((int) d.comments().stream().flatMap(c -> c.author().stream()).map(a -> a.handle()).distinct().count());
      assertThat(row.getString(row.fieldIndex("dialect"))).isEqualTo(d.dialect());
      assertThat(row.getInt(row.fieldIndex("diagnostics"))).isEqualTo(r.diagnostics().size());
      assertThat(row.getList(row.fieldIndex("messages"))).hasSize(r.diagnostics().size());
      assertThat(row.isNullAt(row.fieldIndex("error"))).isTrue();
    }
  }

  @Test
  void sqlReadsTheSourceByItsShortName() {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW seed_comments USING threadkit OPTIONS (path '"
        + SEEDS.toAbsolutePath() + "')");
    List<Row> rows = spark.sql("SELECT count(*), count(DISTINCT author) FROM seed_comments").collectAsList();

    assertThat(rows.get(0).getLong(0)).isEqualTo(7);
    assertThat(rows.get(0).getLong(1)).isEqualTo(7);
  }

  @Test
  void theBinaryFileHelperGivesTheSourcesRows() {
    Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.txt").load(generated.toString());
    Dataset<Row> viaHelper = ThreadkitSpark.parse(files);
    Dataset<Row> viaSource = spark.read().format("threadkit").load(generated.toString());

    assertThat(viaHelper.schema()).isEqualTo(viaSource.schema());
    assertThat(values(viaHelper)).containsExactlyInAnyOrderElementsOf(values(viaSource));
    Dataset<Row> dumps = ThreadkitSpark.parse(files, Map.of("rows", "discussions"));
    assertThat(dumps.count()).isEqualTo(24);
  }

  @Test
  void tenThousandSmallDumpsAreReadInABoundedNumberOfPartitions() throws IOException {
    Path folder = temp.resolve("many");
    Files.createDirectories(folder);
    byte[] seed = Files.readAllBytes(SEEDS.resolve("000_599c788b2f42df5e.txt"));
    for (int i = 0; i < 10_000; i++) {
      Files.write(folder.resolve(String.format("d%05d.txt", i)), seed);
    }

    Dataset<Row> dumps = spark.read().format("threadkit").option("rows", "discussions").load(folder.toString());
    int partitions = dumps.rdd().getNumPartitions();
    // Spark's defaults: 4 MB opening cost a file, 128 MB a partition: about 32 dumps a partition.
    assertThat(partitions).isBetween(2, 2 * (int) (10_000L * ((4L << 20) + seed.length) / (128L << 20)) + 1);

    Dataset<Row> packed = spark.read().format("threadkit").option("rows", "discussions")
        .option("openCostInBytes", "0").load(folder.toString());
    assertThat(packed.rdd().getNumPartitions()).isEqualTo(2); // 10,000 x 6 KB spread over local[2]
    assertThat(packed.filter("error is null and comments = 7").count()).isEqualTo(10_000);
  }
}
