package dev.threadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        "DotExporter", "ExportSession", "JsonExporter");
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
      // dumps/000.txt:7:14: error unknown-month 'Decembre' is not an English month name; comment 1.1 has no time, ...
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

  static void exportSession(Discussion first, Discussion second, OutputStream out) throws IOException {
    // example: ExportSession
    try (ExportSession session = JsonLinesExporter.builder().build().open(out)) {
      session.write(first);
      session.write(second);
    }
    // end
  }
}
