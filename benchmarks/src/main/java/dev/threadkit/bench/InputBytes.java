package dev.threadkit.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the bytes each benchmark processes, as a JMH secondary result: {@code inputBytes} comes
 * out as a rate (bytes per second) next to the primary score, so every score converts to MB/s,
 * and {@code inputBytes / score} is the input size of one operation, which turns
 * {@code gc.alloc.rate.norm} into bytes allocated per input byte.
 *
 * <p>The input is the benchmark's own: the dump's UTF-8 bytes for the parser and the floor, the
 * JSON document for the Jackson read, the bytes written for an export.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class InputBytes {
  /** Bytes processed in this iteration. */
  public long inputBytes;

  /** Starts each iteration's count at zero. */
  @Setup(Level.Iteration)
  public void reset() {
    inputBytes = 0;
  }
}
