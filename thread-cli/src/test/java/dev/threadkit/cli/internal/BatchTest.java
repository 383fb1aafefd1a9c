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
  void heavyInputsAreHeldWithinTheBudgetButOneAlwaysRuns() {
    AtomicInteger weightHeld = new AtomicInteger();
    AtomicInteger mostWeightHeld = new AtomicInteger();
    List<Integer> weights = List.of(40, 40, 40, 250, 10, 10, 10, 10, 10, 10);
    List<Integer> seen = new ArrayList<>();

    Batch.run(weights, 4, w -> (long) w, 100, w -> {
      mostWeightHeld.accumulateAndGet(weightHeld.addAndGet(w), Math::max);
      return w;
    }, w -> {
      sleepMillis(1);
      weightHeld.addAndGet(-w);
      seen.add(w);
    });

    assertThat(seen).isEqualTo(weights);
    // 250 is over budget on its own: it runs alone, never alongside anything else.
    assertThat(mostWeightHeld.get()).isEqualTo(250);
  }

  @Test
  void withinTheBudgetSeveralInputsRunAtOnce() {
    AtomicInteger held = new AtomicInteger();
    AtomicInteger mostHeld = new AtomicInteger();

    Batch.run(java.util.Collections.nCopies(50, 30), 4, w -> (long) w, 100, w -> {
      mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
      return w;
    }, w -> {
      sleepMillis(1);
      held.decrementAndGet();
    });

    assertThat(mostHeld.get()).isBetween(2, 3); // 3 × 30 fits in 100, 4 × 30 does not
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
