package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.cli.internal.DiscussionStats;
import dev.threadkit.cli.internal.StatsWriter;
import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.ExportSession;
import dev.threadkit.export.JsonLinesExporter;
import dev.threadkit.export.StreamExporter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpFiles;
import dev.threadkit.parser.DumpParseException;
import dev.threadkit.parser.DumpParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --to csv|jsonl}, {@code stats} and {@code check} read each dump through the parser's
 * streaming layer, without a model: their output is the model path's, byte for byte, their
 * diagnostics the same lines in the same order, on every fixture (other dialects, legacy
 * charsets and a UTF-16 byte-order mark, bad bytes, binary and empty files) and in strict mode.
 */
class StreamingPathTest {

  @TempDir
  Path temp;

  /** Every fixture of the command line's tests, and those of this one. */
  private static List<String> everyFixture() {
    return List.of(path(""), streaming(""));
  }

  @Test
  void rowsAreTheModelPathsBytesOnEveryFixture() throws IOException {
    for (boolean strict : List.of(false, true)) {
      for (String format : List.of("csv", "jsonl", "csv-safe")) {
        List<String> args = new ArrayList<>(List.of("convert", "--to", format.startsWith("csv") ? "csv" : "jsonl"));
        if (format.equals("csv-safe")) {
          args.add("--csv-safe");
        }
        if (strict) {
          args.add("--strict");
        }
        args.addAll(everyFixture());
        Cli.Run run = cli().run(args.toArray(String[]::new));

        StreamExporter exporter = switch (format) {
          case "csv" -> CsvExporter.builder().build();
          case "csv-safe" -> CsvExporter.builder().spreadsheetSafe(true).build();
          default -> JsonLinesExporter.builder().build();
        };
        assertThat(run.out()).as(format + (strict ? " --strict" : "")).isEqualTo(modelRows(exporter, strict));
        assertThat(run.status()).isEqualTo(2); // the binary fixture, and with --strict the dumps with warnings
      }
    }
  }

  @Test
  void diagnosticsAndErrorsAreTheModelPathsLines() {
    for (String strict : List.of("--lenient-placeholder", "--strict")) {
      for (String limit : List.of("1000", "1")) {
        List<String> common = new ArrayList<>(List.of("--max-diagnostics", limit));
        if (strict.equals("--strict")) {
          common.add(strict);
        }
        common.addAll(everyFixture());
        // json is written from the model: the reference for what the row formats say.
        Cli.Run model = cli().run(concat(List.of("convert", "--to", "json", "-o", temp.resolve("json" + strict + limit)
            .toString()), common));
        Cli.Run rows = cli().run(concat(List.of("convert", "--to", "csv"), common));

        assertThat(withoutTime(rows.err())).as(strict + " " + limit).isEqualTo(withoutTime(model.err()));
        assertThat(rows.status()).isEqualTo(model.status());
      }
    }
  }

  @Test
  void aDumpRejectedByAWarningOnItsLastCommentLeavesNoRowOfItsEarlierComments() {
    Cli.Run run = cli().run("convert", "--strict", "--to", "jsonl", "--jobs", "2",
        streaming("warning-after-eight-good-comments.txt"), path("deep-and-wide.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(10).allSatisfy(line -> assertThat(line).startsWith("{\"discussion\":\"deep-and-wide\""));
    assertThat(run.err()).contains("warning-after-eight-good-comments.txt: rejected (1 problem)")
        .contains("warning-after-eight-good-comments.txt:28:3: warning ordinal-gap");
    // Leniently, all nine comments of that dump are rows.
    Cli.Run lenient = cli().run("convert", "--to", "jsonl", streaming("warning-after-eight-good-comments.txt"));
    assertThat(lenient.outLines()).hasSize(9);
  }

  @Test
  void bytesThatNeedTheParsersDecodingGiveTheModelPathsRowsAndDiagnostics() throws IOException {
    for (String name : List.of("invalid-utf8-byte-in-a-comment.txt", "real-replacement-character.txt")) {
      Cli.Run rows = cli().run("convert", "--to", "csv", streaming(name));
      Cli.Run model = cli().run("convert", "--to", "json", "-o", temp.resolve(name).toString(), streaming(name));

      assertThat(rows.out()).isEqualTo(modelRows(CsvExporter.builder().build(), false, Path.of(streaming(name))));
      assertThat(withoutTime(rows.err())).isEqualTo(withoutTime(model.err()));
    }
    assertThat(cli().run("check", streaming("invalid-utf8-byte-in-a-comment.txt")).out()).contains("invalid-utf8");
    assertThat(cli().run("check", streaming("real-replacement-character.txt")).out()).doesNotContain("invalid-utf8");
  }

  @Test
  void statsAreTheModelPathsFiguresOnEveryFixture() throws IOException {
    Cli.Run run = cli().run(concat(List.of("stats", "--json"), everyFixture()));

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(expected, UTF_8), false);
    StatsWriter writer = StatsWriter.json(out);
    DiscussionStats total = new DiscussionStats("total");
    for (Discussion discussion : modelDiscussions(false, false)) {
      writer.discussion(DiscussionStats.of(discussion));
      total.add(discussion);
    }
    writer.total(total);
    out.flush();
    assertThat(run.out()).isEqualTo(expected.toString(UTF_8));
    assertThat(run.status()).isEqualTo(2); // the binary fixture
  }

  @Test
  void checkPrintsTheModelPathsDiagnosticsOnEveryFixture() {
    for (String limit : List.of("1000", "1")) {
      List<String> common = List.of("--max-diagnostics", limit, path(""), streaming(""));
      Cli.Run model = cli().run(concat(List.of("convert", "--to", "json", "-o", temp.resolve("check" + limit).toString()),
          common));
      Cli.Run check = cli().run(concat(List.of("check"), common));

      // The model path prints each dump's diagnostics on stderr, in the very format check prints them.
      List<String> diagnostics = model.err().lines()
          .filter(line -> !line.startsWith("threadkit: ") && !line.startsWith("converted ")).toList();
      assertThat(check.out().lines().toList()).as("--max-diagnostics " + limit).isEqualTo(diagnostics);
      assertThat(check.err().lines().filter(line -> line.startsWith("threadkit: ")).toList())
          .isEqualTo(model.err().lines().filter(line -> line.startsWith("threadkit: ")).toList());
    }
  }

  @Test
  void theOutputDoesNotDependOnTheNumberOfThreads() {
    List<String> args = Arrays.asList(concat(List.of("convert", "--to", "csv"), everyFixture()));
    Cli.Run one = cli().run(concat(args, List.of("--jobs", "1")));
    Cli.Run four = cli().run(concat(args, List.of("--jobs", "4")));

    assertThat(four.out()).isEqualTo(one.out());
    assertThat(withoutTime(four.err())).isEqualTo(withoutTime(one.err()));
  }

  // ---- the model path, as convert wrote rows before it streamed ----

  private static String modelRows(StreamExporter exporter, boolean strict) throws IOException {
    return write(exporter, modelDiscussions(strict, true));
  }

  private static String modelRows(StreamExporter exporter, boolean strict, Path file) throws IOException {
    return write(exporter, parseAll(strict, List.of(file), true));
  }

  private static String write(StreamExporter exporter, List<Discussion> discussions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = exporter.open(out)) {
      for (Discussion discussion : discussions) {
        session.write(discussion);
      }
    }
    return out.toString(UTF_8);
  }

  /** Every fixture that parses, in the command line's order; with {@code uniqueIds}, the first of each id only. */
  private static List<Discussion> modelDiscussions(boolean strict, boolean uniqueIds) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : everyFixture()) {
      files.addAll(DumpFiles.below(Path.of(folder)).dumps());
    }
    return parseAll(strict, files, uniqueIds);
  }

  private static List<Discussion> parseAll(boolean strict, List<Path> files, boolean uniqueIds) throws IOException {
    DumpParser parser = DumpParser.builder().strict(strict).build();
    List<Discussion> discussions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
      if (!bom && indexOf(bytes, (byte) 0) >= 0) {
        continue; // the binary fixture: refused before it is parsed
      }
      try {
        Discussion discussion = parser.parse(bytes, DumpParser.idOf(file)).discussion();
        if (!uniqueIds || ids.add(discussion.id())) {
          discussions.add(discussion);
        }
      } catch (DumpParseException e) {
        // rejected: no rows
      }
    }
    return discussions;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static String streaming(String name) {
    try {
      return Path.of(StreamingPathTest.class.getResource("/streaming/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b.stream().filter(s -> !s.equals("--lenient-placeholder")).toList());
    return all.toArray(String[]::new);
  }

  /** Standard error with the summary's elapsed time taken out. */
  private static String withoutTime(String err) {
    UnaryOperator<String> strip = line -> line.replaceAll(" in \\d+\\.\\d s", " in _ s");
    return String.join("\n", err.lines().map(strip).toList());
  }
}
