package dev.threadkit.bench;

import java.io.IOException;
import java.io.OutputStream;
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

/**
 * The exporters on the parsed discussion of each size, writing into a discarding stream: the
 * cost of turning the model into bytes, without any I/O.
 *
 * <ul>
 *   <li>{@code exportJson}: the {@code json} document (compact, with source lines: the very
 *       bytes the Jackson peer of {@link ParseBenchmark} reads);
 *   <li>{@code exportJsonLines}: {@code jsonl}, one flat object per comment.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ExportBenchmark {

  private final OutputStream discard = OutputStream.nullOutputStream();

  /** The discussion as one compact JSON document. */
  @Benchmark
  public void exportJson(Content content, InputBytes count) throws IOException {
    count.inputBytes += content.in.json.length;
    Inputs.JSON.write(content.in.discussion, discard);
  }

  /** The discussion as JSON Lines. */
  @Benchmark
  public void exportJsonLines(Content content, InputBytes count) throws IOException {
    count.inputBytes += content.in.jsonLinesBytes;
    Inputs.JSON_LINES.write(content.in.discussion, discard);
  }
}
