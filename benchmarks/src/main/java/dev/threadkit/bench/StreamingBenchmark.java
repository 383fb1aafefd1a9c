package dev.threadkit.bench;

import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.ExportSession;
import dev.threadkit.export.RowSession;
import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParsedComment;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A dump to CSV rows, the work of {@code threadkit convert --to csv} for one dump, two ways, in
 * the same run: through the parser's streaming layer straight into a {@link RowSession} (no
 * model: what the command line does), and parsed to the model first and then exported (what it
 * did before). Both write the same bytes (thread-export's {@code StreamingRowsTest}) into a
 * discarding stream, UTF-8 encoding included; the input counted is the dump's UTF-8 bytes, so
 * {@code alloc B/in B} is bytes allocated per byte of dump. {@link CpuTime} counts the benchmark
 * thread's CPU time too ({@code cpuNanos}), steadier than the wall-clock score on a shared
 * machine (it leaves out the garbage collector's threads, which the model path keeps busier).
 *
 * <ul>
 *   <li>{@code csvStreaming}: {@code DumpParser.read} with a handler passing each comment to
 *       {@link RowSession#comment};
 *   <li>{@code csvParseThenExport}: {@code DumpParser.parse}, then {@link ExportSession#write};
 *   <li>{@code readOnly}: the streaming layer alone, each comment's text asked for and dropped:
 *       what is left when the rows cost nothing.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -prof gc -p size=1M,16M StreamingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class StreamingBenchmark {

  private static final DumpParser PARSER = DumpParser.builder().build();
  private static final CsvExporter CSV = CsvExporter.builder().build();

  private final OutputStream discard = OutputStream.nullOutputStream();

  /** The dump to CSV through the streaming layer: rows written as comments arrive. */
  @Benchmark
  public void csvStreaming(Content content, InputBytes count, CpuTime cpu) throws IOException {
    count.inputBytes += content.in.dumpUtf8.length;
    long start = CpuTime.now();
    String id = content.in.id;
    try (RowSession rows = CSV.open(discard)) {
      PARSER.read(content.in.dump, id, new DumpHandler() {
        @Override
        public void start(String dialect) {
          rows.discussion(id, dialect);
        }

        @Override
        public void comment(ParsedComment comment) {
          rows.comment(comment);
        }
      });
    }
    cpu.cpuNanos += CpuTime.now() - start;
  }

  /** The dump to CSV through the model: parse, then export the discussion. */
  @Benchmark
  public void csvParseThenExport(Content content, InputBytes count, CpuTime cpu) throws IOException {
    count.inputBytes += content.in.dumpUtf8.length;
    long start = CpuTime.now();
    try (ExportSession rows = CSV.open(discard)) {
      rows.write(PARSER.parse(content.in.dump, content.in.id).discussion());
    }
    cpu.cpuNanos += CpuTime.now() - start;
  }

  /** The streaming layer alone: each comment's text made and dropped. */
  @Benchmark
  public void readOnly(Content content, InputBytes count, CpuTime cpu, Blackhole sink) {
    count.inputBytes += content.in.dumpUtf8.length;
    long start = CpuTime.now();
    PARSER.read(content.in.dump, content.in.id, new DumpHandler() {
      @Override
      public void comment(ParsedComment comment) {
        sink.consume(comment.text());
      }
    });
    cpu.cpuNanos += CpuTime.now() - start;
  }
}
