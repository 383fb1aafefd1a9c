package dev.threadkit.model;

import static dev.threadkit.model.SeedFixtures.BULANOV;
import static dev.threadkit.model.SeedFixtures.STEELMAKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Discussions far deeper and wider than any real thread. Each test body runs on a thread with a
 * small stack, so that any recursion over the reply tree or an id's path fails with a
 * {@link StackOverflowError} instead of passing on a generous default stack.
 */
class LargeDiscussionTest {

  private static final int N = 100_000;
  private static final int SMALL_STACK = 512 * 1024;

  @Test
  void aChainOfNestedRepliesNeedsNoRecursion() throws Throwable {
    onSmallStack(() -> {
      Discussion chain = chain(N, "bottom");
      Discussion twin = chain(N, "bottom");
      CommentId top = CommentId.of(1);
      CommentId bottom = chain.comments().get(N - 1).id();

      assertThat(chain.size()).isEqualTo(N);
      assertThat(chain.maxDepth()).isEqualTo(N - 1);
      int index = 0;
      for (Comment comment : chain.comments()) {
        assertThat(comment.depth()).isEqualTo(index++);
      }
      assertThat(index).isEqualTo(N);

      assertThat(chain.equals(twin)).isTrue();
      assertThat(twin.equals(chain)).isTrue();
      assertThat(chain.hashCode()).isEqualTo(twin.hashCode());
      assertThat(chain.equals(chain(N, "changed at the bottom"))).isFalse();

      assertThat(chain.toString()).hasSizeLessThan(120).contains(N + " comments");
      assertThat(chain.comments().get(N - 1).toString()).hasSizeLessThan(120).contains("(depth 99999)");

      assertThat(chain.roots()).hasSize(1);
      assertThat(chain.repliesOf(top)).containsExactly(chain.comments().get(1));
      assertThat(chain.repliesOf(bottom)).isEmpty();
      assertThat(chain.parentOf(bottom)).contains(chain.comments().get(N - 2));
      assertThat(chain.parentOf(top)).isEmpty();
      assertThat(chain.indexOf(bottom)).isEqualTo(N - 1);

      // An id of the other chain: equal by value, not by identity, so lookups walk the path.
      CommentId twinBottom = twin.comments().get(N - 1).id();
      assertThat(twinBottom).isNotSameAs(bottom).isEqualTo(bottom).hasSameHashCodeAs(bottom);
      assertThat(twinBottom.compareTo(bottom)).isZero();
      assertThat(chain.indexOf(twinBottom)).isEqualTo(N - 1);
      assertThat(chain.comments().get(N - 1)).isEqualTo(twin.comments().get(N - 1));
      assertThat(top.isAncestorOf(bottom)).isTrue();
      assertThat(bottom.isAncestorOf(top)).isFalse();
      assertThat(bottom.parent().orElseThrow().compareTo(bottom)).isNegative();
      assertThat(bottom.path()).hasSize(N);

      String dotted = bottom.toString();
      assertThat(dotted).hasSize(2 * N - 1);
      assertThat(CommentId.parse(dotted)).isEqualTo(bottom);

      Discussion stripped = chain.withoutSources();
      assertThat(stripped).isNotEqualTo(chain);
      assertThat(stripped.comments().get(N - 1).source()).isEmpty();
      assertThat(stripped.maxDepth()).isEqualTo(N - 1);
    });
  }

  @Test
  void anErrorAtTheBottomOfAChainNamesTheCommentBriefly() throws Throwable {
    onSmallStack(() -> {
      List<Comment> comments = new ArrayList<>(chain(N, "bottom").comments());
      comments.add(comments.get(N - 1));

      Discussion.Builder builder = Discussion.builder("deep").addAll(comments);

      assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("comment 1.1.1.1.1…(depth 99999).1:")
          .hasMessageContaining("twice")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    });
  }

  @Test
  void aWideDiscussionOfTopLevelComments() throws Throwable {
    onSmallStack(() -> {
      Discussion wide = wide();
      Discussion twin = wide();

      assertThat(wide.size()).isEqualTo(N);
      assertThat(wide.maxDepth()).isZero();
      assertThat(wide.roots()).hasSize(N);
      assertThat(wide.roots().get(N - 1).id()).isEqualTo(CommentId.of(N));
      assertThat(wide.authors()).containsExactly(STEELMAKER, BULANOV);
      for (int i = 1; i <= N; i += 997) {
        CommentId id = CommentId.of(i);
        assertThat(wide.indexOf(id)).isEqualTo(i - 1);
        assertThat(wide.repliesOf(id)).isEmpty();
        assertThat(wide.parentOf(id)).isEmpty();
      }
      assertThat(wide.comment(CommentId.of(N + 1))).isEmpty();
      assertThat(wide).isEqualTo(twin).hasSameHashCodeAs(twin);
      assertThat(wide.toString()).hasSizeLessThan(120).contains(N + " comments, 2 authors");
    });
  }

  /** 1, 1.1, 1.1.1, …: each id is the previous one's first reply. */
  private static Discussion chain(int length, String bottomText) {
    Discussion.Builder builder = Discussion.builder("deep");
    CommentId id = CommentId.root(1);
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        id = id.child(1);
      }
      builder.add(Comment.builder(id, i % 2 == 0 ? STEELMAKER : BULANOV)
          .attribute(Attribute.PRESENCE, Presence.OFFLINE)
          .text(i == length - 1 ? bottomText : "reply " + i)
          .source(LineRange.of(i + 1))
          .build());
    }
    return builder.build();
  }

  private static Discussion wide() {
    Discussion.Builder builder = Discussion.builder("wide");
    for (int i = 1; i <= N; i++) {
      builder.add(Comment.builder(CommentId.root(i), i % 2 == 0 ? BULANOV : STEELMAKER).text("comment " + i)
          .build());
    }
    return builder.build();
  }

  /** A test body that may throw anything. */
  interface Body {
    void run() throws Throwable;
  }

  /** Runs {@code body} on a new thread with a small stack and rethrows whatever it threw. */
  private static void onSmallStack(Body body) throws Throwable {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        body.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "deep", SMALL_STACK);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
