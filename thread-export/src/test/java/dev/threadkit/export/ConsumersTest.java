package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real consumers read the exports: Debian's pandas loads the JSON Lines and CSV, Debian's
 * networkx the GraphML, under Debian's own interpreter {@code /usr/bin/python3} (another
 * python3 may come first on PATH, without those packages). The scripts live in
 * {@code src/test/resources/python}.
 *
 * <p>With {@code CI=true} in the environment a missing interpreter or module fails the test,
 * so CI cannot pass without the check; elsewhere the tests are skipped with the reason.
 * {@code .ci/run} installs {@code python3-pandas} and {@code python3-networkx}.
 */
class ConsumersTest {
  private static final String PYTHON = "/usr/bin/python3";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @BeforeAll
  static void requirePython() throws Exception {
    String missing = null;
    if (!Files.isExecutable(Path.of(PYTHON))) {
      missing = PYTHON + " is not installed";
    } else {
      Result check = run(List.of(PYTHON, "-c", "import pandas, networkx"));
      if (check.exit != 0) {
        missing = "Debian's python3-pandas or python3-networkx is missing: " + check.err.strip();
      }
    }
    if (missing != null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(missing + " (CI=true: install with apt-get install python3-pandas python3-networkx)");
      }
      Assumptions.abort(missing + "; skipped outside CI (apt-get install python3-pandas python3-networkx)");
    }
  }

  @Test
  void pandasLoadsJsonLinesAndCsvOfTheSeed() throws Exception {
    Discussion seed = SeedDiscussion.discussion();
    Path jsonl = dir.resolve("seed.jsonl");
    Path csv = dir.resolve("seed.csv");
    Files.write(jsonl, FlatExportTest.write(JsonLinesExporter.builder().build(), seed));
    Files.write(csv, FlatExportTest.write(CsvExporter.builder().build(), seed));

    Map<String, Object> report = python("read_flat.py", jsonl.toString(), csv.toString());

    for (String format : List.of("jsonl", "csv")) {
      Map<String, Object> frame = ConvoKitTest.map(report.get(format));
      assertThat(frame.get("rows")).as(format).isEqualTo(7);
      assertThat(frame.get("columns")).as(format).isEqualTo(
          ModelAssertions.COLUMNS);
      List<Map<String, Object>> records = JsonExporterTest.list(frame.get("records"));
      for (int i = 0; i < seed.size(); i++) {
        // pandas' own round trip: read as strings from CSV (empty for absent), typed from JSON.
        ModelAssertions.assertRow(records.get(i), seed, seed.comments().get(i), format.equals("csv"));
      }
    }
  }

  /**
   * With pandas' defaults, {@code id} {@code "1.10"} becomes the float 1.1, the same as
   * {@code "1.1"}, and {@code "1"} of two discussions is the same too; {@code key} stays text
   * and keeps every comment of the corpus distinct.
   */
  @Test
  void pandasDefaultsKeepEveryCommentDistinctByKey() throws Exception {
    List<Discussion> corpus = List.of(Fixtures.numericIds("2020"), Fixtures.numericIds("2021"));
    Path jsonl = dir.resolve("numbers.jsonl");
    Path csv = dir.resolve("numbers.csv");
    Files.write(jsonl, FlatExportTest.write(JsonLinesExporter.builder().build(), corpus));
    Files.write(csv, FlatExportTest.write(CsvExporter.builder().build(), corpus));

    Map<String, Object> report = python("read_flat_defaults.py", jsonl.toString(), csv.toString());

    for (String format : List.of("jsonl", "csv")) {
      Map<String, Object> frame = ConvoKitTest.map(report.get(format));
      assertThat(frame.get("rows")).as(format).isEqualTo(22);
      assertThat(frame.get("distinct_ids")).as(format + ": the problem the key solves").isEqualTo(10);
      assertThat(frame.get("distinct_keys")).as(format).isEqualTo(22);
      assertThat(frame.get("key_types")).as(format).isEqualTo(List.of("str"));
      assertThat(frame.get("keys")).asList().as(format).contains("2020/1.1", "2020/1.10", "2021/1");
    }
  }

  @Test
  void pandasLoadsRowsOfAnonymousPingbackAndRelativeComments() throws Exception {
    Discussion discussion = Fixtures.schema2();
    Path jsonl = dir.resolve("schema2.jsonl");
    Path csv = dir.resolve("schema2.csv");
    Files.write(jsonl, FlatExportTest.write(JsonLinesExporter.builder().build(), discussion));
    Files.write(csv, FlatExportTest.write(CsvExporter.builder().build(), discussion));

    Map<String, Object> report = python("read_flat.py", jsonl.toString(), csv.toString());

    for (String format : List.of("jsonl", "csv")) {
      Map<String, Object> frame = ConvoKitTest.map(report.get(format));
      assertThat(frame.get("rows")).as(format).isEqualTo(discussion.size());
      assertThat(frame.get("columns")).as(format).isEqualTo(ModelAssertions.COLUMNS);
      List<Map<String, Object>> records = JsonExporterTest.list(frame.get("records"));
      for (int i = 0; i < discussion.size(); i++) {
        ModelAssertions.assertRow(records.get(i), discussion, discussion.comments().get(i), format.equals("csv"));
      }
    }
  }

  @Test
  void networkxLoadsTheSeedReplyGraph() throws Exception {
    Discussion seed = SeedDiscussion.discussion();
    Path graphml = dir.resolve("seed.graphml");
    Files.write(graphml, FlatExportTest.write(GraphMlExporter.builder().build(), seed));

    Map<String, Object> report = python("read_graphml.py", graphml.toString());

    assertThat(report.get("directed")).isEqualTo(true);
    assertThat(report.get("nodes")).isEqualTo(8);
    assertThat(report.get("edges")).isEqualTo(7);
    assertThat(ConvoKitTest.map(report.get("graph"))).containsEntry("discussion", seed.id());
    Map<String, Object> attributes = ConvoKitTest.map(report.get("attributes"));
    for (Comment comment : seed.comments()) {
      Map<String, Object> node = ConvoKitTest.map(attributes.get(comment.id().toString()));
      assertThat(node.get("author")).isEqualTo(List.of(comment.author().orElseThrow().handle(), "str"));
      assertThat(node.get("depth")).as("typed by the <key> declaration").isEqualTo(List.of(comment.depth(), "int"));
    }
    assertThat(report.get("edge_list")).asList().contains(List.of("3.1", "3"), List.of("1", "article"));
  }

  private Map<String, Object> python(String script, String... args) throws Exception {
    Path file = dir.resolve(script);
    try (InputStream in = ConsumersTest.class.getResourceAsStream("/python/" + script)) {
      assertThat(in).as("test resource python/" + script).isNotNull();
      Files.copy(in, file);
    }
    List<String> command = new java.util.ArrayList<>(List.of(PYTHON, file.toString()));
    command.addAll(List.of(args));
    Result result = run(command);
    assertThat(result.exit).as("exit of %s; stderr: %s", script, result.err).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> report = JSON.readValue(result.out, Map.class);
    return report;
  }

  record Result(int exit, String out, String err) {}

  static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    Process process = builder.start();
    // Read stderr on the side so neither pipe can fill up and block the process.
    java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(process.getErrorStream().readAllBytes(), UTF_8);
      } catch (IOException e) {
        return e.toString();
      }
    });
    String out = new String(process.getInputStream().readAllBytes(), UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("timed out: " + command);
    }
    return new Result(process.exitValue(), out, err.join());
  }
}
