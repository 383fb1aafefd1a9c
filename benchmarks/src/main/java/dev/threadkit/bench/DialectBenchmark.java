package dev.threadkit.bench;

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

/**
 * {@code DumpParser.parse(String, id)} on a generated dump of each dialect that has a writer
 * ({@link DialectContent}): the dialect detected, then read, as a user's parse does. Its
 * {@code inputBytes} counter gives MB/s, the measure that compares dialects whose dumps of one
 * discussion differ in size; {@link ReportTable} prints each dialect's MB/s over topcor's at
 * the same size. Its {@link CpuTime} counter gives the same per CPU second of the benchmark
 * thread, the steadier measure on a machine other work shares.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class DialectBenchmark {

  private final DumpParser parser = DumpParser.builder().build();

  /** The dump parser reading one dialect's dump from a String, detection included. */
  @Benchmark
  public ParseResult parseDialect(DialectContent content, InputBytes count, CpuTime cpu) {
    count.inputBytes += content.in.dumpUtf8.length;
    long start = CpuTime.now();
    ParseResult result = parser.parse(content.in.dump, content.in.id);
    cpu.cpuNanos += CpuTime.now() - start;
    return result;
  }
}
