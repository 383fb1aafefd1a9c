package dev.threadkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the CPU time the benchmark thread spends in its operations, as a JMH secondary result
 * ({@code cpuNanos}, a rate like {@link InputBytes}'s): {@code cpuNanos / score} is CPU
 * nanoseconds per operation, and {@code inputBytes / cpuNanos} bytes per CPU nanosecond. On a
 * shared machine the wall-clock score falls whenever other processes take the cores, while
 * the thread's own CPU time moves much less, so dialects measured in different forks compare
 * better by it. It adds two {@code getCurrentThreadCpuTime} calls (well under a microsecond)
 * to each operation.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds of this thread in the operations of this iteration. */
  public long cpuNanos;

  /** Starts each iteration's count at zero. */
  @Setup(Level.Iteration)
  public void reset() {
    cpuNanos = 0;
  }

  /** The current thread's CPU time in nanoseconds. */
  static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
