package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.spi.Events;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Events#heldComment} and {@link Events#place}: a comment whose place a later line
 * decides is placed as if the dialect had looked ahead to that line, with the same diagnostics
 * at the same lines and columns. The fixtures are in {@code src/test/resources/held-dialect},
 * read with {@link FooterDialect}; to rewrite their expected outlines after a deliberate
 * change, run with {@code -Dthreadkit.rewriteExpected=true} and review the diff.
 */
class HeldPlacementTest {
  static final Path FIXTURES = Path.of("src/test/resources/held-dialect");

  private static ParseResult parse(FooterDialect dialect, String fixture) {
    return DumpParser.builder().addDialect(dialect).dialect("footer").build().parse(FIXTURES.resolve(fixture));
  }

  @ParameterizedTest
  @ValueSource(strings = {"footer-decides-the-depth.txt", "no-footer-placed-as-started.txt",
      "repairs-reported-at-the-header.txt"})
  void aHeldPlaceGivesWhatLookingAheadGives(String fixture) throws IOException {
    String held = Outline.of(parse(new FooterDialect(false), fixture), "footer");
    String ahead = Outline.of(parse(new FooterDialect(true), fixture), "footer");

    Path expected = FIXTURES.resolve(fixture.replace(".txt", ".expected"));
    if (Boolean.getBoolean("threadkit.rewriteExpected")) {
      Files.writeString(expected, held, StandardCharsets.UTF_8);
    }
    assertThat(held).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(held).as("the same dialect looking ahead from each header").isEqualTo(ahead);
  }

  @Test
  void theFooterPlacesEachComment() {
    ParseResult result = parse(new FooterDialect(false), "footer-decides-the-depth.txt");

    assertThat(result.discussion().comments()).extracting(c -> c.id().toShortString())
        .containsExactly("1", "1.1", "1.1.1", "2");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aCommentNothingPlacesTakesTheDepthItStartedWith() {
    ParseResult result = parse(new FooterDialect(false), "no-footer-placed-as-started.txt");

    // bob has no footer: carol's header ends him, at depth 0; dan's copy stops before his footer.
    assertThat(result.discussion().comments()).extracting(c -> c.id().toShortString())
        .containsExactly("1", "2", "2.1", "3");
  }

  @Test
  void theTreesRepairsAreReportedAtTheHeaderLineNotTheLineThatDecides() {
    ParseResult result = parse(new FooterDialect(false), "repairs-reported-at-the-header.txt");

    assertThat(result.discussion().comments()).extracting(c -> c.id().toShortString())
        .containsExactly("1", "1.1", "1.1.1");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiagnosticCode.DEPTH_JUMP, 6, 1),
            org.assertj.core.groups.Tuple.tuple(DiagnosticCode.DEPTH_JUMP, 10, 1));
    assertThat(result.diagnostics().get(0).excerpt()).isEqualTo("From: bob");
  }

  @Test
  void whileHeldTheCommentHasNoDepthOrIdAndItIsPlacedOnce() {
    FooterDialect dialect = new FooterDialect(false);
    parse(dialect, "footer-decides-the-depth.txt");

    assertThat(dialect.seen.subList(0, 3)).containsExactly("held -1 ''", "placed 0 '1'",
        "placed twice: the open comment is placed already");
    assertThat(dialect.seen).filteredOn(s -> s.startsWith("placed ") && !s.startsWith("placed twice")).containsExactly(
        "placed 0 '1'", "placed 1 '1.1'", "placed 2 '1.1.1'", "placed 0 '2'");
  }

  @Test
  void aStreamingHandlerGetsEachCommentPlaced() {
    List<String> comments = new ArrayList<>();
    String text = read(FIXTURES.resolve("footer-decides-the-depth.txt"));
    DumpParser.builder().addDialect(new FooterDialect(false)).dialect("footer").build().read(text, "f",
        new DumpHandler() {
          @Override
          public void comment(ParsedComment comment) {
            comments.add(comment.id().toShortString() + " at " + comment.depth());
          }
        });

    assertThat(comments).containsExactly("1 at 0", "1.1 at 1", "1.1.1 at 2", "2 at 0");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
