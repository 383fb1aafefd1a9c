package dev.threadkit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The seed discussion in every format, compared with the checked-in golden files. The dump
 * format's golden file is the seed itself: see {@link DumpExporterTest}.
 */
class GoldenTest {

  @Test
  void json() throws IOException {
    Golden.assertMatches("seed.json", document(JsonExporter.builder().build()));
  }

  @Test
  void jsonl() throws IOException {
    Golden.assertMatches("seed.jsonl", document(JsonLinesExporter.builder().build()));
  }

  @Test
  void csv() throws IOException {
    Golden.assertMatches("seed.csv", document(CsvExporter.builder().build()));
  }

  static byte[] document(DocumentExporter exporter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(SeedDiscussion.discussion(), out);
    return out.toByteArray();
  }
}
