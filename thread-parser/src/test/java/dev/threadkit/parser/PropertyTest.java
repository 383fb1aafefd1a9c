package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.internal.dialect.TopcorWriter;
import dev.threadkit.testkit.DiscussionGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over hundreds of seeds of the project's own generators. */
class PropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, Long.getLong("threadkit.seeds", 400));
  }

  final DumpParser parser = DumpParser.builder().build();
  final DumpParser strictTopcor = DumpParser.builder().dialect("topcor").strict(true).build();

  /** Writes a discussion back as a dump with the parser's own topcor writer. */
  static String write(Discussion discussion) {
    StringBuilder out = new StringBuilder();
    try {
      new TopcorWriter().write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aGeneratedDiscussionWrittenAsADumpParsesBackToItself(long seed) {
    Discussion original = DiscussionGenerator.builder().seed(seed).comments((int) (seed % 90)).build().generate();
    String dump = write(original);
    ParseResult result = strictTopcor.parse(dump, original.id());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.unplacedLines()).isEmpty();
    assertThat(result.discussion().withoutSources()).isEqualTo(original);
    int lines = dump.split("\n", -1).length;
    int previousLast = 0;
    for (Comment comment : result.discussion().comments()) {
      assertThat(comment.source()).hasValueSatisfying(range -> {
        assertThat(range.first()).isGreaterThan(0).isLessThanOrEqualTo(lines);
        assertThat(range.last()).isLessThanOrEqualTo(lines);
      });
      assertThat(comment.source().orElseThrow().first()).isGreaterThan(previousLast);
      previousLast = comment.source().orElseThrow().last();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void detectionReadsAGeneratedDumpWithCommentsAsTopcorAndOneWithoutAsPlain(long seed) {
    Discussion original = DiscussionGenerator.builder().seed(seed).comments((int) (seed % 7)).build().generate();
    String dump = write(original);
    ParseResult detected = parser.parse(dump, original.id());
    if (original.size() > 0) {
      assertThat(detected.dialect()).isEqualTo("topcor");
      assertThat(detected.discussion()).isEqualTo(strictTopcor.parse(dump, original.id()).discussion());
    } else {
      assertThat(detected.dialect()).isEqualTo("plain");
      assertThat(detected.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NO_COMMENTS_FOUND);
      assertThat(detected.discussion().comments()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyTextParsesLenientlyWithoutLosingALine(long seed) {
    String text = RandomDumps.generate(seed);
    ParseResult result = parser.parse(text, "random-" + seed);
    assertThat(NoLineLost.lostLines(text, result)).as("lost lines of seed %d:%n%s", seed, text).isEmpty();
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.message()).doesNotContain("\n"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aDamagedGeneratedDumpParsesLenientlyWithoutLosingALine(long seed) {
    String dump = write(DiscussionGenerator.builder().seed(seed).comments(30).build().generate());
    String damaged = damage(dump, new SplittableRandom(seed));
    ParseResult result = parser.parse(damaged, "damaged-" + seed);
    assertThat(NoLineLost.lostLines(damaged, result)).as("lost lines of seed %d:%n%s", seed, damaged).isEmpty();
  }

  /** Deletes, re-indents, misspells and truncates, as page copies and careless edits do. */
  private static String damage(String dump, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (String line : dump.split("\n", -1)) {
      int roll = random.nextInt(40);
      if (roll == 0) {
        continue; // a lost line
      } else if (roll == 1) {
        out.append("   ").append(line.strip());
      } else if (roll == 2) {
        out.append(line.replace("December", "Decembre").replace("May", "Mai"));
      } else if (roll == 3) {
        out.append(line.replace(": ", ":").replace("\u0020\u0020", "\t"));
      } else if (roll == 4) {
        out.append(line).append("  \r");
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return random.nextBoolean() ? out.substring(0, random.nextInt(out.length() + 1)) : out.toString();
  }
}
