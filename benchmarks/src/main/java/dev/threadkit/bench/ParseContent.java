package dev.threadkit.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH state of {@link ParseBenchmark}: the {@link Inputs} of one size, made once per trial
 * (fork). The sizes of {@link Content}, and the 1M and 16M dumps again in Latin-1 text only
 * ({@code 1M-latin}, {@code 16M-latin}): parsing is measured on both kinds of text, the
 * exporters (which {@link Content} serves) only on the first, to keep the full run short.
 */
@State(Scope.Benchmark)
public class ParseContent {
  /** The size of the content; see {@link Inputs#of(String)}. */
  @Param({"10K", "1M", "16M", "seed", "1M-latin", "16M-latin"})
  public String size;

  Inputs in;

  /** Generates (or loads) the content, parses it once and exports it once, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    in = Inputs.of(size);
  }
}
