package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Article;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lone surrogate (possible in a discussion built in code, never in one parsed from UTF-8)
 * cannot be written in UTF-8: every text format writes U+FFFD in its place, and none fails.
 */
class LoneSurrogateTest {
  private static final Discussion BROKEN = Discussion.builder("lone").dialect("topcor")
      .article(Article.of("Title \uD800", List.of("Paragraph \uDC00.")))
      .add(Comment.builder(CommentId.of(1), Author.of("a\uD800b")).text("x\uDBFFy").build())
      .build();

  @Test
  void everyDocumentFormatWritesAReplacementCharacter() throws Exception {
    for (String name : List.of("json", "jsonl", "csv", "markdown", "dump", "dot", "graphml")) {
      DocumentExporter exporter = (DocumentExporter) Exporters.byName(name).orElseThrow();
      String written = new String(FlatExportTest.write(exporter, BROKEN), UTF_8);
      assertThat(written).as(name).contains("\uFFFD").doesNotContain("?y");
    }
  }

  @Test
  void convoKitWritesItsWholeCorpus(@TempDir Path dir) throws Exception {
    ConvoKitExporter.builder().build().write(BROKEN, dir);
    assertThat(dir.resolve("index.json")).exists();
    assertThat(Files.readString(dir.resolve("utterances.jsonl"), UTF_8)).contains("x\uFFFDy");
    assertThat(Files.readString(dir.resolve("speakers.json"), UTF_8)).contains("a\uFFFDb");
  }
}
