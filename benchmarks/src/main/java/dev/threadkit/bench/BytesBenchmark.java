package dev.threadkit.bench;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.internal.Utf8Decoder;
import dev.threadkit.testkit.JdkUtf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bytes input path on its own (issue 12): ways of turning the dump's UTF-8 bytes into the
 * String the parser reads, side by side in one run, and the parse of a dump file. Each
 * operation also counts its thread's CPU time ({@link CpuTime}), the steadier measure on a
 * shared machine.
 *
 * <ul>
 *   <li>{@code decodeJdk}: what {@code DumpParser} did before: {@code new String(bytes, UTF_8)},
 *       then a look for U+FFFD (a second decoder ran only when one was found);
 *   <li>{@code decodeChars}: {@link Utf8Decoder#decode}, one pass into a {@code char[n]};
 *   <li>{@code decodeDamagedJdk}, {@code decodeDamaged}: the same before and now for the dump
 *       with a stray byte and a cut character, where the bad bytes' offsets are wanted;
 *   <li>{@code parsePath}: {@code DumpParser.parse(Path)} of the dump written to a temporary file.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BytesBenchmark {

  private final DumpParser parser = DumpParser.builder().build();

  /** The content, and the dump as a file for {@code parsePath}. */
  @State(Scope.Benchmark)
  public static class Dump {
    /** The size of the content; see {@link Inputs#of(String)}. */
    @Param({"1M", "16M"})
    public String size;

    Inputs in;
    Path file;
    byte[] damaged;

    /** Makes the content and writes the dump to a temporary file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      in = Inputs.of(size);
      file = Files.createTempFile("threadkit-bytes-", ".txt");
      Files.write(file, in.dumpUtf8);
      damaged = java.util.Arrays.copyOf(in.dumpUtf8, in.dumpUtf8.length + 1);
      damaged[damaged.length / 2] = (byte) 0xFF; // a stray byte, and a character cut at the end
      damaged[damaged.length - 1] = (byte) 0xC3;
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** The JDK's decoder and the look for U+FFFD, as before. */
  @Benchmark
  public String decodeJdk(Dump dump, InputBytes count, CpuTime cpu) {
    count.inputBytes += dump.in.dumpUtf8.length;
    long start = CpuTime.now();
    String text = new String(dump.in.dumpUtf8, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      throw new IllegalStateException("the benchmark's dump is valid UTF-8");
    }
    cpu.cpuNanos += CpuTime.now() - start;
    return text;
  }

  /** One pass into a {@code char[n]}. */
  @Benchmark
  public String decodeChars(Dump dump, InputBytes count, CpuTime cpu) {
    count.inputBytes += dump.in.dumpUtf8.length;
    long start = CpuTime.now();
    String text = Utf8Decoder.decode(dump.in.dumpUtf8, new Utf8Decoder.Replaced());
    cpu.cpuNanos += CpuTime.now() - start;
    return text;
  }

  /**
   * Before, for input with bad bytes: the JDK's decoder, and since its text holds a U+FFFD, a
   * reporting decoder over the whole input again for the bad bytes' offsets (the code
   * {@code Decoding} had).
   */
  @Benchmark
  public Object decodeDamagedJdk(Dump dump, InputBytes count, CpuTime cpu) {
    byte[] bytes = dump.damaged;
    count.inputBytes += bytes.length;
    long start = CpuTime.now();
    String text = new String(bytes, StandardCharsets.UTF_8);
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    if (text.indexOf('\uFFFD') >= 0) {
      text = JdkUtf8.decode(bytes, offsets);
    }
    cpu.cpuNanos += CpuTime.now() - start;
    return offsets.isEmpty() ? text : offsets;
  }

  /** Now, for input with bad bytes: one pass finds them. */
  @Benchmark
  public Object decodeDamaged(Dump dump, InputBytes count, CpuTime cpu) {
    count.inputBytes += dump.damaged.length;
    long start = CpuTime.now();
    Utf8Decoder.Replaced replaced = new Utf8Decoder.Replaced();
    String text = Utf8Decoder.decode(dump.damaged, replaced);
    cpu.cpuNanos += CpuTime.now() - start;
    return replaced.size() == 0 ? text : replaced;
  }

  /** The dump parsed from its file. */
  @Benchmark
  public ParseResult parsePath(Dump dump, InputBytes count, CpuTime cpu) {
    count.inputBytes += dump.in.dumpUtf8.length;
    long start = CpuTime.now();
    ParseResult result = parser.parse(dump.file);
    cpu.cpuNanos += CpuTime.now() - start;
    return result;
  }

  /** The dump parsed from its bytes. */
  @Benchmark
  public ParseResult parseBytes(Dump dump, InputBytes count, CpuTime cpu) {
    count.inputBytes += dump.in.dumpUtf8.length;
    long start = CpuTime.now();
    ParseResult result = parser.parse(dump.in.dumpUtf8, dump.in.id);
    cpu.cpuNanos += CpuTime.now() - start;
    return result;
  }

  /** The dump parsed from its String, for the cost of decoding. */
  @Benchmark
  public ParseResult parseString(Dump dump, InputBytes count, CpuTime cpu) {
    count.inputBytes += dump.in.dumpUtf8.length;
    long start = CpuTime.now();
    ParseResult result = parser.parse(dump.in.dump, dump.in.id);
    cpu.cpuNanos += CpuTime.now() - start;
    return result;
  }
}
