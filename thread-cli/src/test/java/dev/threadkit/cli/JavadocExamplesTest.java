package dev.threadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.export.DumpExporter;
import dev.threadkit.export.JsonDiscussionReader;
import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Presence;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.ParsedComment;
import dev.threadkit.parser.Severity;
import dev.threadkit.parser.spi.Counts;
import dev.threadkit.parser.spi.RelativeTimes;
import dev.threadkit.parser.spi.Vocabulary;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.ServiceLoader;
import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.DotExporter;
import dev.threadkit.export.ExportDiagnostic;
import dev.threadkit.export.ExportInput;
import dev.threadkit.export.ExportSession;
import dev.threadkit.export.GraphExporter;
import dev.threadkit.export.GraphKind;
import dev.threadkit.export.GraphMlExporter;
import dev.threadkit.export.JsonExporter;
import dev.threadkit.export.JsonLinesExporter;
import dev.threadkit.export.MarkdownExporter;
import dev.threadkit.export.RowSession;
import dev.threadkit.export.StreamExporter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpFiles;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.ParserLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The usage examples in the Javadoc of the public entry points are compiled code: each is the
 * body of a method below, between {@code // example: Type} and {@code // end}, and a test
 * checks that the Javadoc of {@code Type} holds exactly that code in a
 * {@code <pre>{@code ...}</pre>} block. An example that stops compiling fails the build; one
 * edited in one place only fails this test. The examples of every module are here, in the
 * module that depends on all of them; some also run.
 *
 * <p>To change an example: edit the method, then paste its body into the Javadoc.
 */
class JavadocExamplesTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent(); // tests run in the module folder
  private static final Path THIS = ROOT.resolve("thread-cli/src/test/java/dev/threadkit/cli/JavadocExamplesTest.java");
  private static final Pattern EXAMPLE = Pattern.compile("\\n( *)// example: (\\w+)\\n(.*?)\\n *// end\\n", Pattern.DOTALL);
  private static final Pattern JAVADOC_BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

  /** Where each example's type is. */
  private static Path sourceOf(String type) {
    for (String module : List.of("thread-parser/src/main/java/dev/threadkit/parser/",
        "thread-parser/src/main/java/dev/threadkit/parser/spi/", "thread-model/src/main/java/dev/threadkit/model/",
        "thread-export/src/main/java/dev/threadkit/export/")) {
      Path source = ROOT.resolve(module + type + ".java");
      if (Files.exists(source)) {
        return source;
      }
    }
    throw new IllegalArgumentException("no source for " + type);
  }

  record Example(String type, String code) {
    @Override
    public String toString() {
      return type;
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(Files.readString(THIS));
    while (m.find()) {
      String indent = m.group(1);
      examples.add(new Example(m.group(2), m.group(3).lines()
          .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
          .reduce((a, b) -> a + "\n" + b).orElse("")));
    }
    return examples;
  }

  /** The code blocks of a type's Javadoc, with the comment's {@code " * "} taken off each line. */
  static List<String> javadocBlocks(Path source) throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVADOC_BLOCK.matcher(Files.readString(source));
    while (m.find()) {
      blocks.add(m.group(1).lines()
          .map(line -> line.replaceFirst("^ \\* ?", ""))
          .reduce((a, b) -> a + "\n" + b).orElse(""));
    }
    return blocks;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theJavadocShowsExactlyTheCompiledExample(Example example) throws IOException {
    assertThat(javadocBlocks(sourceOf(example.type()))).as("the Javadoc of " + example.type()).contains(example.code());
  }

  @Test
  void everyEntryPointTouchedHasItsExampleHere() throws IOException {
    assertThat(examples()).extracting(Example::type).contains("DumpParser", "ParserLimits", "DumpFiles", "Diagnostic",
        "ExportDiagnostic", "JsonLinesExporter", "CsvExporter", "ExportInput", "GraphExporter", "GraphMlExporter",
        "DotExporter", "ExportSession", "JsonExporter", "DumpHandler", "DiagnosticCode", "Vocabulary", "RelativeTimes",
        "Counts", "Attribute", "Attributes", "CommentTime", "Comment", "CommentView", "Article", "Discussion",
        "DialectWriter", "JsonDiscussionReader", "DumpExporter", "RowSession");
  }

  @Test
  void theParserAndModelExamplesRun() {
    assertThat(dumpHandler()).isEqualTo(1);
    assertThat(vocabulary()).isEqualTo(1);
    assertThat(relativeTimes()).hasValueSatisfying(i -> assertThat(i.earliest()).hasToString("2026-11-25T06:30:00Z"));
    assertThat(counts()).isEqualTo(1200);
    assertThat(attribute()).isEmpty();
    assertThat(attributes()).contains(12L);
    assertThat(discussion()).hasSize(1);
    assertThat(commentView()).isEqualTo("3.1\t1\tHere, ...");
  }

  @Test
  void theCommentViewExamplesRun() throws IOException {
    String dump = Files.readString(Cli.fixture("one-error-one-warning.txt"), StandardCharsets.UTF_8);
    Discussion parsed = DumpParser.builder().build().parse(dump, "doc").discussion();
    StringBuilder expected = new StringBuilder();
    for (Comment comment : parsed.comments()) {
      expected.append(comment.id().toShortString()).append(' ').append(comment.text()).append('\n');
    }
    assertThat(commentViews(parsed, new StringBuilder())).isEqualTo(expected.toString()).isNotEmpty();
    assertThat(compact(dump)).isEqualTo(parsed);
    assertThat(commentViewText(parsed.commentView(0))).isEqualTo(parsed.comment(0).text());
  }

  @Test
  void theExportExamplesRun() throws IOException {
    ParseResult result = DumpParser.builder().build().parse(Cli.fixture("one-error-one-warning.txt"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    exportDiagnostic(result, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"code\": \"unknown-month\"");
    out.reset();
    graphExporter(result.discussion(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("<graphml");
    out.reset();
    exportSession(result.discussion(), result.discussion(), out);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2 * result.discussion().size());
    out.reset();
    String dump = Files.readString(Cli.fixture("one-error-one-warning.txt"));
    rowSession(out, dump);
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    CsvExporter.builder().build().write(DumpParser.builder().build().parse(dump, "000").discussion(), model);
    assertThat(out.toByteArray()).isEqualTo(model.toByteArray());
  }

  // The examples. Parameters stand for what the Javadoc's text assumes is there.

  static void dumpParser() {
    // example: DumpParser
    DumpParser parser = DumpParser.builder().build();
    ParseResult result = parser.parse(Path.of("seeds/000_599c788b2f42df5e.txt"));
    Discussion discussion = result.discussion();
    result.diagnostics().forEach(d -> System.err.println(d.format(result.sourceName())));

    try (Stream<ParseResult> all = parser.parseAll(Path.of("dumps"))) {
      all.forEach(r -> System.out.println(r.discussion().id() + " " + r.discussion().size()));
    }
    // end
    assertThat(discussion).isNotNull();
  }

  static DumpParser parserLimits() {
    // example: ParserLimits
    ParserLimits limits = ParserLimits.builder().maxDepth(5_000).maxInputBytes(1 << 30).build();
    DumpParser parser = DumpParser.builder().limits(limits).build();
    // end
    return parser;
  }

  static void dumpFiles() throws IOException {
    // example: DumpFiles
    DumpFiles found = DumpFiles.below(Path.of("dumps"));
    found.skipped().forEach(s -> System.err.println("skipped " + s.path() + ": " + s.reason()));
    for (Path dump : found.dumps()) {
      System.out.println(dump);
    }
    // end
  }

  static void diagnostic(ParseResult result) {
    // example: Diagnostic
    for (Diagnostic d : result.diagnostics()) {
      System.err.println(d.format(result.sourceName()));
      // dumps/000.txt:7:14: error unknown-month 'Decembre' is not a month name of the topcor vocabulary; comment 1.1 has no time, ...
    }
    // end
  }

  static void exportDiagnostic(ParseResult result, OutputStream out) throws IOException {
    // example: ExportDiagnostic
    List<ExportDiagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {   // a dev.threadkit.parser.ParseResult's
      diagnostics.add(new ExportDiagnostic(
          d.severity().name().toLowerCase(Locale.ROOT), d.code().id(), d.line(), d.column(), d.message()));
    }
    JsonExporter.builder().build().write(ExportInput.parsed(result.discussion(), diagnostics, result.sourceName()), out);
    // end
  }

  static void jsonExporter(Discussion discussion, List<ExportDiagnostic> diagnostics) throws IOException {
    // example: JsonExporter
    JsonExporter json = JsonExporter.builder().pretty(false).build();
    json.write(discussion, System.out);
    json.write(discussion, diagnostics, System.out);   // with the parser's diagnostics
    // end
  }

  static void jsonLinesExporter(List<Discussion> discussions) throws IOException {
    // example: JsonLinesExporter
    try (ExportSession session = JsonLinesExporter.builder().build().open(System.out)) {
      for (Discussion discussion : discussions) {
        session.write(discussion);
      }
    }
    // end
  }

  static void csvExporter(Discussion discussion) throws IOException {
    // example: CsvExporter
    StreamExporter csv = CsvExporter.builder().header(true).spreadsheetSafe(true).build();
    try (OutputStream out = Files.newOutputStream(Path.of("comments.csv"));
        ExportSession session = csv.open(out)) {
      session.write(discussion);
    }
    // end
  }

  static void exportInput(Discussion discussion, List<ExportDiagnostic> diagnostics, OutputStream out)
      throws IOException {
    // example: ExportInput
    ExportInput input = ExportInput.parsed(discussion, diagnostics, "dumps/000.txt");
    JsonExporter.builder().build().write(input, out);       // the discussion and a "diagnostics" array
    MarkdownExporter.builder().build().write(input, out);   // the discussion alone
    // end
  }

  static void graphExporter(Discussion discussion, OutputStream out) throws IOException {
    // example: GraphExporter
    GraphExporter graph = GraphMlExporter.builder().graph(GraphKind.AUTHORS).build();
    graph.write(discussion, out);
    // end
  }

  static void graphMlExporter(Discussion discussion, OutputStream out) throws IOException {
    // example: GraphMlExporter
    GraphMlExporter.builder().graph(GraphKind.AUTHORS).build().write(discussion, out);
    // end
  }

  static void dotExporter(Discussion discussion) throws IOException {
    // example: DotExporter
    DotExporter.builder().build().write(discussion, System.out);   // then: dot -Tsvg
    // end
  }

  static void rowSession(OutputStream out, String dump) throws IOException {
    // example: RowSession
    try (RowSession rows = CsvExporter.builder().build().open(out)) {
      DumpParser.builder().build().read(dump, "000", new DumpHandler() {
        @Override
        public void start(String dialect) {
          rows.discussion("000", dialect);   // the discussion and dialect columns of its rows
        }

        @Override
        public void comment(ParsedComment comment) {
          rows.comment(comment);   // one row now, the comment's text read once
        }
      });
    }
    // end
  }

  static void exportSession(Discussion first, Discussion second, OutputStream out) throws IOException {
    // example: ExportSession
    try (ExportSession session = JsonLinesExporter.builder().build().open(out)) {
      session.write(first);
      session.write(second);
    }
    // end
  }

  static int dumpHandler() {
    // example: DumpHandler
    int[] comments = new int[1];
    DumpParser.builder().build().read("Title\n\nText\n  1. ann 9 December 2020 15: 35\n    Hi", "doc",
        new DumpHandler() {
          @Override
          public void comment(ParsedComment comment) {
            comments[0]++;
          }
        });
    // end
    return comments[0];
  }

  static DiagnosticCode diagnosticCode() {
    // example: DiagnosticCode
    DiagnosticCode unknownLabel = DiagnosticCode.of("unknown-label", Severity.WARNING);
    // end
    return unknownLabel;
  }

  static int vocabulary() {
    // example: Vocabulary
    Vocabulary words = Vocabulary.parse("""
        month 1 January
        month 1 января
        status online Online
        relative-day 1 Вчера
        """);
    words.month("января", 0, 6);   // 1
    // end
    return words.month("января", 0, 6);
  }

  static Optional<CommentTime.Interval> relativeTimes() {
    // example: RelativeTimes
    OffsetDateTime captured = OffsetDateTime.parse("2026-11-25T12:00Z");
    RelativeTimes.standard().resolve("5 hours ago", captured);
    // Optional[Interval[earliest=2026-11-25T06:30:00Z, latest=2026-11-25T07:30:00Z]]
    // end
    return RelativeTimes.standard().resolve("5 hours ago", captured);
  }

  static long counts() {
    // example: Counts
    Counts.parse("1.2K");   // 1200
    Counts.parse("8,591");  // 8591
    Counts.parse("1.2.3");  // -1
    Counts.format(10_000);  // "10K"
    Counts.format(1_234);   // "1234": the short notation would round it
    // end
    return Counts.parse("1.2K");
  }

  static Optional<Presence> attribute() {
    // example: Attribute
    Attribute<Long> stars = Attribute.number("stars");
    Comment comment = Comment.builder(CommentId.of(1)).attribute(stars, 5L).build();
    comment.attribute(stars);                     // Optional[5]
    comment.attribute(Attribute.PRESENCE);        // Optional.empty
    // end
    return comment.attribute(Attribute.PRESENCE);
  }

  static Optional<Long> attributes() {
    // example: Attributes
    Attributes attributes = Attributes.none().with(Attribute.SCORE, 12L).with(Attribute.EDITED, true);
    attributes.get(Attribute.SCORE);   // Optional[12]
    // end
    return attributes.get(Attribute.SCORE);
  }

  static List<CommentTime> commentTime() {
    // example: CommentTime
    CommentTime exact = CommentTime.exact(LocalDateTime.of(2020, 12, 9, 15, 35));
    CommentTime relative = CommentTime.relative("5 hours ago");
    // end
    return List.of(exact, relative);
  }

  static List<Comment> comment() {
    // example: Comment
    Comment reply = Comment.builder(CommentId.parse("3.1"), Author.of("Vladimir Tuzakov", "Vladimir Tuzakov"))
        .posted(LocalDateTime.of(2020, 12, 9, 18, 10))
        .text("Here, to such theories ...")
        .build();
    Comment anonymous = Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: ...").build();
    // end
    return List.of(reply, anonymous);
  }

  static Article article() {
    // example: Article
    Article article = Article.of("Korea Times: Russia and China ...", List.of("The most ...", "One of ..."))
        .withCommentCount(7)
        .with(Attribute.PHOTO_CREDIT, "Used photos: pixabay.com");
    // end
    return article;
  }

  static List<Comment> discussion() {
    // example: Discussion
    Discussion discussion = Discussion.builder("000_599c788b2f42df5e")
        .article(Article.of("Korea Times: ...", List.of("The most interesting sign ...")))
        .add(Comment.builder(CommentId.of(3), Author.of("Old man", "Old man")).text("China is ...").build())
        .add(Comment.builder(CommentId.of(3, 1), Author.of("Vladimir Tuzakov")).text("Here, ...").build())
        .build();
    discussion.repliesOf(CommentId.of(3));   // [3.1]
    // end
    return discussion.repliesOf(CommentId.of(3));
  }

  static String commentViews(Discussion discussion, StringBuilder out) {
    // example: Discussion
    char[] buffer = new char[64];
    for (int i = 0; i < discussion.size(); i++) {
      CommentView comment = discussion.commentView(i);
      if (comment.textLength() > buffer.length) {
        buffer = new char[comment.textLength()];
      }
      comment.getText(buffer, 0);
      out.append(comment.id().toShortString()).append(' ').append(buffer, 0, comment.textLength()).append('\n');
    }
    // end
    return out.toString();
  }

  static Discussion compact(String dump) {
    // example: Discussion
    Discussion kept = DumpParser.builder().build().parse(dump, "doc").discussion().compact();
    // end
    return kept;
  }

  static String commentView() {
    // example: CommentView
    CommentView view = Comment.builder(CommentId.parse("3.1"), Author.of("Vladimir Tuzakov")).text("Here, ...").build();
    String row = view.id().toShortString() + "\t" + view.depth() + "\t" + view.text();   // "3.1\t1\tHere, ..."
    // end
    return row;
  }

  static String commentViewText(CommentView view) {
    // example: CommentView
    char[] buffer = new char[view.textLength()];
    view.getText(buffer, 0);
    // end
    return new String(buffer);
  }

  static void dialectWriter(Discussion discussion) throws IOException {
    // example: DialectWriter
    for (DialectWriter writer : ServiceLoader.load(DialectWriter.class)) {
      if (writer.dialect().equals(discussion.dialect())) {
        writer.write(discussion, System.out);
      }
    }
    // end
  }

  static Discussion jsonDiscussionReader() {
    // example: JsonDiscussionReader
    JsonDiscussionReader reader = JsonDiscussionReader.builder().build();
    Discussion discussion = reader.read(Path.of("out/000_599c788b2f42df5e.json"));
    // end
    return discussion;
  }

  static void dumpExporter(DumpParser parser, Path path, Article article) throws IOException {
    // example: DumpExporter
    DumpExporter dump = DumpExporter.builder().build();
    dump.write(parser.parse(path).discussion(), Files.newBufferedWriter(Path.of("copy.txt")));
    dump.write(Discussion.builder("d").dialect("topcor").article(article).build(), System.out);
    // end
  }
}
