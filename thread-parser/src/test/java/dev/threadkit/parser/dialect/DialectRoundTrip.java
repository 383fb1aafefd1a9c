package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.CommentId;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The plumbing of the dialects' round-trip property tests: the seeds, a dialect's writer, the
 * write, and the parse back with its three checks. Each test keeps its generator and its own
 * further assertions.
 */
final class DialectRoundTrip {
  private DialectRoundTrip() {}

  /** The seeds each property test runs: 300, or {@code -Dthreadkit.seeds=N}; a {@code @MethodSource}. */
  static LongStream seeds() {
    return LongStream.range(0, Long.getLong("threadkit.seeds", 300));
  }

  /**
   * The writer of a dialect, through the parser's dialects, not
   * {@code ServiceLoader.load(DialectWriter.class)}: the parser's module, which these tests are
   * patched into on the module path, declares no use of that service.
   */
  static DialectWriter writer(String dialect) {
    return DumpParser.builder().build().dialects().stream()
        .filter(d -> d.name().equals(dialect)).findFirst().orElseThrow().writer().orElseThrow();
  }

  /** The discussion as the writer writes it. */
  static String write(DialectWriter writer, Discussion discussion) {
    StringBuilder dump = new StringBuilder();
    try {
      writer.write(discussion, dump);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dump.toString();
  }

  /**
   * Parses a dump with the dialect detected and checks that it is {@code dialect}, with no
   * diagnostic, and that the discussion read back (sources left out) is the original.
   *
   * @return the parse, for further assertions
   */
  static ParseResult assertParsesBack(String dump, Discussion original, String dialect) {
    ParseResult result = DumpParser.builder().build().parse(dump, original.id());
    assertThat(result.dialect()).as("%s", dump).isEqualTo(dialect);
    assertThat(result.diagnostics()).as("%s", dump).isEmpty();
    assertThat(result.discussion().withoutSources()).as("%s", dump).isEqualTo(original);
    return result;
  }

  /**
   * The id of the next comment of a generated tree, at {@code depth}: the next sibling of the
   * comment at that depth on {@code path} (the ids from the top to the last comment), or the
   * first reply of the last one when {@code depth} is the path's length.
   */
  static CommentId nextId(List<CommentId> path, int depth) {
    if (depth < path.size()) {
      return depth == 0 ? CommentId.root(path.get(0).ordinal() + 1) : path.get(depth - 1).child(path.get(depth).ordinal() + 1);
    }
    return depth == 0 ? CommentId.root(1) : path.get(depth - 1).child(1);
  }

  /** A generated sentence of {@code min} to {@code max} of the words, capitalised, ending in a full stop. */
  static String sentence(SplittableRandom random, String[] words, int min, int max) {
    StringBuilder out = new StringBuilder();
    int n = min + random.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.append('.').toString();
  }
}
