package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

  @Test
  void nestingIsOneBlockquoteLevelPerDepth() {
    String md = new String(FlatExportTest.write(MarkdownExporter.builder().build(), Fixtures.zigzag()), UTF_8);

    assertThat(md).contains("\n**user1** (Name 0) · 4 March 2021 05:00 · #1\n");
    assertThat(md).contains("\n> **user2** · 4 March 2021 05:01 · #1.1\n>\n> text of 1.1\n");
    assertThat(md).contains("\n> > > **user4** · 4 March 2021 05:07 · #2.1.1.1\n> > >\n> > > text of 2.1.1.1\n");
    assertThat(md).endsWith("text of 3\n");
  }

  @Test
  void escapesMarkupSoTextReadsAsWritten() {
    String md = new String(FlatExportTest.write(MarkdownExporter.builder().build(), Fixtures.tricky()), UTF_8);
    List<String> lines = List.of(md.split("\n", -1));

    assertThat(lines).contains(
        "\\# not a heading\\",
        "1\\. not a list\\",
        "\\> not a quote\\",
        "\\*stars\\* \\_under\\_ \\`code\\` \\[link\\](x) \\|pipe\\|\\",
        "indented \\<b\\>\\&amp;\\</b\\> \\\\ back\\\\slash\\");
    assertThat(md).startsWith("# A \"title\" with \\<tags\\> \\& \\\\ backslash\n\n*3 comments shown on the page*\n");
    assertThat(md).contains("**Online Warrior** (Иван \"Ваня\") · online · 2 January 2020 03:04 · #1\n");
  }

  @Test
  void marksAnonymousAuthorsKindsRelativeTimesAndKeptLines() {
    String md = new String(FlatExportTest.write(MarkdownExporter.builder().build(), Fixtures.schema2()), UTF_8);

    assertThat(md).contains("\n**alice** (Alice A.) · online · 5 hours ago · #1\n\nFirst.\n\n*Kept as written:*\n\n"
        + "- line 7: `  1. alice Online 5 hours ago ?`\n- line 8: `    stray`\n");
    assertThat(md).contains("\n> **(anonymous)** · yesterday · #1.1\n>\n> Anonymous reply.\n");
    assertThat(md).contains("\n**(anonymous)** · pingback · #2\n");
    assertThat(md).contains("\n**bob** · deleted · 29 February 2024 23:05 · #3\n");
    assertThat(md).contains("\n*Photo: someone*\n\nLeave a reply\n\nShare: x, y\n");
  }

  @Test
  void codeSpansHoldBackticksWithALongerFence() {
    assertThat(dev.threadkit.export.internal.MarkdownWriter.code("a `b` c")).isEqualTo("``a `b` c``");
  }
}
