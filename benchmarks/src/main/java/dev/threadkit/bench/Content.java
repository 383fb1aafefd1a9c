package dev.threadkit.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH state holding the {@link Inputs} of one size, made once per trial (fork): that of
 * {@link ExportBenchmark}. {@link ParseBenchmark}'s, {@link ParseContent}, adds the Latin sizes.
 */
@State(Scope.Benchmark)
public class Content {
  /** The size of the content; see {@link Inputs#of(String)}. */
  @Param({"10K", "1M", "16M", "seed"})
  public String size;

  Inputs in;

  /** Generates (or loads) the content, parses it once and exports it once, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    in = Inputs.of(size);
  }
}
