package dev.threadkit.bench;

import dev.threadkit.model.Discussion;
import dev.threadkit.export.JsonDiscussionReader;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The parsing hot path and its two peers, on the same content in the same run.
 *
 * <ul>
 *   <li>{@code parseString}, {@code parseBytes}: the dump parser, from a String and from UTF-8
 *       bytes (decoding included), to a {@link ParseResult};
 *   <li>{@code parseForced}: {@code parseString} with the dialect forced
 *       ({@code DumpParser.builder().dialect("topcor")}), so no detection: {@code parseString}
 *       over {@code parseForced} in one run is what choosing the dialect costs;
 *   <li>{@code jacksonString}, {@code jacksonBytes}: Jackson 3 reading the same discussion's
 *       {@code json} export back into the model ({@link JsonDiscussionReader}), what a user who
 *       keeps JSON instead of dumps pays;
 *   <li>{@code floor}: splitting the dump into lines with {@code indexOf('\n')} and touching
 *       each line, no parsing: no line-based parser can beat it.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ParseBenchmark {

  private final DumpParser parser = DumpParser.builder().build();
  private final DumpParser forced = DumpParser.builder().dialect("topcor").build();
  private final JsonDiscussionReader jackson = JsonDiscussionReader.builder().build();

  /** The dump parser reading the dump from a String. */
  @Benchmark
  public ParseResult parseString(Content content, InputBytes count) {
    count.inputBytes += content.in.dumpUtf8.length;
    return parser.parse(content.in.dump, content.in.id);
  }

  /** The dump parser reading the dump from a String in the dialect it has (topcor), without detecting it. */
  @Benchmark
  public ParseResult parseForced(Content content, InputBytes count) {
    count.inputBytes += content.in.dumpUtf8.length;
    return forced.parse(content.in.dump, content.in.id);
  }

  /** The dump parser reading the dump from UTF-8 bytes, decoding included. */
  @Benchmark
  public ParseResult parseBytes(Content content, InputBytes count) {
    count.inputBytes += content.in.dumpUtf8.length;
    return parser.parse(content.in.dumpUtf8, content.in.id);
  }

  /** Jackson reading the discussion's JSON export from a String into the model. */
  @Benchmark
  public Discussion jacksonString(Content content, InputBytes count) {
    count.inputBytes += content.in.json.length;
    return jackson.read(content.in.jsonText);
  }

  /** Jackson reading the discussion's JSON export from UTF-8 bytes into the model. */
  @Benchmark
  public Discussion jacksonBytes(Content content, InputBytes count) {
    count.inputBytes += content.in.json.length;
    return jackson.read(content.in.json);
  }

  /** The floor: every line of the dump found with {@code indexOf('\n')} and its first character read. */
  @Benchmark
  public void floor(Content content, InputBytes count, Blackhole blackhole) {
    count.inputBytes += content.in.dumpUtf8.length;
    String text = content.in.dump;
    int length = text.length();
    long sum = 0;
    for (int pos = 0; pos < length; ) {
      int newline = text.indexOf('\n', pos);
      int end = newline < 0 ? length : newline;
      if (end > pos) {
        sum += text.charAt(pos);
      }
      pos = end + 1;
    }
    blackhole.consume(sum);
  }
}
