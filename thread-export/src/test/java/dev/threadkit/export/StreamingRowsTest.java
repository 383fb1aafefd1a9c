package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.ParsedComment;
import dev.threadkit.testkit.DiscussionGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link RowSession}: rows written comment by comment, from comments built in code or from the
 * streaming parser's {@link ParsedComment}s, are byte for byte the rows of the whole
 * {@link Discussion}, in every row format and mode.
 */
class StreamingRowsTest {

  /** Every row format and mode the command line offers. */
  private static final Map<String, Supplier<StreamExporter>> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("csv", () -> CsvExporter.builder().build());
    FORMATS.put("csv without header", () -> CsvExporter.builder().header(false).build());
    FORMATS.put("csv spreadsheet-safe", () -> CsvExporter.builder().spreadsheetSafe(true).build());
    FORMATS.put("jsonl", () -> JsonLinesExporter.builder().build());
  }

  private static List<Discussion> discussions() {
    List<Discussion> all = new ArrayList<>(List.of(SeedDiscussion.discussion(), Fixtures.tricky(), Fixtures.zigzag(),
        Fixtures.schema2(), Fixtures.numericIds("0001"), Fixtures.chain(40), formulas()));
    for (long seed = 1; seed <= 12; seed++) {
      all.add(DiscussionGenerator.builder().seed(seed).comments(60).build().generate());
    }
    return all;
  }

  /** Formulas in every text column a comment fills, for the spreadsheet-safe mode. */
  private static Discussion formulas() {
    return Discussion.builder("=formulas").dialect("topcor")
        .add(Comment.builder(CommentId.of(1), Author.of("=cmd|' /C calc'!A0", "-name")).text("@SUM(A1:A2)").build())
        .add(Comment.builder(CommentId.of(1, 1), Author.of("+plus")).text("\tindented").build())
        .add(Comment.builder(CommentId.of(2)).text("a - b = c").build())
        .build();
  }

  @Test
  void commentByCommentGivesTheBytesOfTheWholeDiscussion() throws IOException {
    for (Map.Entry<String, Supplier<StreamExporter>> format : FORMATS.entrySet()) {
      for (Discussion discussion : discussions()) {
        byte[] whole = whole(format.getValue().get(), List.of(discussion));
        byte[] streamed = streamed(format.getValue().get(), List.of(discussion));

        assertThat(new String(streamed, UTF_8)).as(format.getKey() + " of " + discussion.id())
            .isEqualTo(new String(whole, UTF_8));
        assertThat(streamed).as(format.getKey() + " of " + discussion.id()).isEqualTo(whole);
      }
    }
  }

  @Test
  void manyDiscussionsInOneSessionGiveTheSameBytesEitherWay() throws IOException {
    List<Discussion> all = discussions();
    for (Map.Entry<String, Supplier<StreamExporter>> format : FORMATS.entrySet()) {
      assertThat(streamed(format.getValue().get(), all)).as(format.getKey()).isEqualTo(whole(format.getValue().get(), all));
    }
  }

  @Test
  void theTwoWaysMixInOneSession() throws IOException {
    Discussion a = Fixtures.schema2();
    Discussion b = Fixtures.tricky();
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    try (RowSession rows = CsvExporter.builder().build().open(mixed)) {
      rows.write(a);
      rows.discussion(b.id(), b.dialect());
      b.comments().forEach(rows::comment);
    }

    assertThat(mixed.toByteArray()).isEqualTo(whole(CsvExporter.builder().build(), List.of(a, b)));
  }

  @Test
  void theStreamingParsersCommentsGiveTheRowsOfTheParsedDiscussion() throws IOException {
    DumpParser parser = DumpParser.builder().build();
    Map<String, String> dumps = new LinkedHashMap<>();
    dumps.put("seed", new String(SeedDiscussion.bytes(), UTF_8));
    dumps.put("formulas", resource("/rows/formulas-in-every-text-column.txt"));
    for (long seed = 1; seed <= 6; seed++) {
      dumps.put("generated-" + seed, DiscussionGenerator.builder().seed(seed).build().dumpOfSize(40_000));
    }
    for (Map.Entry<String, Supplier<StreamExporter>> format : FORMATS.entrySet()) {
      for (Map.Entry<String, String> dump : dumps.entrySet()) {
        ParseResult parsed = parser.parse(dump.getValue(), dump.getKey());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowSession rows = (RowSession) format.getValue().get().open(out)) {
          parser.read(dump.getValue(), dump.getKey(), new DumpHandler() {
            @Override
            public void start(String dialect) {
              rows.discussion(dump.getKey(), dialect);
            }

            @Override
            public void comment(ParsedComment comment) {
              rows.comment(comment);
            }
          });
        }

        assertThat(out.toByteArray()).as(format.getKey() + " of " + dump.getKey())
            .isEqualTo(whole(format.getValue().get(), List.of(parsed.discussion())));
      }
    }
  }

  @Test
  void theTestsCoverEveryColumn() throws IOException {
    List<Map<String, Object>> rows = FlatExportTest.readCsv(whole(CsvExporter.builder().build(), discussions()));
    for (String column : ModelAssertions.CSV_HEADER.strip().split(",")) {
      assertThat(rows).as(column).anySatisfy(row -> assertThat(row.get(column)).asString().isNotEmpty());
    }
    String safe = new String(whole(CsvExporter.builder().spreadsheetSafe(true).build(), List.of(formulas())), UTF_8);
    assertThat(safe).contains("'=formulas", "'=cmd", "'-name", "'@SUM", "'\tindented", ",a - b = c,");
  }

  @Test
  void aCommentNeedsAStartedDiscussionInDocumentOrderAndAnOpenSession() throws IOException {
    Comment top = Comment.builder(CommentId.of(1), Author.of("a")).text("x").build();
    Comment deep = Comment.builder(CommentId.of(1, 1, 1), Author.of("b")).text("y").build();
    RowSession rows = JsonLinesExporter.builder().build().open(new ByteArrayOutputStream());

    assertThatThrownBy(() -> rows.comment(top)).isInstanceOf(IllegalStateException.class).hasMessageContaining("start");
    rows.discussion("d", "topcor");
    rows.comment(top);
    assertThatThrownBy(() -> rows.comment(deep)).isInstanceOf(IllegalStateException.class).hasMessageContaining("skips");
    rows.close();
    assertThatThrownBy(() -> rows.discussion("e", "topcor")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> rows.comment(top)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailedWriteIsAnUncheckedIoException() throws IOException {
    RowSession rows = JsonLinesExporter.builder().build().open(new java.io.Writer() {
      @Override
      public void write(char[] buffer, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    rows.discussion("d", "topcor");
    Comment big = Comment.builder(CommentId.of(1), Author.of("a")).text("x".repeat(100_000)).build();

    assertThatThrownBy(() -> rows.comment(big)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
  }

  private static byte[] whole(StreamExporter exporter, List<Discussion> discussions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = exporter.open(out)) {
      for (Discussion discussion : discussions) {
        session.write(discussion);
      }
    }
    return out.toByteArray();
  }

  private static byte[] streamed(StreamExporter exporter, List<Discussion> discussions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowSession rows = (RowSession) exporter.open(out)) {
      for (Discussion discussion : discussions) {
        rows.discussion(discussion.id(), discussion.dialect());
        for (Comment comment : discussion.comments()) {
          rows.comment(comment);
        }
      }
    }
    return out.toByteArray();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StreamingRowsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
