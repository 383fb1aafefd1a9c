package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommentIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/comment-ids/well-formed.csv", numLinesToSkip = 1)
  void parsesWellFormedTextAndFormatsItBack(String text, int depth, int ordinal, String parent) {
    CommentId id = CommentId.parse(text);

    assertThat(id.toString()).isEqualTo(text);
    assertThat(id.depth()).isEqualTo(depth);
    assertThat(id.ordinal()).isEqualTo(ordinal);
    assertThat(id.isRoot()).isEqualTo(parent == null);
    assertThat(id.parent().map(CommentId::toString)).isEqualTo(Optional.ofNullable(parent));
    assertThat(id.path()).hasSize(depth + 1).endsWith(ordinal);
    assertThat(CommentId.of(id.path())).isEqualTo(id);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvFileSource(resources = "/comment-ids/malformed.csv", numLinesToSkip = 1,
      ignoreLeadingAndTrailingWhitespace = false)
  void rejectsMalformedText(String text, String why) {
    assertThatThrownBy(() -> CommentId.parse(text))
        .as(why)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void theReplyOfTheSeed() {
    CommentId reply = CommentId.parse("3.1");

    assertThat(reply.depth()).isEqualTo(1);
    assertThat(reply.ordinal()).isEqualTo(1);
    assertThat(reply.isRoot()).isFalse();
    assertThat(reply.parent()).contains(CommentId.root(3));
    assertThat(reply.path()).containsExactly(3, 1);
    assertThat(reply).hasToString("3.1");

    CommentId top = reply.parent().orElseThrow();
    assertThat(top.isRoot()).isTrue();
    assertThat(top.depth()).isZero();
    assertThat(top.ordinal()).isEqualTo(3);
    assertThat(top.parent()).isEmpty();
  }

  @Test
  void ofRootAndChildBuildTheSameIdAsParse() {
    assertThat(CommentId.of(3, 1)).isEqualTo(CommentId.parse("3.1"));
    assertThat(CommentId.root(3).child(1)).isEqualTo(CommentId.parse("3.1"));
    assertThat(CommentId.of(7)).isEqualTo(CommentId.root(7));
    assertThat(CommentId.of(1, 2, 3).path()).containsExactly(1, 2, 3);
    assertThat(CommentId.root(5).child(2).child(9)).hasToString("5.2.9");
  }

  @Test
  void rejectsOrdinalsBelowOne() {
    assertThatThrownBy(() -> CommentId.root(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> CommentId.root(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommentId.root(3).child(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommentId.root(3).child(Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommentId.of(3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommentId.of()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathIsACopy() {
    CommentId id = CommentId.of(3, 1);
    int[] path = id.path();
    path[0] = 99;

    assertThat(id.path()).containsExactly(3, 1);
    assertThat(id).hasToString("3.1");
  }

  @Test
  void equalsAndHashCodeHoldAcrossIndependentlyBuiltIds() {
    CommentId parsed = CommentId.parse("12.3.4");
    CommentId built = CommentId.of(12, 3, 4);
    CommentId chained = CommentId.root(12).child(3).child(4);

    assertThat(parsed).isEqualTo(built).isEqualTo(chained).isNotSameAs(built);
    assertThat(built).isEqualTo(parsed);
    assertThat(parsed.hashCode()).isEqualTo(built.hashCode()).isEqualTo(chained.hashCode());
    assertThat(parsed.compareTo(built)).isZero();
  }

  @Test
  void differentIdsAreNotEqual() {
    CommentId id = CommentId.of(3, 1);

    assertThat(id).isNotEqualTo(CommentId.of(1, 3));
    assertThat(id).isNotEqualTo(CommentId.of(3));
    assertThat(id).isNotEqualTo(CommentId.of(3, 1, 1));
    assertThat(id).isNotEqualTo(CommentId.of(31));
    assertThat(id).isNotEqualTo(CommentId.of(4, 1));
    assertThat(id).isNotEqualTo("3.1");
    assertThat(id.equals(null)).isFalse();
  }

  @Test
  void idsWhoseOrdinalsAddUpAlikeDoNotShareAHash() {
    // Under h * 31 + ordinal these two collide: (17 * 31 + 1) * 31 + 32 == (17 * 31 + 2) * 31 + 1.
    CommentId a = CommentId.of(1, 32);
    CommentId b = CommentId.of(2, 1);

    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo(b);
    assertThat(a.compareTo(b)).isNegative();
  }

  @Test
  void hashesOfRealisticThreadsRarelyCollide() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    int ids = 0;
    for (int a = 1; a <= 40; a++) {
      for (int b = 1; b <= 40; b++) {
        for (int c = 1; c <= 40; c++) {
          hashes.add(CommentId.of(a, b, c).hashCode());
          ids++;
        }
        hashes.add(CommentId.of(a, b).hashCode());
        ids++;
      }
    }
    // 65,640 ids in 2^32 hashes: about half a collision is expected by chance.
    assertThat(ids - hashes.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void comparesInDocumentOrder() {
    List<CommentId> documentOrder = ids("1", "1.1", "1.1.1", "1.2", "1.10", "2", "3", "3.1", "3.1.5", "3.2", "4",
        "10", "10.1");
    List<CommentId> shuffled = new ArrayList<>(documentOrder);
    Collections.shuffle(shuffled, new Random(42));

    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(documentOrder);
  }

  @Test
  void compareToPutsParentsBeforeRepliesAndSiblingsByOrdinal() {
    assertThat(CommentId.parse("3")).isLessThan(CommentId.parse("3.1"));
    assertThat(CommentId.parse("3.1")).isGreaterThan(CommentId.parse("3"));
    assertThat(CommentId.parse("2")).isLessThan(CommentId.parse("10"));
    assertThat(CommentId.parse("3.1")).isLessThan(CommentId.parse("4"));
    assertThat(CommentId.parse("3.9")).isLessThan(CommentId.parse("3.10"));
    assertThat(CommentId.parse("3.1.7")).isLessThan(CommentId.parse("3.2"));
    assertThat(CommentId.parse("3.1").compareTo(CommentId.of(3, 1))).isZero();
  }

  @Test
  void isAncestorOfMeansAProperPrefix() {
    CommentId three = CommentId.of(3);

    assertThat(three.isAncestorOf(CommentId.of(3, 1))).isTrue();
    assertThat(three.isAncestorOf(CommentId.of(3, 1, 2))).isTrue();
    assertThat(CommentId.of(3, 1).isAncestorOf(CommentId.of(3, 1, 2))).isTrue();

    assertThat(three.isAncestorOf(three)).isFalse();
    assertThat(three.isAncestorOf(CommentId.of(3))).isFalse();
    assertThat(CommentId.of(3, 1).isAncestorOf(three)).isFalse();
    assertThat(three.isAncestorOf(CommentId.of(4, 1))).isFalse();
    assertThat(CommentId.of(1).isAncestorOf(CommentId.of(10))).isFalse();
    assertThat(CommentId.of(3, 1).isAncestorOf(CommentId.of(3, 2, 1))).isFalse();
  }

  @Test
  void appendToWritesTheDottedFormAndReturnsTheBuilder() {
    StringBuilder out = new StringBuilder("reply ");

    StringBuilder returned = CommentId.of(3, 1).appendTo(out);

    assertThat(returned).isSameAs(out);
    assertThat(out).hasToString("reply 3.1");
    assertThat(CommentId.of(10).appendTo(new StringBuilder())).hasToString("10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "3.1", "12.3.4", "1.1.1.1.1.1.1.1.1.1.1.1"})
  void shortFormIsTheFullFormForShallowIds(String text) {
    assertThat(CommentId.parse(text).toShortString()).isEqualTo(text);
  }

  @Test
  void shortFormIsBoundedForDeepIds() {
    CommentId id = CommentId.root(1);
    for (int i = 0; i < 1000; i++) {
      id = id.child(2);
    }

    assertThat(id.toString()).hasSize(2001);
    assertThat(id.toShortString()).isEqualTo("1.2.2.2.2…(depth 1000).2").hasSizeLessThan(40);
  }

  private static List<CommentId> ids(String... texts) {
    List<CommentId> ids = new ArrayList<>();
    for (String text : texts) {
      ids.add(CommentId.parse(text));
    }
    return ids;
  }
}
