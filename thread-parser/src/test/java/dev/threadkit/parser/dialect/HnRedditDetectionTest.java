package dev.threadkit.parser.dialect;

import static dev.threadkit.parser.dialect.DialectFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detection tells the web-copy dialects apart from each other and from the others: hn copies,
 * reddit copies, topcor dumps, numbered blogs and plain text each win their own dialect, with no tie.
 */
class HnRedditDetectionTest {
  private static final DumpParser PARSER = DumpParser.builder().build();

  @ParameterizedTest
  @CsvSource({
      "hn/story-page-logged-out.txt, hn",
      "hn/constant-indent.txt, hn",
      "hn/starts-mid-thread.txt, hn",
      "reddit/old-reddit-child-counts.txt, reddit",
      "reddit/new-reddit-levels.txt, reddit",
      "reddit/mirror-headers.txt, reddit",
      "numbered/wordpress-replies-by-indent-pingbacks-form.txt, numbered",
      "numbered/blogger-lead-ins-at-the-margin.txt, numbered",
      "topcor/deep-thread-twelve-levels.txt, topcor",
      "topcor/mixed-header-forms-online-offline.txt, topcor",
      "topcor/page-furniture.txt, topcor",
      "numbered/article-with-a-numbered-list-no-comments.txt, plain"})
  void eachFixtureIsReadInItsOwnDialect(String fixture, String dialect) {
    // the first dialect's fixtures sit in dumps/topcor/ once the ported tests land, in dumps/ before
    String text = fixture.startsWith("topcor/") && DialectFixtures.class.getResource("/dumps/" + fixture) == null
        ? read(fixture.substring("topcor/".length())) : read(fixture);
    ParseResult result = PARSER.parse(text, fixture);
    assertThat(result.dialect()).isEqualTo(dialect);
    assertThat(result.diagnostics()).noneMatch(d -> d.code().id().equals("dialect-ambiguous"));
  }

  @ParameterizedTest
  @CsvSource({
      "hn-page-copy.txt, hn",
      "numbered-wordpress.txt, numbered",
      "numbered-blogger.txt, numbered"})
  void theRealSamplesAreReadInTheirDialects(String sample, String dialect) throws IOException {
    Path file = Path.of("../../shared/samples", sample);
    assumeTrue(Files.isRegularFile(file), "the shared samples are not here");
    assertThat(PARSER.parse(Files.readString(file), sample).dialect()).isEqualTo(dialect);
  }

  @ParameterizedTest
  @CsvSource({"disqus-widget-copy.txt", "youtube-watch-page-copy.txt"})
  void copiesOfOtherSitesAreNeitherHnNorReddit(String sample) throws IOException {
    Path file = Path.of("../../shared/samples", sample);
    assumeTrue(Files.isRegularFile(file), "the shared samples are not here");
    assertThat(PARSER.parse(Files.readString(file), sample).dialect()).isNotIn("hn", "reddit");
  }
}
