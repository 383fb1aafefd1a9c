package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dump exporter hands each discussion to the installed writer of its dialect. These tests
 * run with thread-parser on the test class path, so topcor's writer is found as users find it.
 */
class DumpExporterTest {
  private final DumpExporter dump = DumpExporter.builder().build();

  @Test
  void seedDumpIsByteIdenticalToTheSeedFile() throws IOException {
    byte[] written = bytes(SeedDiscussion.discussion());

    assertThat(new String(written, UTF_8)).isEqualTo(new String(SeedDiscussion.bytes(), UTF_8));
    assertThat(written).isEqualTo(SeedDiscussion.bytes());
  }

  @Test
  void writesFurnitureAsBlocksAndBothHeaderForms() throws IOException {
    Discussion discussion = Discussion.builder("d").dialect("topcor")
        .article(Article.of("Title", List.of("First\nstill first", "Second"))
            .withCommentCount(12)
            .with(Attribute.PHOTO_CREDIT, "Used photos: pixabay.com")
            .withBoilerplate(List.of("Boilerplate")))
        .add(Comment.builder(CommentId.of(1), Author.of("Online Warrior"))
            .attribute(Attribute.PRESENCE, Presence.ONLINE)
            .posted(LocalDateTime.of(2021, 1, 5, 7, 3))
            .text("a\n\nb\n")
            .build())
        .add(Comment.builder(CommentId.of(1, 1), Author.of("x.y", "Икс")).build())
        .add(Comment.builder(CommentId.of(1, 1, 1), Author.of("deep")).posted(LocalDateTime.of(2021, 1, 5, 23, 59)).build())
        .add(Comment.builder(CommentId.of(2), Author.of("z")).text("body").build())
        .build();

    assertThat(new String(bytes(discussion), UTF_8)).isEqualTo(String.join("\n",
        "Title",
        "",
        "12",
        "",
        "First",
        "still first",
        "",
        "Second",
        "",
        "  \u2022 Used photos: pixabay.com",
        "",
        "Boilerplate",
        "  1. Online Warrior Online Online Warrior",
        "    Online Warrior 5 January 2021 07: 03",
        "    a",
        "",
        "    b",
        "",
        "    1. x.y (Икс)",
        "      1. deep 5 January 2021 23: 59",
        "  2. z",
        "    body"));
  }

  @Test
  void articleWithoutCommentsEndsAfterItsLastBlock() throws IOException {
    Discussion discussion = Discussion.builder("d").dialect("topcor").article(Article.of("T", List.of("P"))).build();

    assertThat(new String(bytes(discussion), UTF_8)).isEqualTo("T\n\nP");
  }

  @Test
  void findsTheParsersTopcorWriterWithServiceLoader() {
    assertThat(dump.dialects()).contains("topcor");
  }

  @Test
  void aDiscussionWithoutDialectFailsSayingToSetOne() {
    Discussion discussion = Discussion.builder("built-in-code").article(Article.of("T", List.of("P"))).build();

    assertThatThrownBy(() -> bytes(discussion))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot write discussion built-in-code as a dump: it names no dialect; set one with"
            + " Discussion.builder(id).dialect(name)")
        .hasMessageContaining("topcor")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aDialectWithoutAnInstalledWriterFailsNamingIt() {
    Discussion discussion = Discussion.builder("d").dialect("forum-x").article(Article.of("T", List.of("P"))).build();

    assertThatThrownBy(() -> bytes(discussion))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot write discussion d as a dump: no writer of dialect 'forum-x' is installed")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anAddedWriterWritesItsDialectAndCanReplaceAnInstalledOne() throws IOException {
    DialectWriter shout = new DialectWriter() {
      @Override
      public String dialect() {
        return "topcor";
      }

      @Override
      public void write(Discussion discussion, Appendable out) throws IOException {
        out.append(discussion.article().title().toUpperCase(java.util.Locale.ROOT));
      }
    };
    DumpExporter custom = DumpExporter.builder().addWriter(shout).build();
    StringWriter out = new StringWriter();

    custom.write(Discussion.builder("d").dialect("topcor").article(Article.of("quiet", List.of())).build(), out);

    assertThat(out).hasToString("QUIET");
    assertThat(new String(bytes(SeedDiscussion.discussion()), UTF_8)).as("the default exporter is unchanged")
        .startsWith("Korea Times");
  }

  @Test
  void topcorCannotWriteAnAnonymousComment() {
    Discussion discussion = Discussion.builder("d").dialect("topcor").article(Article.of("T", List.of()))
        .add(Comment.builder(CommentId.of(1)).text("who?").build())
        .build();

    assertThatThrownBy(() -> bytes(discussion)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no author");
  }

  @Test
  void isFoundByName() {
    assertThat(Exporters.byName("dump")).get().isInstanceOf(DumpExporter.class);
    assertThat(Exporters.byName("DUMP").orElseThrow().kind()).isEqualTo(ExportKind.DOCUMENT);
  }

  private byte[] bytes(Discussion discussion) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dump.write(discussion, out);
    return out.toByteArray();
  }
}
