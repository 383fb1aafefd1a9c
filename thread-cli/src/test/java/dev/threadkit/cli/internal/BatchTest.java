package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchTest {

  @Test
  void resultsArriveInInputOrderWhateverFinishesFirst() {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    List<Integer> seen = new ArrayList<>();

    Batch.run(inputs, 4, i -> {
      sleepMillis(ThreadLocalRandom.current().nextInt(3));
      return i * 10;
    }, seen::add);

    assertThat(seen).isEqualTo(inputs.stream().map(i -> i * 10).toList());
  }

  @Test
  void noMoreThanTwiceTheJobsResultsAreHeldAtOnce() {
    int jobs = 3;
    AtomicInteger held = new AtomicInteger(); // produced but not yet consumed
    AtomicInteger mostHeld = new AtomicInteger();

    Batch.run(IntStream.range(0, 100).boxed().toList(), jobs, i -> {
      mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
      return i;
    }, i -> {
      sleepMillis(1); // a slow writer: the workers would run ahead if nothing held them back
      held.decrementAndGet();
    });

    assertThat(held.get()).isZero();
    assertThat(mostHeld.get()).isBetween(2, 2 * jobs);
  }

  @Test
  void aFailingSinkStopsTheBatch() {
    AtomicInteger started = new AtomicInteger();

    assertThatThrownBy(() -> Batch.run(IntStream.range(0, 1_000).boxed().toList(), 2, i -> {
      started.incrementAndGet();
      return i;
    }, i -> {
      if (i == 5) {
        throw new IllegalStateException("disk full");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    assertThat(started.get()).isLessThan(20);
  }

  @Test
  void aFailingTaskPropagatesItsException() {
    assertThatThrownBy(() -> Batch.run(List.of(1, 2, 3), 2, i -> {
      if (i == 2) {
        throw new IllegalArgumentException("bad " + i);
      }
      return i;
    }, i -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 2");
  }

  @Test
  void zeroJobsIsRejected() {
    assertThatThrownBy(() -> Batch.run(List.of(1), 0, i -> i, i -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void sleepMillis(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
