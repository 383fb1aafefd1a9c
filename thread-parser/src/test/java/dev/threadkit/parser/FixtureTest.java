package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-written dump under {@code src/test/resources/dumps/<dialect>/} parses, with that
 * dialect forced, to exactly the structure written beside it in {@code <name>.expected}: every
 * field of the article and of every comment, every diagnostic and every line kept as written.
 *
 * <p>Automatic detection must choose the folder's dialect too, and then read the same thing.
 * A fixture it reads otherwise says so in its first line ({@code dialect: topcor, detected as
 * plain}); only a fixture in which the forced dialect finds no comment may.
 *
 * <p>To rewrite the expected files after a deliberate change, run with
 * {@code -Dthreadkit.rewriteExpected=true} and review the diff.
 */
class FixtureTest {

  static final Path DUMPS = Path.of("src/test/resources/dumps");
  /** The fixtures of the first dialect. */
  static final Path TOPCOR = DUMPS.resolve("topcor");

  private static final DumpParser DETECTING = DumpParser.builder().build();

  /** Every fixture, as {@code <dialect>/<name>.txt}. */
  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(DUMPS, 2)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt") && p.getNameCount() == DUMPS.getNameCount() + 2)
          .map(p -> DUMPS.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void parsesToTheExpectedStructure(String fixture) throws IOException {
    Path file = DUMPS.resolve(fixture);
    String dialect = fixture.substring(0, fixture.indexOf('/'));
    ParseResult forced = DumpParser.builder().dialect(dialect).build().parse(file);
    ParseResult detected = DETECTING.parse(file);

    String actual = Outline.of(forced, detected.dialect());
    Path expected = DUMPS.resolve(fixture.replace(".txt", ".expected"));
    if (Boolean.getBoolean("threadkit.rewriteExpected")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));

    assertThat(forced.dialect()).isEqualTo(dialect);
    if (detected.dialect().equals(dialect)) {
      assertThat(Outline.of(detected)).as("read with the detected dialect").isEqualTo(Outline.of(forced));
    } else {
      assertThat(forced.discussion().comments()).as("a fixture detected as another dialect has no comments").isEmpty();
      assertThat(detected.dialect()).isEqualTo("plain");
      assertThat(detected.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NO_COMMENTS_FOUND);
    }
    assertThat(forced.unplacedLines()).as("the result's unplaced lines are its comments'")
        .isEqualTo(forced.discussion().comments().stream().flatMap(c -> c.unplaced().stream()).toList());
    assertThat(NoLineLost.lostLines(Files.readString(file, StandardCharsets.UTF_8), forced)).isEmpty();
  }

  /**
   * A parsed discussion keeps its comments as arrays over the input; what it answers from them
   * (ids, texts, lookups) must be what the comments it makes say, and a copy built in code from
   * those comments, or one compacted, must be equal to it.
   */
  @ParameterizedTest
  @MethodSource("fixtures")
  void theArenaAnswersWhatItsCommentsSay(String fixture) throws IOException {
    Discussion parsed = DETECTING.parse(DUMPS.resolve(fixture)).discussion();
    List<Comment> comments = parsed.comments();
    Discussion copy = Discussion.builder(parsed.id()).dialect(parsed.dialect()).article(parsed.article())
        .addAll(comments).build();
    assertThat(parsed).isEqualTo(copy);
    assertThat(copy).isEqualTo(parsed);
    assertThat(parsed.hashCode()).isEqualTo(copy.hashCode());
    assertThat(parsed.compact()).isEqualTo(copy);
    assertThat(parsed.authors()).isEqualTo(copy.authors());
    assertThat(parsed.maxDepth()).isEqualTo(copy.maxDepth());
    for (int i = 0; i < parsed.size(); i++) {
      Comment comment = comments.get(i);
      assertThat(parsed.idAt(i)).isEqualTo(comment.id());
      assertThat(parsed.indexOf(comment.id())).isEqualTo(i);
      assertThat(parsed.repliesOf(comment.id())).isEqualTo(copy.repliesOf(comment.id()));
      CommentView view = parsed.commentView(i);
      char[] text = new char[view.textLength()];
      view.getText(text, 0);
      assertThat(new String(text)).isEqualTo(comment.text());
      assertThat(view.id()).isEqualTo(comment.id());
      assertThat(view.time()).isEqualTo(comment.time());
      assertThat(view.source()).isEqualTo(comment.source());
    }
    List<String> streamed = new ArrayList<>();
    DETECTING.read(Files.readString(DUMPS.resolve(fixture), StandardCharsets.UTF_8), parsed.id(), new DumpHandler() {
      @Override
      public void comment(ParsedComment comment) {
        char[] text = new char[comment.textLength() + 1];
        comment.getText(text, 1);
        assertThat(new String(text, 1, text.length - 1)).isEqualTo(comment.text());
        streamed.add(comment.text());
      }
    });
    assertThat(streamed).isEqualTo(comments.stream().map(Comment::text).toList());
  }

  @Test
  void everyDialectFolderIsAnInstalledDialectAndHoldsFixtures() throws IOException {
    List<String> installed = DETECTING.dialects().stream().map(d -> d.name()).toList();
    try (Stream<Path> folders = Files.list(DUMPS)) {
      List<Path> all = folders.filter(Files::isDirectory).toList();
      assertThat(all).extracting(p -> p.getFileName().toString()).contains("topcor", "plain")
          .allSatisfy(name -> assertThat(installed).contains(name));
      for (Path folder : all) {
        try (Stream<Path> files = Files.list(folder)) {
          List<String> names = files.map(p -> p.getFileName().toString()).toList();
          assertThat(names).as(folder.toString()).anyMatch(n -> n.endsWith(".txt"));
          assertThat(names).as("each fixture has its expected outline").allSatisfy(n ->
              assertThat(names).contains(n.replaceFirst("\\.(txt|expected)$", ".txt"),
                  n.replaceFirst("\\.(txt|expected)$", ".expected")));
        }
      }
    }
    assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(19);
  }
}
