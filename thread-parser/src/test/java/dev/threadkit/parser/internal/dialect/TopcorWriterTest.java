package dev.threadkit.parser.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing discussions back as topcor dumps, and reading them again. */
class TopcorWriterTest {

  static final Path TOPCOR = Path.of("src/test/resources/dumps/topcor");
  private static final DumpParser TOPCOR_PARSER = DumpParser.builder().dialect("topcor").build();

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(TOPCOR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
    }
  }

  static String write(Discussion discussion) {
    StringBuilder out = new StringBuilder();
    try {
      new TopcorWriter().write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void writingWhatWasReadIsAFixedPoint(String fixture) throws IOException {
    ParseResult first = TOPCOR_PARSER.parse(TOPCOR.resolve(fixture));
    String written = write(first.discussion());

    ParseResult again = TOPCOR_PARSER.parse(written, first.discussion().id());

    assertThat(write(again.discussion())).isEqualTo(written);
    assertThat(again.discussion().comments()).extracting(c -> c.id().toString())
        .isEqualTo(first.discussion().comments().stream().map(c -> c.id().toString()).toList());
  }

  @Test
  void theRussianEditionReadsBackToTheSameDiscussionInTheWritersWords() throws IOException {
    Discussion russian = TOPCOR_PARSER.parse(TOPCOR.resolve("russian-edition.txt")).discussion();

    String written = write(russian);
    ParseResult again = DumpParser.builder().build().parse(written, russian.id());

    assertThat(again.dialect()).isEqualTo("topcor");
    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.discussion().withoutSources()).isEqualTo(russian.withoutSources());
    assertThat(written).contains("    Анна Вчера, 15:35\n", "  1. Иван Петров Offline Иван Петров\n",
        "    Иван Петров (Иван) 9 December 2020 15: 35\n", "    1. Сергей К. Сегодня, 10:05\n");
  }

  @Test
  void theRussianVocabularyWritesRussianWords() throws IOException {
    TopcorWriter russianWriter = new TopcorWriter(
        Vocabulary.resource(TopcorDialect.class, "topcor-ru.vocabulary"));
    Discussion discussion = Discussion.builder("ru").dialect("topcor").article(Article.of("Заголовок", List.of()))
        .add(Comment.builder(CommentId.of(1), Author.of("Анна")).attribute(Attribute.PRESENCE, Presence.ONLINE)
            .posted(LocalDateTime.of(2020, 12, 9, 15, 5)).text("Текст").build())
        .build();
    StringBuilder out = new StringBuilder();

    russianWriter.write(discussion, out);

    assertThat(out.toString()).isEqualTo("Заголовок\n  1. Анна В сети Анна\n    Анна 9 декабря 2020 15: 05\n    Текст");
    assertThat(TOPCOR_PARSER.parse(out.toString(), "ru").discussion().withoutSources()).isEqualTo(discussion);
  }

  @Test
  void aRelativeTimeIsWrittenAsThePageWroteIt() {
    Discussion discussion = Discussion.builder("rel").article(Article.of("T", List.of()))
        .add(Comment.builder(CommentId.of(1), Author.of("bob")).time(CommentTime.relative("Yesterday, 09:15"))
            .text("hi").build())
        .build();

    assertThat(write(discussion)).isEqualTo("T\n  1. bob Yesterday, 09:15\n    hi");
  }

  @Test
  void anAnonymousCommentCannotBeWrittenAndTheErrorNamesIt() {
    Discussion discussion = Discussion.builder("anon").article(Article.of("T", List.of()))
        .add(Comment.builder(CommentId.of(1), Author.of("bob")).text("hi").build())
        .add(Comment.builder(CommentId.of(1, 1)).text("Pingback: elsewhere").build())
        .build();

    assertThatThrownBy(() -> write(discussion)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.1").hasMessageContaining("no author");
  }

  @Test
  void theSeedIsWrittenBackByteForByte() throws IOException {
    Path seed = Path.of("../seeds/000_599c788b2f42df5e.txt");

    assertThat(write(TOPCOR_PARSER.parse(seed).discussion())).isEqualTo(Files.readString(seed, StandardCharsets.UTF_8));
  }
}
