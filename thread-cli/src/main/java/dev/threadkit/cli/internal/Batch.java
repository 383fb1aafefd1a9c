package dev.threadkit.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs work over many inputs on a few threads and hands the results to one consumer in input
 * order, holding at most {@code 2 × jobs} results at a time, and no more inputs than a byte
 * budget allows (though always at least one): memory stays bounded however many and however
 * large the inputs are, and output order never depends on which parse finished first.
 */
public final class Batch {

  private Batch() {}

  /**
   * Applies {@code work} to every input on {@code jobs} threads and passes each result to
   * {@code sink}, on the calling thread, in input order.
   *
   * @param <I> the input type
   * @param <R> the result type
   * @param inputs the inputs
   * @param jobs how many threads work at once, at least 1
   * @param work what to do with one input; should not throw
   * @param sink receives the results in input order; if it throws, the batch stops and the
   *     exception propagates
   */
  public static <I, R> void run(List<I> inputs, int jobs, Function<? super I, ? extends R> work,
      Consumer<? super R> sink) {
    run(inputs, jobs, input -> 0L, Long.MAX_VALUE, work, sink);
  }

  /**
   * Like {@link #run(List, int, Function, Consumer)}, but also keeps the total weight of the
   * inputs in flight (submitted, not yet consumed) within {@code budget}; one input is always
   * let through, however heavy, so that the batch makes progress.
   *
   * @param <I> the input type
   * @param <R> the result type
   * @param inputs the inputs
   * @param jobs how many threads work at once, at least 1
   * @param weight an input's weight, such as its size in bytes
   * @param budget the most weight in flight
   * @param work what to do with one input; should not throw
   * @param sink receives the results in input order
   */
  public static <I, R> void run(List<I> inputs, int jobs, ToLongFunction<? super I> weight, long budget,
      Function<? super I, ? extends R> work, Consumer<? super R> sink) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    int window = 2 * jobs;
    AtomicInteger threadCount = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, inputs.size())), task -> {
      Thread thread = new Thread(task, "threadkit-parse-" + threadCount.incrementAndGet());
      thread.setDaemon(true); // a stuck read of stdin must not keep the JVM alive
      return thread;
    });
    Deque<Future<? extends R>> pending = new ArrayDeque<>(window);
    Deque<Long> weights = new ArrayDeque<>(window);
    long inFlight = 0;
    try {
      int next = 0;
      while (next < inputs.size() || !pending.isEmpty()) {
        while (next < inputs.size() && pending.size() < window) {
          I input = inputs.get(next);
          long w = Math.max(0, weight.applyAsLong(input));
          if (!pending.isEmpty() && inFlight + w > budget) {
            break;
          }
          next++;
          inFlight += w;
          weights.addLast(w);
          pending.addLast(pool.submit(() -> work.apply(input)));
        }
        R result = await(pending.removeFirst());
        inFlight -= weights.removeFirst();
        sink.accept(result);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        } catch (CancellationException e) {
          throw new IllegalStateException("a batch task was cancelled", e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
