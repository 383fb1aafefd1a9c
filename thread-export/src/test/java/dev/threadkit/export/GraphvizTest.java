package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.threadkit.model.Article;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graphviz itself reads the DOT exports ({@code dot -Tjson}), including ids and values that
 * are DOT keywords or hold quotes, backslashes and Cyrillic letters. With {@code CI=true} a
 * missing {@code dot} fails the test; {@code .ci/run} installs Debian's graphviz.
 */
class GraphvizTest {
  private static final String DOT = "/usr/bin/dot";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @BeforeAll
  static void requireGraphviz() {
    if (!Files.isExecutable(Path.of(DOT))) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(DOT + " is not installed (CI=true: install with apt-get install graphviz)");
      }
      Assumptions.abort(DOT + " is not installed; skipped outside CI (apt-get install graphviz)");
    }
  }

  @Test
  void graphvizReadsTheSeedReplyGraph() throws Exception {
    Map<String, Object> graph = render(DotExporter.builder().build(), SeedDiscussion.discussion());
    assertThat(JsonExporterTest.list(graph.get("objects"))).hasSize(8);
    assertThat(JsonExporterTest.list(graph.get("edges"))).hasSize(7);
  }

  @Test
  void graphvizReadsTheAuthorGraph() throws Exception {
    Map<String, Object> graph = render(DotExporter.builder().graph(GraphKind.AUTHORS).build(),
        SeedDiscussion.discussion());
    assertThat(JsonExporterTest.list(graph.get("objects"))).hasSize(7);
    assertThat(JsonExporterTest.list(graph.get("edges"))).hasSize(1);
  }

  @Test
  void keywordsQuotesAndBackslashesStayInsideTheirStrings() throws Exception {
    List<String> handles = List.of("graph", "node", "edge", "strict", "digraph", "a \"quoted\" one", "ends in \\",
        "Иван Петров", "subgraph {");
    Discussion.Builder builder = Discussion.builder("graph \"odd\" \\ id")
        .article(Article.of("Title with \"quotes\" \\ and { braces }", List.of("Paragraph.")));
    for (int i = 0; i < handles.size(); i++) {
      builder.add(Comment.builder(CommentId.of(i + 1), Author.of(handles.get(i), "name \"" + i + "\""))
          .text("line one \"quoted\"\nline two \\").build());
      builder.add(Comment.builder(CommentId.of(i + 1, 1), Author.of(handles.get(i))).text("reply").build());
    }
    Discussion odd = builder.build();

    Map<String, Object> replies = render(DotExporter.builder().build(), odd);
    assertThat(JsonExporterTest.list(replies.get("objects"))).hasSize(odd.size() + 1);
    assertThat(JsonExporterTest.list(replies.get("edges"))).hasSize(odd.size());
    Map<String, Object> authors = render(DotExporter.builder().graph(GraphKind.AUTHORS).build(), odd);
    assertThat(JsonExporterTest.list(authors.get("objects"))).hasSize(handles.size());
  }

  private Map<String, Object> render(DotExporter exporter, Discussion discussion) throws Exception {
    Path file = dir.resolve("graph.dot");
    Files.write(file, FlatExportTest.write(exporter, discussion));
    ConsumersTest.Result result = ConsumersTest.run(List.of(DOT, "-Tjson", file.toString()));
    assertThat(result.exit()).as("dot on %s; stderr: %s", Files.readString(file, UTF_8), result.err()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> graph = JSON.readValue(result.out(), Map.class);
    return graph;
  }
}
