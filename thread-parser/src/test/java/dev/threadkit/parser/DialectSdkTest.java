package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.parser.spi.Dialect;
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

/** The seams of the parsing SDK: finding dialects, naming one, adding one, detection, streaming. */
class DialectSdkTest {

  /** A dump of the ticket dialect, which only {@link TicketDialect} (a user's dialect, not installed) reads. */
  static final String TICKET = read(Path.of("src/test/resources/user-dialect/ticket-with-two-replies.txt"));


  final DumpParser parser = DumpParser.builder().build();

  // ---- finding and naming dialects ----

  @Test
  void serviceLoaderFindsTheBuiltInDialectsInNameOrder() {
    List<String> names = parser.dialects().stream().map(Dialect::name).toList();

    assertThat(names).contains("topcor", "plain").isSorted().doesNotHaveDuplicates();
    assertThat(parser.dialects()).allSatisfy(d -> assertThat(d.description()).isNotBlank());
  }

  @Test
  void topcorCanWriteBackAndPlainCannot() {
    assertThat(dialect("topcor").writer()).hasValueSatisfying(w -> assertThat(w.dialect()).isEqualTo("topcor"));
    assertThat(dialect("plain").writer()).isEmpty();
  }

  @Test
  void namingAnUnknownDialectFailsNamingTheInstalledOnes() {
    DumpParser.Builder builder = DumpParser.builder().dialect("nope");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("topcor")
        .hasMessageContaining("plain");
  }

  @Test
  void anAddedDialectCanBeNamedAndIsListed() {
    DumpParser withTicket = DumpParser.builder().addDialect(new TicketDialect()).dialect("ticket").build();

    assertThat(withTicket.dialects()).extracting(Dialect::name).contains("ticket", "topcor", "plain");
    assertThat(withTicket.parse(TICKET, "t").dialect()).isEqualTo("ticket");
    assertThatThrownBy(() -> DumpParser.builder().dialect("ticket").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ticket'");
  }

  @Test
  void aForcedDialectReadsEvenTextItWouldNotBeChosenFor() {
    ParseResult forced = DumpParser.builder().dialect("plain").build().parse(SeedTest.SEED);

    assertThat(forced.dialect()).isEqualTo("plain");
    assertThat(forced.discussion().comments()).isEmpty();
    assertThat(forced.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_COMMENTS_FOUND);
  }

  // ---- a user's dialect ----

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "Ticket", "my ticket", "2forum", "-x", "tické"})
  void aDialectWhoseNameNoDiscussionCanRecordIsRefusedWhenTheParserIsBuilt(String name) {
    DumpParser.Builder builder = DumpParser.builder().addDialect(new FixedScoreDialect(name, 90));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(FixedScoreDialect.class.getName())
        .hasMessageContaining("'" + name + "'");
  }

  @Test
  void aUserDialectAddedToTheBuilderIsDetectedAndUsed() {
    ParseResult result = DumpParser.builder().addDialect(new TicketDialect()).build().parse(TICKET, "ticket-4411");

    assertThat(result.dialect()).isEqualTo("ticket");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.discussion().article().title()).isEqualTo("Ticket 4411: the printer on floor 3 jams");
    assertThat(result.discussion().article().paragraphs()).containsExactly("Reported by the front desk on Monday.");
    assertThat(result.discussion().comments()).extracting(c -> c.id().toString(), c -> c.author().orElseThrow(),
        Comment::text).containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", Author.of("alice"), "Tried a new tray, it still jams.\n\nPhotos attached."),
            org.assertj.core.groups.Tuple.tuple("2", Author.of("bob"), "Replaced the roller."));
    assertThat(NoLineLost.lostLines(TICKET, result)).isEmpty();
  }

  @Test
  void withoutTheUserDialectTheSameTextIsPlain() {
    ParseResult result = parser.parse(TICKET, "ticket-4411");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.discussion().comments()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_COMMENTS_FOUND);
  }

  @Test
  void theCoreRepairsAUserDialectsTreeAndReportsIt() {
    String text = "Ticket\n#1 by alice\n  one\n#1 by bob\n  again one\n#5 by carol\n  five\n";

    ParseResult result = DumpParser.builder().addDialect(new TicketDialect()).build().parse(text, "t");

    assertThat(result.discussion().comments()).extracting(c -> c.id().toString()).containsExactly("1", "2", "5");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.ORDINAL_OUT_OF_ORDER, 4),
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.ORDINAL_GAP, 6));
  }

  /** A ticket dialect that cannot read lines starting with {@code ??}: it keeps them as written. */
  static final class Unsure implements Dialect {
    @Override
    public String name() {
      return "unsure";
    }

    @Override
    public String description() {
      return "tickets with unreadable lines";
    }

    @Override
    public int detect(dev.threadkit.parser.spi.Sample sample) {
      return 90;
    }

    @Override
    public dev.threadkit.parser.spi.DialectReader newReader() {
      dev.threadkit.parser.spi.DialectReader tickets = new TicketDialect().newReader();
      return (line, events) -> {
        if (line.startsWith("??")) {
          events.diagnostic(DiagnosticCode.of("unreadable", Severity.ERROR), line, 1, "cannot read this line");
          events.unplaced(line);
        } else {
          tickets.line(line, events);
        }
      };
    }
  }

  @Test
  void anUnplacedLineIsKeptOnTheOpenCommentOrBeforeTheFirstCommentWithTheBoilerplate() {
    String text = "Title\n\n?? before any comment\n#1 by alice\n  text\n?? inside the comment\n";

    ParseResult result = DumpParser.builder().addDialect(new Unsure()).build().parse(text, "u");

    assertThat(result.dialect()).isEqualTo("unsure");
    assertThat(result.discussion().article().boilerplate()).containsExactly("?? before any comment");
    assertThat(result.discussion().comments()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("text");
      assertThat(c.unplaced()).containsExactly(new dev.threadkit.model.SourceLine(6, "?? inside the comment"));
      assertThat(c.source().orElseThrow().last()).isEqualTo(6);
    });
    assertThat(result.unplacedLines()).extracting(l -> l.line()).containsExactly(6);
    assertThat(result.diagnostics()).extracting(d -> d.code().id(), Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("unreadable", 3),
            org.assertj.core.groups.Tuple.tuple("unreadable", 6));
    assertThat(NoLineLost.lostLines(text, result)).isEmpty();
  }

  @Test
  void aDialectThatReportsACommentLineBeforeAnyCommentHasTheLineKeptWithADiagnostic() {
    Dialect bodyFirst = new Dialect() {
      @Override
      public String name() {
        return "body-first";
      }

      @Override
      public String description() {
        return "reports a body line with no comment open";
      }

      @Override
      public int detect(dev.threadkit.parser.spi.Sample sample) {
        return 90;
      }

      @Override
      public dev.threadkit.parser.spi.DialectReader newReader() {
        return (line, events) -> events.body(line, 0);
      }
    };

    ParseResult result = DumpParser.builder().addDialect(bodyFirst).build().parse("Title\n", "b");

    assertThat(result.discussion().article().boilerplate()).containsExactly("Title");
    assertThat(result.diagnostics()).extracting(d -> d.code().id()).contains("line-not-reported");
  }

  @Test
  void anAddedDialectReplacesAnInstalledOneOfTheSameName() {
    DumpParser replaced = DumpParser.builder().addDialect(new FixedScoreDialect("topcor", 90)).build();

    ParseResult result = replaced.parse(SeedTest.SEED);

    assertThat(replaced.dialects()).filteredOn(d -> d.name().equals("topcor")).singleElement()
        .isInstanceOf(FixedScoreDialect.class);
    assertThat(result.dialect()).isEqualTo("topcor");
    assertThat(result.discussion().comments()).isEmpty(); // the replacement reads all as the article
  }

  // ---- detection ----

  @Test
  void twoDialectsThatFitEquallyWellFallBackToPlainWithADialectAmbiguousWarning() {
    DumpParser tied = DumpParser.builder()
        .addDialect(new FixedScoreDialect("alpha", 50))
        .addDialect(new FixedScoreDialect("beta", 50))
        .build();

    ParseResult result = tied.parse("A title\n\nSome text.\n", "tie");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.DIALECT_AMBIGUOUS, DiagnosticCode.NO_COMMENTS_FOUND);
    Diagnostic ambiguous = result.diagnostics().get(0);
    assertThat(ambiguous.severity()).isEqualTo(Severity.WARNING);
    assertThat(ambiguous.line()).isEqualTo(1);
    assertThat(ambiguous.message()).contains("alpha").contains("beta").contains("(50)");
    assertThat(result.diagnostics().get(1).message()).endsWith("the best candidates were alpha (50) and beta (50)");
    assertThat(result.discussion().article().paragraphs()).containsExactly("Some text.");
  }

  @Test
  void aTieBelowTheBestScoreIsNoAmbiguity() {
    DumpParser parser = DumpParser.builder()
        .addDialect(new FixedScoreDialect("alpha", 50))
        .addDialect(new FixedScoreDialect("beta", 50))
        .addDialect(new FixedScoreDialect("gamma", 60))
        .build();

    ParseResult result = parser.parse("A title\n", "t");

    assertThat(result.dialect()).isEqualTo("gamma");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void scoresAreClampedToAHundredSoAnOverconfidentDialectOnlyTies() {
    DumpParser parser = DumpParser.builder()
        .addDialect(new FixedScoreDialect("loud", 1000))
        .addDialect(new FixedScoreDialect("sure", 100))
        .build();

    ParseResult result = parser.parse("A title\n", "t");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.DIALECT_AMBIGUOUS);
  }

  @Test
  void aScoreBelowTheMinimumNeverChoosesADialect() {
    DumpParser parser = DumpParser.builder().addDialect(new FixedScoreDialect("shy", Dialect.MIN_SCORE - 1)).build();

    ParseResult result = parser.parse("A title\n", "t");

    assertThat(result.dialect()).isEqualTo("plain");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.NO_COMMENTS_FOUND);
      assertThat(d.message()).endsWith("the best candidates were shy (" + (Dialect.MIN_SCORE - 1) + ")");
    });
    assertThat(DumpParser.builder().addDialect(new FixedScoreDialect("bold", Dialect.MIN_SCORE)).build()
        .parse("A title\n", "t").dialect()).isEqualTo("bold");
  }

  @Test
  void theSeedAndTheRussianEditionAreDetectedAsTopcor() {
    assertThat(parser.parse(SeedTest.SEED).dialect()).isEqualTo("topcor");
    assertThat(parser.parse(FixtureTest.TOPCOR.resolve("russian-edition.txt")).dialect()).isEqualTo("topcor");
  }

  // ---- streaming ----

  static Stream<Path> dumps() throws IOException {
    List<Path> all = new ArrayList<>();
    all.add(SeedTest.SEED);
    for (String fixture : FixtureTest.fixtures().toList()) {
      all.add(FixtureTest.DUMPS.resolve(fixture));
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("dumps")
  void readStreamsWhatParseBuilds(Path dump) throws IOException {
    String text = Files.readString(dump, StandardCharsets.UTF_8);
    ParseResult parsed = parser.parse(text, "d");
    Recorder recorder = new Recorder();

    parser.read(text, "d", recorder);

    assertThat(recorder.calls.get(0)).isEqualTo("start " + parsed.dialect());
    assertThat(recorder.calls.get(recorder.calls.size() - 1)).isEqualTo("end");
    assertThat(recorder.title).isEqualTo(parsed.discussion().article().title());
    assertThat(recorder.paragraphs).isEqualTo(parsed.discussion().article().paragraphs());
    assertThat(recorder.boilerplate).isEqualTo(parsed.discussion().article().boilerplate());
    assertThat(recorder.ids).isEqualTo(parsed.discussion().comments().stream().map(Comment::id).toList());
    assertThat(recorder.texts).isEqualTo(parsed.discussion().comments().stream().map(Comment::text).toList());
    assertThat(recorder.comments).isEqualTo(parsed.discussion().comments());
    assertThat(recorder.diagnostics).as("every diagnostic, in any order")
        .containsExactlyInAnyOrderElementsOf(parsed.diagnostics());
  }

  @Test
  void readHandsOneReusedCommentObjectAndNoModel() {
    List<ParsedComment> seen = new ArrayList<>();
    List<String> firstLines = new ArrayList<>();
    parser.read(TICKET_IN_TOPCOR, "d", new DumpHandler() {
      @Override
      public void comment(ParsedComment comment) {
        seen.add(comment);
        firstLines.add(comment.firstLine() + "-" + comment.lastLine());
      }
    });

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isSameAs(seen.get(1)).isNotInstanceOf(Comment.class);
    assertThat(firstLines).containsExactly("3-4", "5-6");
  }

  @Test
  void readAppliesNoStrictnessTheHandlerGetsEveryDiagnostic() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    DumpParser strict = DumpParser.builder().strict(true).build();

    strict.read("Title\n\n  1. x 9 Decembre 2020 15: 35\n    body", "d", new DumpHandler() {
      @Override
      public void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
      }
    });

    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(DiagnosticCode.UNKNOWN_MONTH);
  }

  @Test
  void readOfEmptyInputStillReportsIt() {
    List<Diagnostic> diagnostics = new ArrayList<>();

    parser.read("\n\n", "empty", new DumpHandler() {
      @Override
      public void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
      }
    });

    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EMPTY_INPUT);
  }

  static final String TICKET_IN_TOPCOR = "Title\n\n  1. alice 1 May 2021 10: 00\n    one\n  2. bob 1 May 2021 10: 01\n    two";

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Dialect dialect(String name) {
    return parser.dialects().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  /** Records every call of the streaming layer. */
  static final class Recorder implements DumpHandler {
    final List<String> calls = new ArrayList<>();
    String title;
    final List<String> paragraphs = new ArrayList<>();
    final List<String> boilerplate = new ArrayList<>();
    final List<CommentId> ids = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    @Override
    public void start(String dialect) {
      calls.add("start " + dialect);
    }

    @Override
    public void title(String value, int line) {
      calls.add("title");
      title = value;
    }

    @Override
    public void paragraph(String text, int line) {
      calls.add("paragraph");
      paragraphs.add(text);
    }

    @Override
    public void boilerplate(String text, int line) {
      calls.add("boilerplate");
      boilerplate.add(text);
    }

    @Override
    public void comment(ParsedComment comment) {
      calls.add("comment");
      ids.add(comment.id());
      texts.add(comment.text());
      comments.add(comment.toComment());
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      diagnostics.add(diagnostic);
    }

    @Override
    public void end() {
      calls.add("end");
    }
  }
}
