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
}
