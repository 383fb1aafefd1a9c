package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscussionStatsTest {

  @Test
  void aDiscussionWithoutCommentsHasNoDepthAndNoTimes() {
    DiscussionStats stats = DiscussionStats.of(Discussion.builder("empty").build());

    assertThat(stats.comments()).isZero();
    assertThat(stats.authors()).isZero();
    assertThat(stats.maxDepth()).isEqualTo(-1);
    assertThat(stats.widestLevel()).isZero();
    assertThat(stats.first()).isEmpty();
    assertThat(stats.last()).isEmpty();
    assertThat(stats.mostActive()).isEmpty();
  }

  @Test
  void anonymousCommentsCountAsCommentsButAddNoAuthor() {
    Discussion discussion = Discussion.builder("d").dialect("topcor")
        .add(comment(CommentId.of(1), Author.of("zoe"), 10))
        .add(Comment.builder(CommentId.of(1, 1)).posted(LocalDateTime.of(2021, 1, 1, 8, 0)).build())
        .add(Comment.builder(CommentId.of(2)).build())
        .build();

    DiscussionStats stats = DiscussionStats.of(discussion);

    assertThat(stats.comments()).isEqualTo(3);
    assertThat(stats.authors()).isEqualTo(1);
    assertThat(stats.mostActive()).containsExactly(Map.entry("zoe", 1L));
    assertThat(stats.first()).contains(LocalDateTime.of(2021, 1, 1, 8, 0));
    assertThat(stats.dialect()).isEqualTo("topcor");
  }

  @Test
  void aRelativeTimeIsNeitherFirstNorLast() {
    Discussion discussion = Discussion.builder("d")
        .add(comment(CommentId.of(1), Author.of("zoe"), 10))
        .add(Comment.builder(CommentId.of(2), Author.of("amy")).time(CommentTime.relative("just now")).build())
        .build();

    DiscussionStats stats = DiscussionStats.of(discussion);

    assertThat(stats.first()).contains(LocalDateTime.of(2021, 1, 1, 10, 0)).isEqualTo(stats.last());
    assertThat(stats.authors()).isEqualTo(2);
  }

  @Test
  void theTotalNamesEveryDialectOnce() {
    DiscussionStats total = new DiscussionStats("total");
    total.add(Discussion.builder("a").dialect("topcor").build());
    total.add(Discussion.builder("b").dialect("numbered").build());
    total.add(Discussion.builder("c").dialect("topcor").build());

    assertThat(total.dialects()).containsExactly("numbered", "topcor");
    assertThat(total.dialect()).isEqualTo("numbered,topcor");
    assertThat(new DiscussionStats("none").dialect()).isEqualTo("-");
  }

  @Test
  void authorsAreCountedByHandleAndTiesKeepFirstAppearance() {
    Discussion discussion = Discussion.builder("d")
        .add(comment(CommentId.of(1), Author.of("zoe"), 10))
        .add(comment(CommentId.of(1, 1), Author.of("amy", "Amy One"), 11))
        .add(comment(CommentId.of(2), Author.of("amy"), 9))
        .add(comment(CommentId.of(3), Author.of("bo"), 12))
        .add(Comment.builder(CommentId.of(4), Author.of("cy")).build()) // no time
        .add(comment(CommentId.of(5), Author.of("di"), 13))
        .add(comment(CommentId.of(6), Author.of("ed"), 14))
        .build();

    DiscussionStats stats = DiscussionStats.of(discussion);

    assertThat(stats.authors()).isEqualTo(6); // amy with and without a real name is one author
    assertThat(stats.mostActive()).containsExactly(Map.entry("amy", 2L), Map.entry("zoe", 1L), Map.entry("bo", 1L),
        Map.entry("cy", 1L), Map.entry("di", 1L));
    assertThat(stats.widestLevel()).isEqualTo(6);
    assertThat(stats.maxDepth()).isEqualTo(1);
    assertThat(stats.first()).contains(LocalDateTime.of(2021, 1, 1, 9, 0));
    assertThat(stats.last()).contains(LocalDateTime.of(2021, 1, 1, 14, 0));
  }

  @Test
  void totalTakesTheLargestDepthAndWidthOfAnyOneDiscussion() {
    DiscussionStats total = new DiscussionStats("total");
    total.add(Discussion.builder("wide")
        .add(comment(CommentId.of(1), Author.of("a"), 1))
        .add(comment(CommentId.of(2), Author.of("b"), 2))
        .add(comment(CommentId.of(3), Author.of("c"), 3))
        .build());
    total.add(Discussion.builder("deep")
        .add(comment(CommentId.of(1), Author.of("a"), 4))
        .add(comment(CommentId.of(1, 1), Author.of("b"), 5))
        .add(comment(CommentId.of(1, 1, 1), Author.of("d"), 6))
        .build());

    assertThat(total.discussions()).isEqualTo(2);
    assertThat(total.comments()).isEqualTo(6);
    assertThat(total.authors()).isEqualTo(4);
    assertThat(total.maxDepth()).isEqualTo(2);
    assertThat(total.widestLevel()).isEqualTo(3); // not 3 + 1 summed across discussions
  }

  private static Comment comment(CommentId id, Author author, int hour) {
    return Comment.builder(id, author).posted(LocalDateTime.of(2021, 1, 1, hour, 0)).build();
  }
}
