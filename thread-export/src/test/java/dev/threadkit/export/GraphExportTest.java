package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML read back with the JDK's XML parser; DOT checked for structure and escaping. */
class GraphExportTest {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  @Test
  void seedReplyGraphHasEightNodesAndSevenEdgesWithDeclaredAttributes() throws Exception {
    Discussion seed = SeedDiscussion.discussion();
    Document xml = parse(FlatExportTest.write(GraphMlExporter.builder().build(), seed));

    NodeList nodes = xml.getElementsByTagNameNS(NS, "node");
    NodeList edges = xml.getElementsByTagNameNS(NS, "edge");
    assertThat(nodes.getLength()).isEqualTo(8);
    assertThat(edges.getLength()).isEqualTo(7);

    Map<String, String> declared = new HashMap<>();
    NodeList keys = xml.getElementsByTagNameNS(NS, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      declared.put(key.getAttribute("id"), key.getAttribute("attr.type"));
    }
    assertThat(declared).containsEntry("author", "string").containsEntry("posted", "string")
        .containsEntry("depth", "int");

    for (int i = 1; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      Comment comment = seed.comments().get(i - 1);
      Map<String, String> data = data(node);
      assertThat(declared.keySet()).containsAll(data.keySet());
      assertThat(node.getAttribute("id")).isEqualTo(comment.id().toString());
      assertThat(data).containsEntry("author", comment.author().orElseThrow().handle())
          .containsEntry("kind", "comment")
          .containsEntry("posted", ModelAssertions.iso(comment.exactTime().orElseThrow()))
          .containsEntry("depth", Integer.toString(comment.depth()));
      Element edge = (Element) edges.item(i - 1);
      assertThat(edge.getAttribute("source")).isEqualTo(comment.id().toString());
      assertThat(edge.getAttribute("target")).isEqualTo(comment.parentId().map(Object::toString).orElse("article"));
    }
    assertThat(((Element) nodes.item(0)).getAttribute("id")).isEqualTo("article");
  }

  @Test
  void authorGraphCountsWhoRepliesToWhom() throws Exception {
    // zigzag: user1 writes top-level comments, userN writes at depth N-1.
    Document xml = parse(FlatExportTest.write(GraphMlExporter.builder().graph(GraphKind.AUTHORS).build(),
        Fixtures.zigzag()));

    NodeList nodes = xml.getElementsByTagNameNS(NS, "node");
    NodeList edges = xml.getElementsByTagNameNS(NS, "edge");
    assertThat(nodes.getLength()).isEqualTo(4);
    Map<String, String> weights = new HashMap<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      weights.put(edge.getAttribute("source") + "->" + edge.getAttribute("target"), data(edge).get("e_weight"));
    }
    // 1.1, 1.2, 2.1 by user2 reply to user1; 1.1.1, 2.1.1 by user3 to user2; 2.1.1.1 by user4 to user3.
    assertThat(weights).isEqualTo(Map.of("a2->a1", "3", "a3->a2", "2", "a4->a3", "1"));
  }

  @Test
  void replyGraphMarksKindsAnonymousAuthorsAndRelativeTimes() throws Exception {
    Document xml = parse(FlatExportTest.write(GraphMlExporter.builder().build(), Fixtures.schema2()));

    NodeList nodes = xml.getElementsByTagNameNS(NS, "node");
    List<Map<String, String>> data = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      data.add(data((Element) nodes.item(i)));
    }
    assertThat(data).extracting(d -> d.get("kind"))
        .containsExactly("article", "comment", "comment", "pingback", "deleted", "comment");
    assertThat(data).extracting(d -> d.get("label"))
        .containsExactly("Schema two", "alice", "(anonymous)", "(anonymous)", "bob", "(anonymous)");
    assertThat(data.get(2)).as("an anonymous comment has no author attribute").doesNotContainKey("author")
        .containsEntry("time_written", "yesterday");
    assertThat(data.get(1)).containsEntry("author", "alice").containsEntry("status", "online")
        .containsEntry("time_written", "5 hours ago").doesNotContainKey("posted");
    assertThat(data.get(4)).containsEntry("posted", "2024-02-29T23:05:00").doesNotContainKey("time_written");
  }

  @Test
  void authorGraphPutsAnonymousCommentsOnOnePlaceholderNode() throws Exception {
    Document xml = parse(FlatExportTest.write(GraphMlExporter.builder().graph(GraphKind.AUTHORS).build(),
        Fixtures.schema2()));

    NodeList nodes = xml.getElementsByTagNameNS(NS, "node");
    Map<String, Map<String, String>> byId = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      byId.put(((Element) nodes.item(i)).getAttribute("id"), data((Element) nodes.item(i)));
    }
    // alice a1, the anonymous placeholder a2 (1.1, 2 and 3.1), bob a3.
    assertThat(byId).hasSize(3);
    assertThat(byId.get("a2")).containsEntry("label", "(anonymous)").containsEntry("comments", "3")
        .doesNotContainKey("handle");
    assertThat(byId.get("a3")).containsEntry("handle", "bob").containsEntry("comments", "1");
    NodeList edges = xml.getElementsByTagNameNS(NS, "edge");
    Map<String, String> weights = new HashMap<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      weights.put(edge.getAttribute("source") + "->" + edge.getAttribute("target"), data(edge).get("e_weight"));
    }
    assertThat(weights).isEqualTo(Map.of("a2->a1", "1", "a2->a3", "1"));
  }

  @Test
  void trickyTextStaysWellFormedXml() throws Exception {
    Document xml = parse(FlatExportTest.write(GraphMlExporter.builder().build(), Fixtures.tricky()));

    Element first = (Element) xml.getElementsByTagNameNS(NS, "node").item(1);
    assertThat(data(first)).containsEntry("name", "Иван \"Ваня\"");
    Element article = (Element) xml.getElementsByTagNameNS(NS, "node").item(0);
    assertThat(data(article)).containsEntry("label", "A \"title\" with <tags> & \\ backslash");
  }

  @Test
  void dotEscapesQuotesBackslashesAndLineBreaks() {
    String dot = new String(FlatExportTest.write(DotExporter.builder().build(), Fixtures.tricky()), UTF_8);

    assertThat(dot).startsWith("digraph \"tricky \\\"one\\\"\" {\n");
    assertThat(dot).contains("\"article\" [kind=\"article\", label=\"A \\\"title\\\" with <tags> & \\\\ backslash\"]");
    assertThat(dot).contains("\"1.1\" [kind=\"comment\", label=\"a,b\\\"c\\\\d\"");
    assertThat(dot).contains("\"1.1\" -> \"1\";\n").contains("\"2\" -> \"article\";\n").endsWith("}\n");
    // Every line is a complete statement: no raw line break inside a string.
    for (String line : dot.split("\n")) {
      assertThat(line).matches("digraph .* \\{|  .*;|\\}");
      assertThat(unescapedQuotes(line) % 2).as(line).isZero();
    }
  }

  @Test
  void dotAuthorGraphWeighsEdges() {
    String dot = new String(FlatExportTest.write(DotExporter.builder().graph(GraphKind.AUTHORS).build(),
        Fixtures.zigzag()), UTF_8);

    assertThat(dot).contains("\"a2\" -> \"a1\" [weight=3];", "\"a3\" -> \"a2\" [weight=2];", "\"a4\" -> \"a3\" [weight=1];");
  }

  private static int unescapedQuotes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '"') {
        count++;
      }
    }
    return count;
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Map<String, String> data(Element element) {
    Map<String, String> data = new HashMap<>();
    NodeList children = element.getElementsByTagNameNS(NS, "data");
    for (int i = 0; i < children.getLength(); i++) {
      Element child = (Element) children.item(i);
      data.put(child.getAttribute("key"), child.getTextContent());
    }
    return data;
  }

  static List<String> lines(byte[] bytes) {
    return List.of(new String(bytes, UTF_8).split("\n", -1));
  }
}
