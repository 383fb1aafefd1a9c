package dev.threadkit.examples.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.SourceLine;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dialect as users meet it: installed by {@link ServiceLoader}, chosen by detection, read and written back. */
class GithubDialectTest {
  static final Path DUMPS = Path.of("src/test/resources/dumps/github");

  /** Auto-detecting, with nothing configured: the dialect must be found like a built-in one. */
  private static final DumpParser PARSER = DumpParser.builder().build();

  static Stream<Path> fixtures() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(DUMPS)) {
      list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    assertThat(files).hasSize(3);
    return files.stream();
  }

  private static ParseResult parse(String name) {
    return PARSER.parse(DUMPS.resolve(name));
  }

  private static Comment comment(Discussion discussion, int ordinal) {
    return discussion.comment(CommentId.of(ordinal)).orElseThrow();
  }

  @Test
  void serviceLoaderInstallsTheDialectAndItsWriter() {
    assertThat(PARSER.dialects()).extracting(Dialect::name).contains(GithubDialect.NAME, "plain");
    List<String> writers = new ArrayList<>();
    ServiceLoader.load(DialectWriter.class).forEach(w -> writers.add(w.dialect()));
    assertThat(writers).contains(GithubDialect.NAME);
    assertThat(new GithubDialect().writer()).get().isInstanceOf(GithubWriter.class);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void detectionPicksGithub(Path file) {
    ParseResult result = PARSER.parse(file);
    assertThat(result.dialect()).isEqualTo(GithubDialect.NAME);
    assertThat(result.discussion().dialect()).isEqualTo(GithubDialect.NAME);
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.NO_COMMENTS_FOUND, DiagnosticCode.DIALECT_AMBIGUOUS);
  }

  @Test
  void otherTextsAreNotGithub() {
    String topcor = "Title\n\nText\n  1. ann 9 December 2020 15: 35\n    Hi";
    assertThat(PARSER.parse(topcor, "t").dialect()).isEqualTo("topcor");
    String prose = "# A README\n\nIt mentions _Comment by_ in passing, and _emphasis_.\n";
    ParseResult plain = PARSER.parse(prose, "p");
    assertThat(plain.dialect()).isEqualTo("plain");
    assertThat(plain.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NO_COMMENTS_FOUND);
  }

  @Test
  void issueWithEveryPart() {
    ParseResult result = parse("issue-4312.txt");
    assertThat(result.diagnostics()).isEmpty();
    Discussion discussion = result.discussion();
    assertThat(discussion.id()).isEqualTo("issue-4312");

    Article article = discussion.article();
    assertThat(article.title()).isEqualTo("# Crash when the cache folder is missing #4312");
    assertThat(article.attribute(GithubDialect.OPENED_BY)).contains("mira");
    assertThat(article.attribute(GithubDialect.OPENED_AT)).contains("2025-03-17T09:02");
    assertThat(article.attribute(Attribute.EDITED)).isEmpty();
    assertThat(article.paragraphs()).containsExactly(
        "Starting the app after deleting `~/.cache/threadkit` crashes at once:",
        "    Exception in thread \"main\" java.nio.file.NoSuchFileException: /home/mira/.cache/threadkit\n"
            + "        at Cache.open(Cache.java:42)",
        "Expected: the folder is created again.");
    assertThat(article.boilerplate()).containsExactly(
        "_Label bug added by @mira_", "_Assigned to @jonas by @mira_", "_Closed by @jonas on 2025-03-19 17:06_");

    assertThat(discussion.comments()).extracting(c -> c.id().toShortString()).containsExactly("1", "2", "3");
    assertThat(discussion.maxDepth()).isZero();
    assertThat(discussion.comments()).extracting(c -> c.author().orElseThrow().handle())
        .containsExactly("jonas", "mira", "petra-k");
    assertThat(discussion.comments()).extracting(c -> c.exactTime().orElseThrow()).containsExactly(
        LocalDateTime.of(2025, 3, 17, 13, 15), LocalDateTime.of(2025, 3, 18, 8, 40), LocalDateTime.of(2025, 3, 19, 17, 5));
    assertThat(discussion.authors()).containsExactly(Author.of("jonas"), Author.of("mira"), Author.of("petra-k"));

    Comment first = comment(discussion, 1);
    assertThat(first.text()).isEqualTo("Thanks for the report. I can reproduce it on 0.1.0.\n\n"
        + "> Expected: the folder is created again.\n\n"
        + "Agreed; `Cache.open` should call `Files.createDirectories` first.");
    assertThat(first.attributes().isEmpty()).isTrue();
    assertThat(first.source().orElseThrow().first()).isEqualTo(11);
    assertThat(first.source().orElseThrow().last()).isEqualTo(16);

    Comment second = comment(discussion, 2);
    assertThat(second.attribute(Attribute.EDITED)).contains(true);
    assertThat(second.text()).isEqualTo("Same on Windows, see the trace below:\n\n```\n"
        + "NoSuchFileException: C:\\Users\\mira\\AppData\\Local\\threadkit\n```");
    assertThat(comment(discussion, 3).text()).isEqualTo("Fixed in #4320.");
    assertThat(result.unplacedLines()).isEmpty();
  }

  @Test
  void oddLinesAreKeptWithDiagnostics() {
    ParseResult result = parse("odd-lines.txt");
    Discussion discussion = result.discussion();
    assertThat(result.diagnostics()).extracting(d -> d.code().id() + "@" + d.line() + ":" + d.column())
        .containsExactly("invalid-date@2:20", "text-outside-comment@12:1", "invalid-date@14:21");

    // An _Opened_ line whose date is no date: kept as written, with the boilerplate.
    Article article = discussion.article();
    assertThat(article.attributes().isEmpty()).isTrue();
    assertThat(article.paragraphs()).containsExactly("The snippet under Usage calls a method that is gone.");
    assertThat(article.boilerplate()).containsExactly("_Opened by @sam on 2025-02-30 10:00_",
        "_Label docs added by @sam_\nI meant the second one.");

    Comment deleted = comment(discussion, 1);
    assertThat(deleted.author()).isEmpty();
    assertThat(deleted.time()).contains(CommentTime.exact(LocalDateTime.of(2025, 3, 1, 9, 0)));
    assertThat(comment(discussion, 2).time()).contains(CommentTime.relative("yesterday"));
    assertThat(comment(discussion, 2).text()).isEqualTo("Which snippet?");

    Comment badDate = comment(discussion, 3);
    assertThat(badDate.author()).contains(Author.of("sam"));
    assertThat(badDate.time()).isEmpty();
    assertThat(badDate.unplaced()).containsExactly(new SourceLine(14, "_Comment by @sam on 2025-03-01 25:61_"));
    assertThat(badDate.text()).isEqualTo("The second one, under \"Write it out\".");
    assertThat(result.unplacedLines()).containsExactlyElementsOf(badDate.unplaced());
  }

  @Test
  void commentsBackToBackWithCrlfLineEnds() {
    ParseResult result = parse("short-issue-crlf.txt");
    assertThat(result.diagnostics()).isEmpty();
    Discussion discussion = result.discussion();
    assertThat(discussion.article().title()).isEqualTo("# Add a --dialect option #12");
    assertThat(discussion.article().attributes().isEmpty()).isTrue();
    assertThat(discussion.article().boilerplate()).containsExactly("_Label enhancement added by @ana_",
        "_Closed by @ana on 2025-01-06 08:01_\n_Reopened by @bo on 2025-01-07 10:00_");
    assertThat(discussion.comments()).extracting(Comment::text).containsExactly("+1", "Done in #15.");
    assertThat(comment(discussion, 2).exactTime()).contains(LocalDateTime.of(2025, 1, 6, 8, 0));
  }

  private static String write(Discussion discussion) throws IOException {
    StringBuilder out = new StringBuilder();
    new GithubWriter().write(discussion, out);
    return out.toString();
  }

  /** Parse, write, parse: the same discussion (where it stood in the input aside). */
  @ParameterizedTest
  @MethodSource("fixtures")
  void writerRoundTrip(Path file) throws IOException {
    ParseResult first = PARSER.parse(file);
    String written = write(first.discussion());
    ParseResult second = PARSER.parse(written, first.discussion().id());
    assertThat(second.dialect()).isEqualTo(GithubDialect.NAME);
    if (first.diagnostics().isEmpty()) {
      assertThat(second.diagnostics()).isEmpty();
      assertThat(second.discussion().withoutSources()).isEqualTo(first.discussion().withoutSources());
    } else {
      // Kept lines carry their line numbers, which move when the events move to the end.
      assertThat(withoutKeptLineNumbers(second.discussion())).isEqualTo(withoutKeptLineNumbers(first.discussion()));
    }
    assertThat(write(second.discussion())).isEqualTo(written);
  }

  private static Discussion withoutKeptLineNumbers(Discussion discussion) {
    List<Comment> comments = new ArrayList<>();
    for (Comment c : discussion.withoutSources().comments()) {
      List<SourceLine> kept = new ArrayList<>();
      c.unplaced().forEach(l -> kept.add(new SourceLine(1, l.text())));
      comments.add(c.toBuilder().unplaced(kept).build());
    }
    return Discussion.builder(discussion.id()).dialect(discussion.dialect()).article(discussion.article())
        .addAll(comments).build();
  }

  @Test
  void writerLayout() throws IOException {
    assertThat(write(parse("issue-4312.txt").discussion())).startsWith("""
        # Crash when the cache folder is missing #4312
        _Opened by @mira on 2025-03-17 09:02_
        Starting the app after deleting `~/.cache/threadkit` crashes at once:

            Exception in thread "main\"""")
        .contains("""
            Expected: the folder is created again.

            _Comment by @jonas on 2025-03-17 13:15_
            Thanks for the report.""")
        .contains("\n\n_Comment by @mira on 2025-03-18 08:40 (edited)_\nSame on Windows")
        .endsWith("""
            Fixed in #4320.

            _Label bug added by @mira_

            _Assigned to @jonas by @mira_

            _Closed by @jonas on 2025-03-19 17:06_""");
  }

  @Test
  void writerRefusesWhatTheLayoutCannotSay() {
    Discussion reply = Discussion.builder("r").dialect(GithubDialect.NAME)
        .article(Article.of("Title", List.of()))
        .add(Comment.builder(CommentId.of(1), Author.of("ann")).text("Hi").build())
        .add(Comment.builder(CommentId.of(1, 1), Author.of("bob")).text("Hi back").build())
        .build();
    StringBuilder nothing = new StringBuilder();
    assertThatThrownBy(() -> new GithubWriter().write(reply, nothing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comment 1.1").hasMessageContaining("no replies");
    assertThat(nothing).as("checked before writing").isEmpty();

    Discussion fakeHeader = Discussion.builder("f")
        .article(Article.of("Title", List.of()))
        .add(Comment.builder(CommentId.of(1), Author.of("ann"))
            .text("quoting:\n_Comment by @bob on 2025-01-01 10:00_").build())
        .build();
    assertThatThrownBy(() -> write(fakeHeader)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would be read back as a header");

    Discussion scored = Discussion.builder("s")
        .add(Comment.builder(CommentId.of(1), Author.of("ann")).attribute(Attribute.SCORE, 3L).build())
        .build();
    assertThatThrownBy(() -> write(scored)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score");

    Discussion seconds = Discussion.builder("t")
        .article(Article.of("Title", List.of()).with(GithubDialect.OPENED_AT, "2025-01-01T10:00:30"))
        .build();
    assertThatThrownBy(() -> write(seconds)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to the minute");
  }

  @Test
  void writerWritesADiscussionBuiltInCode() throws IOException {
    Discussion built = Discussion.builder("built").dialect(GithubDialect.NAME)
        .article(Article.of("# Title #1", List.of("Body."))
            .with(GithubDialect.OPENED_BY, "ann").with(GithubDialect.OPENED_AT, "2025-05-01T10:00"))
        .add(Comment.builder(CommentId.of(1)).posted(LocalDateTime.of(2025, 5, 2, 9, 30)).text("Anonymous.").build())
        .add(Comment.builder(CommentId.of(2), Author.of("bob")).time(CommentTime.relative("2 hours ago"))
            .attribute(Attribute.EDITED, true).text("Relative.").build())
        .build();
    String written = write(built);
    assertThat(written).isEqualTo("""
        # Title #1
        _Opened by @ann on 2025-05-01 10:00_
        Body.

        _Comment on 2025-05-02 09:30_
        Anonymous.

        _Comment by @bob on 2 hours ago (edited)_
        Relative.""");
    assertThat(PARSER.parse(written, "built").discussion().withoutSources()).isEqualTo(built);
  }

  @Test
  void anEventLineNamesWhoDidItOnItsOwnLine() {
    String text = "# T #2\n\n_Comment by @ann on 2025-01-01 10:00_\nFixed.\n_Closed as done_\n"
        + "_Comment by @bob on 2025-01-02 10:00_\nThanks.\n_Closed by @bob_\n";
    Discussion discussion = PARSER.parse(text, "e").discussion();
    assertThat(discussion.comments()).extracting(Comment::text).containsExactly("Fixed.\n_Closed as done_", "Thanks.");
    assertThat(discussion.article().boilerplate()).containsExactly("_Closed by @bob_");
  }

  @Test
  void moreEventWordsAsData() throws IOException {
    String text = "# T #1\n\n_Comment by @ann on 2025-01-01 10:00_\nShipping it.\n_Deployed to staging by @ci_\n";
    assertThat(PARSER.parse(text, "d").discussion().comments().get(0).text())
        .isEqualTo("Shipping it.\n_Deployed to staging by @ci_");

    GithubDialect deployed = new GithubDialect(GithubDialect.vocabulary().plus(Vocabulary.parse("phrase event Deployed")));
    DumpParser parser = DumpParser.builder().addDialect(deployed).build();
    Discussion discussion = parser.parse(text, "d").discussion();
    assertThat(discussion.comments().get(0).text()).isEqualTo("Shipping it.");
    assertThat(discussion.article().boilerplate()).containsExactly("_Deployed to staging by @ci_");
    StringBuilder out = new StringBuilder();
    deployed.writer().orElseThrow().write(discussion, out);
    assertThat(parser.parse(out.toString(), "d").discussion().withoutSources()).isEqualTo(discussion.withoutSources());
  }

  /** A sample as the parser makes one: the non-blank lines of a text. */
  private static Sample sample(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (!line.isBlank()) {
        lines.add(Line.at(text, number, start, start + line.length()));
      }
      start += line.length() + 1;
    }
    return () -> lines;
  }

  @Test
  void detectScoresHeadersAndEventLines() {
    GithubDialect dialect = new GithubDialect();
    assertThat(dialect.detect(sample("# T\n_Comment by @a on 2025-01-01 10:00_\nHi"))).isEqualTo(60);
    assertThat(dialect.detect(sample("# T\n_Opened by @a on 2025-01-01 10:00_\nBody\n_Label x added by @a_\n"
        + "_Comment by @b on 2025-01-02 10:00_\nHi"))).isEqualTo(85);
    assertThat(dialect.detect(sample("# T\n_Label x added by @a_\nNo headers, events alone do not decide"))).isZero();
    assertThat(dialect.detect(sample("# T\n    _Comment by @a on 2025-01-01 10:00_\nindented: code, not a header")))
        .isZero();
    assertThat(dialect.detect(sample("Title\n\nText\n  1. ann 9 December 2020 15: 35\n    Hi"))).isZero();
    assertThat(dialect.detect(sample("# T\n_Comment_\n_emphasis by @someone_"))).isZero();
  }
}
