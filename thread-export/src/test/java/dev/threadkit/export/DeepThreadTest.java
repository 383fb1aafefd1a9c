package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Discussion;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * A chain of {@value #DEPTH} nested replies exports in every format on a thread with a
 * 256 KiB stack, which recursion over the reply tree would overflow (see
 * {@link #theSmallStackReallyCatchesRecursion()}). Ids are quadratic in depth (each holds the
 * whole path), so the depth stays in the thousands.
 */
class DeepThreadTest {
  static final int DEPTH = 3_000;
  private static final long STACK = 256 * 1024;

  @TempDir
  Path dir;

  @Test
  void everyFormatExportsADeepChainWithoutRecursion() throws Throwable {
    Discussion chain = Fixtures.chain(DEPTH);
    int comments = DEPTH + 1;
    assertThat(chain.maxDepth()).isEqualTo(DEPTH);

    onSmallStack(() -> {
      for (Exporter exporter : Exporters.all()) {
        if (exporter instanceof CorpusExporter corpus) {
          corpus.write(chain, dir.resolve(exporter.name()));
          assertThat(Files.readAllLines(dir.resolve("convokit/utterances.jsonl"))).hasSize(comments + 1);
          continue;
        }
        DocumentExporter document = (DocumentExporter) exporter;
        if (exporter instanceof JsonExporter) {
          // Indented JSON of this depth is mostly indentation; count it instead of keeping it.
          CountingStream counted = new CountingStream();
          document.write(chain, counted);
          assertThat(counted.count).as("pretty json bytes").isGreaterThan((long) DEPTH * DEPTH);
          String compact = new String(FlatExportTest.write(JsonExporter.builder().pretty(false).build(), chain), UTF_8);
          assertThat(countCommentsStreaming(compact)).isEqualTo(comments);
          continue;
        }
        String text = new String(FlatExportTest.write(document, chain), UTF_8);
        String lastId = "1" + ".1".repeat(DEPTH);
        switch (exporter.name()) {
          case "jsonl" -> assertThat(FlatExportTest.readJsonLines(text.getBytes(UTF_8))).hasSize(comments)
              .last().satisfies(row -> assertThat(row).containsEntry("depth", DEPTH).containsEntry("id", lastId));
          case "csv" -> assertThat(FlatExportTest.readCsv(text.getBytes(UTF_8))).hasSize(comments)
              .last().satisfies(row -> assertThat(row).containsEntry("depth", Integer.toString(DEPTH)));
          case "graphml" -> assertThat(GraphExportTest.parse(text.getBytes(UTF_8))
              .getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength()).isEqualTo(comments);
          case "dot" -> assertThat(text.split(" -> ", -1)).hasSize(comments + 1);
          case "markdown" -> assertThat(text).contains("\n" + "> ".repeat(DEPTH) + "**user0**")
              .endsWith("> ".repeat(DEPTH) + "level " + DEPTH + "\n");
          case "dump" -> assertThat(text).endsWith("\n" + " ".repeat(2 * (DEPTH + 2)) + "level " + DEPTH);
          default -> throw new AssertionError("no deep check for " + exporter.name());
        }
      }
    });
  }

  @Test
  void manyDiscussionsIncludingADeepOneStreamIntoOneOutput() throws Throwable {
    List<Discussion> discussions = List.of(SeedDiscussion.discussion(), Fixtures.chain(DEPTH), Fixtures.zigzag());
    onSmallStack(() -> {
      for (StreamExporter exporter : List.of(JsonLinesExporter.builder().build(), CsvExporter.builder().build())) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportSession session = exporter.open(out)) {
          for (Discussion discussion : discussions) {
            session.write(discussion);
          }
        }
        List<java.util.Map<String, Object>> rows = exporter instanceof CsvExporter
            ? FlatExportTest.readCsv(out.toByteArray()) : FlatExportTest.readJsonLines(out.toByteArray());
        FlatExportTest.assertRows(rows, discussions, exporter instanceof CsvExporter);
      }
    });
  }

  /** Control: a plain recursive walk of the same chain does overflow the test's stack. */
  @Test
  void theSmallStackReallyCatchesRecursion() throws Throwable {
    Discussion chain = Fixtures.chain(DEPTH);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        recursiveWrite(chain, chain.roots().get(0), new StringBuilder());
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "recursive", STACK);
    thread.start();
    thread.join();
    assertThat(thrown.get()).isInstanceOf(StackOverflowError.class);
  }

  /** What a naive nested-JSON writer looks like: one frame (and a string) per level. */
  private static void recursiveWrite(Discussion discussion, dev.threadkit.model.Comment comment, StringBuilder out) {
    String id = comment.id().toString();
    out.append("{\"id\":\"").append(id.length()).append("\",\"replies\":[");
    for (dev.threadkit.model.Comment reply : discussion.repliesOf(comment.id())) {
      recursiveWrite(discussion, reply, out);
    }
    out.append("]}");
  }

  /** Counts comment objects with Jackson's streaming parser, itself iterative, depth unbounded. */
  private static int countCommentsStreaming(String json) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE).build())
        .build();
    int comments = 0;
    try (JsonParser parser = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("replies")) {
          comments++;
        }
      }
    }
    return comments;
  }

  private interface Body {
    void run() throws Exception;
  }

  private static void onSmallStack(Body body) throws Throwable {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        body.run();
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "deep", STACK);
    thread.start();
    thread.join();
    if (thrown.get() != null) {
      throw thrown.get();
    }
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
