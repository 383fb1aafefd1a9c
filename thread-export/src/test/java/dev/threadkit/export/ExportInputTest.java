package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Discussion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An export input carries the parser's diagnostics to every format without special cases. */
class ExportInputTest {

  private static final ExportDiagnostic GAP = new ExportDiagnostic("warning", "ordinal-gap", 9, 3, "comments 4 and 5 are missing");

  private static String write(DocumentExporter exporter, ExportInput input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(input, out);
    return out.toString(UTF_8);
  }

  @Test
  void jsonWritesTheDiagnosticsOfAParsedInput() throws IOException {
    Discussion discussion = Fixtures.zigzag();

    String json = write(JsonExporter.builder().pretty(false).build(), ExportInput.parsed(discussion, List.of(GAP), "x.txt"));

    assertThat(json).contains("\"diagnostics\":[{\"severity\":\"warning\",\"code\":\"ordinal-gap\",\"line\":9,\"column\":3");
  }

  @Test
  void jsonWithoutAParseHasNoDiagnosticsField() throws IOException {
    String json = write(JsonExporter.builder().pretty(false).build(), ExportInput.of(Fixtures.zigzag()));

    assertThat(json).doesNotContain("\"diagnostics\"");
  }

  @Test
  void otherFormatsWriteTheDiscussionAsFromTheDiscussionAlone() throws IOException {
    Discussion discussion = Fixtures.zigzag();
    for (Exporter exporter : Exporters.all()) {
      if (exporter instanceof DocumentExporter document && !(exporter instanceof JsonExporter)) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        document.write(discussion, plain);

        assertThat(write(document, ExportInput.parsed(discussion, List.of(GAP), "x.txt")))
            .as(exporter.name()).isEqualTo(plain.toString(UTF_8));
      }
    }
  }

  @Test
  void aBlankSourceNameIsRefused() {
    assertThatThrownBy(() -> ExportInput.parsed(Fixtures.zigzag(), List.of(), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
