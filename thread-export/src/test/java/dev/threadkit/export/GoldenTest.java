package dev.threadkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void graphml() throws IOException {
    Golden.assertMatches("seed.graphml", document(GraphMlExporter.builder().build()));
  }

  @Test
  void graphmlAuthors() throws IOException {
    Golden.assertMatches("seed-authors.graphml", document(GraphMlExporter.builder().graph(GraphKind.AUTHORS).build()));
  }

  @Test
  void dot() throws IOException {
    Golden.assertMatches("seed.dot", document(DotExporter.builder().build()));
  }

  @Test
  void dotAuthors() throws IOException {
    Golden.assertMatches("seed-authors.dot", document(DotExporter.builder().graph(GraphKind.AUTHORS).build()));
  }

  @Test
  void markdown() throws IOException {
    Golden.assertMatches("seed.md", document(MarkdownExporter.builder().build()));
  }

  @Test
  void convokit(@TempDir Path dir) throws IOException {
    ConvoKitExporter.builder().build().write(SeedDiscussion.discussion(), dir);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(ConvoKitTest.FILES.toArray(String[]::new));
    }
    for (String file : ConvoKitTest.FILES) {
      Golden.assertMatches("seed-convokit/" + file, Files.readAllBytes(dir.resolve(file)));
    }
  }

  static byte[] document(DocumentExporter exporter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(SeedDiscussion.discussion(), out);
    return out.toByteArray();
  }
}
