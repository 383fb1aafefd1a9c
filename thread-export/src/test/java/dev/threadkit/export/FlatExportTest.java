package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** JSON Lines and CSV, read back with Jackson's own readers. */
class FlatExportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CsvMapper CSV = CsvMapper.builder().build();

  @Test
  void jsonLinesReadBackAsTheModel() throws IOException {
    for (Discussion discussion : List.of(SeedDiscussion.discussion(), Fixtures.tricky(), Fixtures.zigzag(), Fixtures.schema2())) {
      List<Map<String, Object>> rows = readJsonLines(write(JsonLinesExporter.builder().build(), discussion));

      assertRows(rows, List.of(discussion), false);
    }
  }

  @Test
  void csvReadsBackAsTheModelWithQuotesNewlinesAndCommas() throws IOException {
    for (Discussion discussion : List.of(SeedDiscussion.discussion(), Fixtures.tricky(), Fixtures.zigzag(), Fixtures.schema2())) {
      byte[] csv = write(CsvExporter.builder().build(), discussion);

      assertThat(new String(csv, UTF_8)).startsWith(ModelAssertions.CSV_HEADER);
      assertRows(readCsv(csv), List.of(discussion), true);
    }
  }

  @Test
  void csvQuotesPerRfc4180() throws IOException {
    String csv = new String(write(CsvExporter.builder().build(), Fixtures.tricky()), UTF_8);

    assertThat(csv).contains("\"a,b\"\"c\\d\"");          // comma and quote: quoted, quote doubled
    assertThat(csv).contains("\"Commas, \"\"quotes\"\", 'single'\nsecond line;"); // newline kept inside quotes
    assertThat(csv).contains("\" leading and trailing space \"");
    assertThat(csv).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void manyDiscussionsStreamIntoOneOutputUnderOneHeader() throws IOException {
    List<Discussion> discussions = List.of(SeedDiscussion.discussion(), Fixtures.tricky(), Fixtures.zigzag(), Fixtures.schema2());
    int comments = discussions.stream().mapToInt(Discussion::size).sum();

    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (ExportSession lines = JsonLinesExporter.builder().build().open(jsonl);
        ExportSession records = CsvExporter.builder().build().open(csv)) {
      for (Discussion discussion : discussions) {
        lines.write(discussion);
        records.write(discussion);
      }
    }

    List<Map<String, Object>> jsonRows = readJsonLines(jsonl.toByteArray());
    List<Map<String, Object>> csvRows = readCsv(csv.toByteArray());
    assertThat(jsonRows).hasSize(comments);
    assertThat(csvRows).hasSize(comments);
    assertRows(jsonRows, discussions, false);
    assertRows(csvRows, discussions, true);
    assertThat(new String(csv.toByteArray(), UTF_8).split("discussion,dialect,id,parent", -1)).hasSize(2);
  }

  @Test
  void anEmptySessionIsAWellFormedEmptyOutput() throws IOException {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ByteArrayOutputStream headless = new ByteArrayOutputStream();
    JsonLinesExporter.builder().build().open(jsonl).close();
    CsvExporter.builder().build().open(csv).close();
    CsvExporter.builder().header(false).build().open(headless).close();

    assertThat(jsonl.toByteArray()).isEmpty();
    assertThat(new String(csv.toByteArray(), UTF_8)).isEqualTo(ModelAssertions.CSV_HEADER);
    assertThat(headless.toByteArray()).isEmpty();
  }

  @Test
  void headerlessCsvAppendsRowsOnly() throws IOException {
    String csv = new String(write(CsvExporter.builder().header(false).build(), Fixtures.zigzag()), UTF_8);

    assertThat(csv).startsWith("zigzag,topcor,1,,0,user1,").doesNotContain("discussion,id");
  }

  @Test
  void aClosedSessionRefusesMoreDiscussions() throws IOException {
    ExportSession session = JsonLinesExporter.builder().build().open(new ByteArrayOutputStream());
    session.close();
    session.close(); // twice is fine

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.write(Fixtures.zigzag()))
        .isInstanceOf(IllegalStateException.class);
  }

  static void assertRows(List<Map<String, Object>> rows, List<Discussion> discussions, boolean csv) {
    List<Object[]> expected = new ArrayList<>();
    for (Discussion discussion : discussions) {
      for (Comment comment : discussion.comments()) {
        expected.add(new Object[] {discussion, comment});
      }
    }
    assertThat(rows).hasSameSizeAs(expected);
    for (int i = 0; i < rows.size(); i++) {
      ModelAssertions.assertRow(rows.get(i), (Discussion) expected.get(i)[0], (Comment) expected.get(i)[1], csv);
    }
  }

  static List<Map<String, Object>> readJsonLines(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    assertThat(text).endsWith("\n");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = JSON.readValue(line, Map.class);
      rows.add(row);
    }
    return rows;
  }

  static List<Map<String, Object>> readCsv(byte[] bytes) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, Object>> it = CSV.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(bytes)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  static byte[] write(DocumentExporter exporter, Discussion discussion) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporter.write(discussion, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  static byte[] write(StreamExporter exporter, List<Discussion> discussions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = exporter.open(out)) {
      for (Discussion discussion : discussions) {
        session.write(discussion);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }
}
