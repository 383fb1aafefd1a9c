package dev.threadkit.model;

import static dev.threadkit.model.SeedFixtures.BULANOV;
import static dev.threadkit.model.SeedFixtures.OLD_MAN;
import static dev.threadkit.model.SeedFixtures.SEED_ID;
import static dev.threadkit.model.SeedFixtures.STEELMAKER;
import static dev.threadkit.model.SeedFixtures.TUZAKOV;
import static dev.threadkit.model.SeedFixtures.discussionOf;
import static dev.threadkit.model.SeedFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscussionTest {

  private final Discussion seed = SeedFixtures.discussion();

  // --- lookups -------------------------------------------------------------------------------

  @Test
  void holdsTheSeedInDocumentOrder() {
    assertThat(seed.id()).isEqualTo(SEED_ID);
    assertThat(seed.article()).isEqualTo(SeedFixtures.article());
    assertThat(seed.size()).isEqualTo(7);
    assertThat(seed.comments()).isEqualTo(SeedFixtures.comments());
    assertThat(seed.comments()).extracting(c -> c.id().toString())
        .containsExactly("1", "2", "3", "3.1", "4", "5", "6");
  }

  @Test
  void looksUpCommentsById() {
    assertThat(seed.comment(CommentId.parse("3.1"))).flatMap(Comment::author).contains(TUZAKOV);
    assertThat(seed.comment(CommentId.of(1))).flatMap(Comment::author).contains(STEELMAKER);
    assertThat(seed.indexOf(CommentId.of(1))).isZero();
    assertThat(seed.indexOf(CommentId.parse("3.1"))).isEqualTo(3);
    assertThat(seed.indexOf(CommentId.of(4))).isEqualTo(4);
    assertThat(seed.indexOf(CommentId.of(6))).isEqualTo(6);
    for (int i = 0; i < seed.size(); i++) {
      assertThat(seed.indexOf(CommentId.parse(seed.comments().get(i).id().toString()))).isEqualTo(i);
    }
  }

  @Test
  void unknownIdsAreAbsentFromLookups() {
    assertThat(seed.comment(CommentId.of(7))).isEmpty();
    assertThat(seed.comment(CommentId.of(1, 1))).isEmpty();
    assertThat(seed.comment(CommentId.of(3, 2))).isEmpty();
    assertThat(seed.indexOf(CommentId.of(3, 1, 1))).isEqualTo(-1);
  }

  @Test
  void parentOfATopLevelCommentIsEmptyAndOfAReplyItsParent() {
    assertThat(seed.parentOf(CommentId.of(3))).isEmpty();
    assertThat(seed.parentOf(CommentId.of(6))).isEmpty();
    assertThat(seed.parentOf(CommentId.of(3, 1))).flatMap(Comment::author).contains(OLD_MAN);
    assertThat(seed.parentOf(CommentId.of(3, 1))).contains(seed.comments().get(2));
  }

  @Test
  void repliesOfListsTheDirectRepliesInOrder() {
    assertThat(seed.repliesOf(CommentId.of(3))).containsExactly(seed.comments().get(3));
    assertThat(seed.repliesOf(CommentId.of(3, 1))).isEmpty();
    assertThat(seed.repliesOf(CommentId.of(1))).isEmpty();

    Discussion tree = discussionOf(plain("1", STEELMAKER, "a"), plain("1.1", BULANOV, "b"),
        plain("1.1.1", OLD_MAN, "c"), plain("1.2", TUZAKOV, "d"), plain("1.5", BULANOV, "e"),
        plain("2", STEELMAKER, "f"));
    assertThat(tree.repliesOf(CommentId.of(1))).extracting(Comment::text).containsExactly("b", "d", "e");
    assertThat(tree.repliesOf(CommentId.of(1, 1))).extracting(Comment::text).containsExactly("c");
    assertThat(tree.repliesOf(CommentId.of(1)).get(2).text()).isEqualTo("e");
    assertThat(tree.roots()).extracting(Comment::text).containsExactly("a", "f");
    assertThat(tree.maxDepth()).isEqualTo(2);
  }

  @Test
  void rootsAreTheTopLevelCommentsInOrder() {
    assertThat(seed.roots()).extracting(c -> c.id().toString()).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(seed.roots().get(3)).isSameAs(seed.comments().get(4));
  }

  @Test
  void viewsCheckTheirBounds() {
    List<Comment> replies = seed.repliesOf(CommentId.of(3));

    assertThatThrownBy(() -> replies.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> replies.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> seed.roots().get(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> seed.repliesOf(CommentId.of(1)).get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void repliesOfAndParentOfRejectUnknownIds() {
    assertThatThrownBy(() -> seed.repliesOf(CommentId.of(3, 2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SEED_ID).hasMessageContaining("3.2");
    assertThatThrownBy(() -> seed.parentOf(CommentId.of(7))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SEED_ID).hasMessageContaining("7");
  }

  @Test
  void maxDepth() {
    assertThat(seed.maxDepth()).isEqualTo(1);
    assertThat(discussionOf(plain("1", STEELMAKER, ""), plain("2", BULANOV, "")).maxDepth()).isZero();
    assertThat(discussionOf().maxDepth()).isEqualTo(-1);
  }

  @Test
  void authorsAreDistinctInOrderOfFirstComment() {
    assertThat(seed.authors()).containsExactlyElementsOf(SeedFixtures.AUTHORS);

    Discussion repeated = discussionOf(plain("1", BULANOV, ""), plain("1.1", STEELMAKER, ""),
        plain("1.2", BULANOV, ""), plain("2", TUZAKOV, ""), plain("3", STEELMAKER, ""));
    assertThat(repeated.authors()).containsExactly(BULANOV, STEELMAKER, TUZAKOV);
  }

  @Test
  void anEmptyDiscussion() {
    Discussion empty = Discussion.builder("empty").build();

    assertThat(empty.size()).isZero();
    assertThat(empty.comments()).isEmpty();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.authors()).isEmpty();
    assertThat(empty.maxDepth()).isEqualTo(-1);
    assertThat(empty.article()).isEqualTo(Article.of("", List.of()));
    assertThat(empty.comment(CommentId.of(1))).isEmpty();
    assertThat(empty).isEqualTo(Discussion.builder("empty").build()).isNotEqualTo(Discussion.builder("other").build());
  }

  @Test
  void returnedCollectionsAreUnmodifiable() {
    Comment extra = plain("9", STEELMAKER, "");

    assertThatThrownBy(() -> seed.comments().add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.comments().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.roots().add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.roots().set(0, extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.roots().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.repliesOf(CommentId.of(3)).add(extra))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.repliesOf(CommentId.of(3)).remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.repliesOf(CommentId.of(1)).add(extra))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      Iterator<Comment> it = seed.roots().iterator();
      it.next();
      it.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.authors().add(Author.of("someone"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.authors().clear()).isInstanceOf(UnsupportedOperationException.class);

    assertThat(seed.size()).isEqualTo(7);
    assertThat(seed.roots()).hasSize(6);
    assertThat(seed.authors()).hasSize(7);
  }

  @Test
  void theBuilderCopiesTheCommentsItWasGiven() {
    List<Comment> comments = new ArrayList<>(SeedFixtures.comments());
    Discussion discussion = Discussion.builder(SEED_ID).addAll(comments).build();

    comments.clear();

    assertThat(discussion.size()).isEqualTo(7);
  }

  // --- validation ----------------------------------------------------------------------------

  @Test
  void rejectsADuplicateId() {
    assertThatThrownBy(() -> discussionOf(plain("1", STEELMAKER, "a"), plain("2", BULANOV, "b"),
        plain("2", OLD_MAN, "c")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 2:").hasMessageContaining("twice");
    assertThatThrownBy(() -> discussionOf(plain("1", STEELMAKER, "a"), plain("1.1", BULANOV, "b"),
        plain("1.1", OLD_MAN, "c")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 1.1:")
        .hasMessageContaining("twice");
  }

  @Test
  void rejectsAReplyBeforeItsParent() {
    assertThatThrownBy(() -> discussionOf(plain("3.1", TUZAKOV, "reply"), plain("3", OLD_MAN, "parent")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 3.1:")
        .hasMessageContaining("document order");
    assertThatThrownBy(() -> discussionOf(plain("1", STEELMAKER, ""), plain("1.1.1", TUZAKOV, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 1.1.1:")
        .hasMessageContaining("its parent 1.1 ");
    assertThatThrownBy(() -> discussionOf(plain("1", STEELMAKER, ""), plain("2.1", TUZAKOV, ""),
        plain("2", BULANOV, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 2.1:")
        .hasMessageContaining("does not appear before it");
  }

  @Test
  void rejectsAReplyWhoseParentIsNotTheOpenThread() {
    assertThatThrownBy(() -> discussionOf(plain("1", STEELMAKER, ""), plain("2", BULANOV, ""),
        plain("1.1", TUZAKOV, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 1.1:")
        .hasMessageContaining("not the open thread");
    assertThatThrownBy(() -> discussionOf(plain("1", STEELMAKER, ""), plain("1.1", BULANOV, ""),
        plain("1.2", OLD_MAN, ""), plain("1.1.1", TUZAKOV, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 1.1.1:")
        .hasMessageContaining("not the open thread");
  }

  @Test
  void rejectsSiblingsOutOfOrdinalOrder() {
    assertThatThrownBy(() -> discussionOf(plain("2", BULANOV, ""), plain("1", STEELMAKER, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 1:")
        .hasMessageContaining("ordinal");
    assertThatThrownBy(() -> discussionOf(plain("3", OLD_MAN, ""), plain("3.2", TUZAKOV, ""),
        plain("3.2.1", BULANOV, ""), plain("3.1", STEELMAKER, "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment 3.1:")
        .hasMessageContaining("3.2");
  }

  @Test
  void acceptsGapsBetweenSiblingOrdinals() {
    Discussion gapped = discussionOf(plain("2", BULANOV, ""), plain("2.3", TUZAKOV, ""), plain("7", OLD_MAN, ""));

    assertThat(gapped.roots()).hasSize(2);
    assertThat(gapped.repliesOf(CommentId.of(2))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \n"})
  void rejectsABlankDiscussionId(String id) {
    Discussion.Builder builder = Discussion.builder(id).addAll(SeedFixtures.comments());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discussion id");
  }

  @Test
  void rejectsAMultiLineDiscussionId() {
    assertThatThrownBy(() -> Discussion.builder("000\n599").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discussion id");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Discussion.builder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Discussion.builder("x").add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Discussion.builder("x").article(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> seed.indexOf(null)).isInstanceOf(NullPointerException.class);
  }

  // --- value semantics -----------------------------------------------------------------------

  @Test
  void discussionsBuiltTwiceAreEqual() {
    Discussion again = SeedFixtures.discussion();

    assertThat(again).isNotSameAs(seed).isEqualTo(seed);
    assertThat(seed).isEqualTo(again);
    assertThat(again.hashCode()).isEqualTo(seed.hashCode());
    assertThat(seed).isEqualTo(seed).isNotEqualTo(null).isNotEqualTo(SEED_ID);
  }

  @Test
  void discussionsDifferInTheirIdOrArticle() {
    Discussion otherId = Discussion.builder("001").article(SeedFixtures.article())
        .addAll(SeedFixtures.comments()).build();
    Discussion otherArticle = Discussion.builder(SEED_ID).article(SeedFixtures.article().withCommentCount(7))
        .addAll(SeedFixtures.comments()).build();
    Discussion fewerComments = Discussion.builder(SEED_ID).article(SeedFixtures.article())
        .addAll(SeedFixtures.comments().subList(0, 6)).build();

    assertThat(otherId).isNotEqualTo(seed);
    assertThat(otherArticle).isNotEqualTo(seed);
    assertThat(fewerComments).isNotEqualTo(seed);
    assertThat(seed).isNotEqualTo(fewerComments);
  }

  @Test
  void theDialectIsNoneUnlessNamedAndTakesPartInEquality() {
    Discussion topcor = Discussion.builder(SEED_ID).dialect("topcor").article(SeedFixtures.article())
        .addAll(SeedFixtures.comments()).build();

    assertThat(seed.dialect()).isEqualTo(Discussion.NO_DIALECT).isEqualTo("none");
    assertThat(topcor.dialect()).isEqualTo("topcor");
    assertThat(topcor).isNotEqualTo(seed);
    assertThat(topcor.toString()).startsWith("Discussion[" + SEED_ID + " (topcor): 7 comments");
    assertThat(topcor.withoutSources().dialect()).isEqualTo("topcor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Topcor", "1forum", "-x", "top cor", "top_cor", "форум"})
  void rejectsADialectNameThatIsNotLowerCaseLettersDigitsAndDashes(String name) {
    Discussion.Builder builder = Discussion.builder("x").dialect(name);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dialect name");
  }

  @Test
  void acceptsDialectNamesWithDigitsAndDashesAfterTheFirstLetter() {
    assertThat(Discussion.builder("x").dialect("forum-2").build().dialect()).isEqualTo("forum-2");
  }

  @Test
  void anonymousCommentsAddNoAuthor() {
    Discussion discussion = discussionOf(plain("1", STEELMAKER, "a"),
        Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: elsewhere").build(),
        plain("3", BULANOV, "c"));

    assertThat(discussion.size()).isEqualTo(3);
    assertThat(discussion.authors()).containsExactly(STEELMAKER, BULANOV);
    assertThat(discussion.comment(CommentId.of(2))).flatMap(Comment::author).isEmpty();
  }

  static Stream<Arguments> oneFieldOfOneComment() {
    List<Arguments> cases = new ArrayList<>();
    List<Mutation> mutations = List.of(
        new Mutation("author handle", c -> c.toBuilder().author(Author.of(c.author().orElseThrow().handle() + "_"))
            .build()),
        new Mutation("author name", c -> c.toBuilder().author(Author.of(c.author().orElseThrow().handle(), "Someone"))
            .build()),
        new Mutation("author dropped", c -> new Comment(c.id(), Optional.empty(), c.kind(), c.time(), c.text(),
            c.attributes(), c.unplaced(), c.source())),
        new Mutation("kind", c -> c.toBuilder().kind(CommentKind.DELETED).build()),
        new Mutation("presence", c -> c.toBuilder().attribute(Attribute.PRESENCE,
            c.attribute(Attribute.PRESENCE).orElse(Presence.OFFLINE) == Presence.OFFLINE ? Presence.ONLINE
                : Presence.OFFLINE).build()),
        new Mutation("presence dropped or added", c -> c.toBuilder().attributes(
            c.attribute(Attribute.PRESENCE).isPresent() ? Attributes.none()
                : Attributes.of(Attribute.PRESENCE, Presence.OFFLINE)).build()),
        new Mutation("another attribute", c -> c.toBuilder().attribute(Attribute.SCORE, 1L).build()),
        new Mutation("posted a minute later", c -> c.toBuilder()
            .posted(c.exactTime().orElseThrow().plusMinutes(1)).build()),
        new Mutation("exact time made relative", c -> c.toBuilder().time(CommentTime.relative("yesterday")).build()),
        new Mutation("posted dropped", c -> new Comment(c.id(), c.author(), c.kind(), Optional.empty(), c.text(),
            c.attributes(), c.unplaced(), c.source())),
        new Mutation("text", c -> c.toBuilder().text(c.text() + "!").build()),
        new Mutation("unplaced line added", c -> c.toBuilder()
            .unplaced(List.of(new SourceLine(c.source().orElseThrow().first(), "kept as written"))).build()),
        new Mutation("source shifted", c -> c.toBuilder()
            .source(new LineRange(c.source().orElseThrow().first(), c.source().orElseThrow().last() + 1)).build()),
        new Mutation("source dropped", c -> c.withoutSource()));
    for (int index = 0; index < 7; index++) {
      for (Mutation mutation : mutations) {
        cases.add(Arguments.of(index, mutation));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "comment #{0}: {1}")
  @MethodSource("oneFieldOfOneComment")
  void discussionsDifferWhenOneFieldOfOneCommentDiffers(int index, Mutation mutation) {
    List<Comment> comments = new ArrayList<>(SeedFixtures.comments());
    Comment changed = mutation.apply(comments.get(index));
    assertThat(changed).as("the mutation changes the comment").isNotEqualTo(comments.get(index));
    comments.set(index, changed);

    Discussion other = Discussion.builder(SEED_ID).article(SeedFixtures.article()).addAll(comments).build();

    assertThat(other).isNotEqualTo(seed);
    assertThat(seed).isNotEqualTo(other);
    // Equality must not lean on the hash: compare again once both hashes are cached.
    seed.hashCode();
    other.hashCode();
    assertThat(other).isNotEqualTo(seed);
  }

  @Test
  void discussionsDifferInTheShapeOfTheirIds() {
    Discussion flat = discussionOf(plain("1", STEELMAKER, "a"), plain("2", BULANOV, "b"));
    Discussion nested = discussionOf(plain("1", STEELMAKER, "a"), plain("1.1", BULANOV, "b"));
    Discussion renumbered = discussionOf(plain("1", STEELMAKER, "a"), plain("3", BULANOV, "b"));
    Discussion deeper = discussionOf(plain("1", STEELMAKER, "a"), plain("1.1", BULANOV, "b"),
        plain("1.2", OLD_MAN, "c"));
    Discussion deeperNested = discussionOf(plain("1", STEELMAKER, "a"), plain("1.1", BULANOV, "b"),
        plain("1.1.1", OLD_MAN, "c"));

    assertThat(flat).isNotEqualTo(nested);
    assertThat(nested).isNotEqualTo(flat);
    assertThat(flat).isNotEqualTo(renumbered);
    assertThat(deeper).isNotEqualTo(deeperNested);
    assertThat(flat).isEqualTo(discussionOf(plain("1", STEELMAKER, "a"), plain("2", BULANOV, "b")));
  }

  @Test
  void withoutSourcesDropsEveryPositionAndNothingElse() {
    Discussion stripped = seed.withoutSources();

    assertThat(stripped.comments()).allSatisfy(c -> assertThat(c.source()).isEmpty());
    assertThat(stripped).isNotEqualTo(seed)
        .isEqualTo(Discussion.builder(SEED_ID).article(SeedFixtures.article())
            .addAll(SeedFixtures.commentsWithoutSources()).build());
    assertThat(stripped.withoutSources()).isSameAs(stripped);
    assertThat(seed.comments().get(0).source()).isPresent();
    assertThat(stripped.repliesOf(CommentId.of(3))).extracting(Comment::author).containsExactly(Optional.of(TUZAKOV));
  }

  @Test
  void toStringIsBounded() {
    assertThat(seed.toString()).startsWith("Discussion[" + SEED_ID + " (none): 7 comments, 7 authors, Korea Times")
        .hasSizeLessThan(130)
        .doesNotContain("This union");

    Discussion huge = Discussion.builder("x".repeat(10_000))
        .article(Article.of("T".repeat(10_000), List.of("p")))
        .add(plain("1", STEELMAKER, "y".repeat(100_000)))
        .build();
    assertThat(huge.toString()).hasSizeLessThan(200).contains("1 comments").doesNotContain("yyy");

    Discussion longDialect = Discussion.builder("x").dialect("d".repeat(10_000)).build();
    assertThat(longDialect.toString()).hasSizeLessThan(200).contains("(ddd");
  }

  /** A named change to one comment, shown in the test name. */
  record Mutation(String name, UnaryOperator<Comment> change) {
    Comment apply(Comment comment) {
      return change.apply(comment);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
