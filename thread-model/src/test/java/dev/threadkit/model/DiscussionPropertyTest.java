package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid discussions, one per seed, checked against what their ids alone imply. The
 * expectations are computed from the generated comment list, never from the index under test.
 */
class DiscussionPropertyTest {

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomValidDiscussionsKeepTheirInvariants(int seed) {
    List<Comment> comments = randomComments(seed);

    Discussion discussion = Discussion.builder("random-" + seed).addAll(comments).build();

    assertThat(discussion.size()).isEqualTo(comments.size());
    assertThat(discussion.comments()).containsExactlyElementsOf(comments);

    Map<CommentId, Comment> byId = new HashMap<>();
    for (Comment comment : comments) {
      byId.put(comment.id(), comment);
    }
    int replies = 0;
    int deepest = -1;
    for (int i = 0; i < comments.size(); i++) {
      Comment comment = comments.get(i);
      CommentId id = comment.id();
      assertThat(discussion.indexOf(id)).isEqualTo(i);
      assertThat(discussion.comment(id)).containsSame(comment);
      assertThat(discussion.parentOf(id)).isEqualTo(id.parent().map(byId::get));

      List<Comment> expectedReplies = new ArrayList<>();
      for (Comment other : comments) {
        if (other.parentId().filter(id::equals).isPresent()) {
          expectedReplies.add(other);
        }
      }
      assertThat(discussion.repliesOf(id)).containsExactlyElementsOf(expectedReplies);
      replies += discussion.repliesOf(id).size();
      deepest = Math.max(deepest, id.depth());
      assertThat(CommentId.parse(id.toString())).isEqualTo(id);
    }
    List<Comment> expectedRoots = comments.stream().filter(c -> c.id().isRoot()).toList();
    assertThat(discussion.roots()).containsExactlyElementsOf(expectedRoots);
    assertThat(replies + discussion.roots().size()).isEqualTo(discussion.size());
    assertThat(discussion.maxDepth()).isEqualTo(deepest);

    Discussion rebuilt = Discussion.builder("random-" + seed).addAll(randomComments(seed)).build();
    assertThat(rebuilt).isEqualTo(discussion);
    assertThat(rebuilt.hashCode()).isEqualTo(discussion.hashCode());

    List<CommentId> documentOrder = comments.stream().map(Comment::id).toList();
    List<CommentId> sorted = new ArrayList<>(documentOrder);
    Collections.shuffle(sorted, new Random(seed));
    Collections.sort(sorted);
    assertThat(sorted).containsExactlyElementsOf(documentOrder);

    if (!comments.isEmpty()) {
      List<Comment> changed = new ArrayList<>(randomComments(seed));
      int victim = new Random(seed).nextInt(changed.size());
      Comment c = changed.get(victim);
      changed.set(victim, c.toBuilder().text(c.text() + ".").build());
      assertThat(Discussion.builder("random-" + seed).addAll(changed).build()).isNotEqualTo(discussion);
    }
  }

  private static final Author[] AUTHORS = SeedFixtures.AUTHORS.toArray(new Author[0]);

  /**
   * A random valid comment list: each next comment is a new top-level comment, a reply to the
   * previous comment, or the next sibling of one of the previous comment's ancestors.
   */
  static List<Comment> randomComments(long seed) {
    Random random = new Random(seed);
    int size = random.nextInt(80);
    List<Comment> comments = new ArrayList<>(size);
    List<CommentId> open = new ArrayList<>(); // the path to the previous comment
    int line = 1;
    for (int i = 0; i < size; i++) {
      CommentId id;
      int choice = open.isEmpty() ? 0 : random.nextInt(3);
      if (choice == 0) { // a new top-level comment
        id = open.isEmpty() ? CommentId.root(1 + random.nextInt(2)) : CommentId.root(open.get(0).ordinal() + 1);
        open.clear();
      } else if (choice == 1) { // a reply to the previous comment
        id = open.get(open.size() - 1).child(1);
      } else { // the next sibling of the previous comment or of one of its ancestors
        int depth = random.nextInt(open.size());
        CommentId sibling = open.get(depth);
        int next = sibling.ordinal() + 1 + (random.nextInt(10) == 0 ? random.nextInt(3) : 0);
        id = sibling.parent().map(p -> p.child(next)).orElseGet(() -> CommentId.root(next));
        open.subList(depth, open.size()).clear();
      }
      open.add(id);

      Comment.Builder builder = Comment.builder(id, AUTHORS[random.nextInt(AUTHORS.length)])
          .text(random.nextInt(5) == 0 ? "" : "text " + random.nextInt(1000) + (random.nextBoolean() ? "\n\nmore" : ""));
      if (random.nextInt(4) != 0) {
        builder.attribute(Attribute.PRESENCE, random.nextBoolean() ? Presence.OFFLINE : Presence.ONLINE);
      }
      if (random.nextInt(4) != 0) {
        builder.posted(LocalDateTime.of(2020, 12, 9, 15, 35).plusMinutes(random.nextInt(5000)));
      }
      if (random.nextBoolean()) {
        int lines = 1 + random.nextInt(4);
        builder.source(new LineRange(line, line + lines - 1));
        line += lines;
      }
      comments.add(builder.build());
    }
    return comments;
  }
}
