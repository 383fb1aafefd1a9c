package dev.threadkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportersTest {

  @Test
  void findsEveryFormatByNameWithItsKindAndInterface() {
    Map<String, ExportKind> kinds = Map.of("json", ExportKind.DOCUMENT, "jsonl", ExportKind.STREAM,
        "csv", ExportKind.STREAM, "convokit", ExportKind.DIRECTORY, "graphml", ExportKind.DOCUMENT,
        "dot", ExportKind.DOCUMENT, "markdown", ExportKind.DOCUMENT, "dump", ExportKind.DOCUMENT);

    assertThat(Exporters.names()).containsExactly("json", "jsonl", "csv", "convokit", "graphml", "dot", "markdown", "dump");
    kinds.forEach((name, kind) -> {
      Exporter exporter = Exporters.byName(name).orElseThrow();
      assertThat(exporter.name()).isEqualTo(name);
      assertThat(exporter.kind()).as(name).isEqualTo(kind);
      Class<?> type = switch (kind) {
        case DOCUMENT -> DocumentExporter.class;
        case STREAM -> StreamExporter.class;
        case DIRECTORY -> CorpusExporter.class;
      };
      assertThat(exporter).as(name).isInstanceOf(type);
    });
    assertThat(Exporters.byName("xml")).isEmpty();
    assertThat(Exporters.all()).hasSize(8);
  }

  @Test
  void documentFormatsNameTheirFileExtension() {
    assertThat(Exporters.all()).filteredOn(e -> e instanceof DocumentExporter)
        .extracting(e -> ((DocumentExporter) e).fileExtension())
        .containsExactly("json", "jsonl", "csv", "graphml", "dot", "md", "txt");
  }
}
