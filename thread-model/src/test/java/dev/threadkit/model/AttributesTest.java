package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttributesTest {

  @Test
  void noneIsEmpty() {
    assertThat(Attributes.none().isEmpty()).isTrue();
    assertThat(Attributes.none().size()).isZero();
    assertThat(Attributes.none().keys()).isEmpty();
    assertThat(Attributes.none().get(Attribute.SCORE)).isEmpty();
    assertThat(Attributes.none().toString()).isEqualTo("{}");
  }

  @Test
  void holdsOneValuePerKeyOrderedByName() {
    Attributes attributes = Attributes.of(Attribute.SCORE, 12L)
        .with(Attribute.PRESENCE, Presence.OFFLINE)
        .with(Attribute.EDITED, true);

    assertThat(attributes.keys()).containsExactly(Attribute.EDITED, Attribute.PRESENCE, Attribute.SCORE);
    assertThat(attributes.get(Attribute.SCORE)).contains(12L);
    assertThat(attributes.get(Attribute.PRESENCE)).contains(Presence.OFFLINE);
    assertThat(attributes.valueAt(0)).isEqualTo(true);
    assertThat(attributes.formatAt(1)).isEqualTo("offline");
    assertThat(attributes.size()).isEqualTo(3);
    assertThat(attributes.toString()).isEqualTo("{edited=true, presence=offline, score=12}");
  }

  @Test
  void withReplacesTheValueOfAKeyAndLeavesTheOriginalAlone() {
    Attributes first = Attributes.of(Attribute.SCORE, 12L);

    Attributes second = first.with(Attribute.SCORE, 13L);

    assertThat(first.get(Attribute.SCORE)).contains(12L);
    assertThat(second.get(Attribute.SCORE)).contains(13L);
    assertThat(second.size()).isEqualTo(1);
  }

  @Test
  void equalSetsAreEqualWhateverTheOrderTheyWereBuiltIn() {
    Attributes one = Attributes.of(Attribute.SCORE, 1L).with(Attribute.PINNED, true);
    Attributes other = Attributes.of(Attribute.PINNED, true).with(Attribute.SCORE, 1L);

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(other.with(Attribute.SCORE, 2L));
    assertThat(one).isNotEqualTo(Attributes.of(Attribute.SCORE, 1L));
  }

  @Test
  void oneNameHoldsOneTypeSoThatExportsKeyByName() {
    Attributes attributes = Attributes.of(Attribute.number("stars"), 5L);

    assertThatThrownBy(() -> attributes.with(Attribute.flag("stars"), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stars");
    assertThat(attributes.with(Attribute.number("stars"), 6L).get(Attribute.number("stars"))).contains(6L);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void rejectsAValueOfAnotherTypePassedAroundTheGenerics() {
    Attribute raw = Attribute.SCORE;

    assertThatThrownBy(() -> Attributes.none().with(raw, "twelve")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score").hasMessageContaining("Long").hasMessageContaining("String");
  }

  @Test
  void rejectsEmptyTextAndCarriageReturns() {
    assertThatThrownBy(() -> Attributes.of(Attribute.REPLY_TO, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replyTo");
    assertThatThrownBy(() -> Attributes.of(Attribute.REPLY_TO, "a\r\nb")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\\n line breaks");
    assertThat(Attributes.of(Attribute.REPLY_TO, "a\nb").get(Attribute.REPLY_TO)).contains("a\nb");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Attributes.of(Attribute.SCORE, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("score");
    assertThatThrownBy(() -> Attributes.of(null, 1L)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Attributes.none().get(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keysAreUnmodifiable() {
    Attributes attributes = Attributes.of(Attribute.SCORE, 1L);

    assertThatThrownBy(() -> attributes.keys().add(Attribute.LIKES))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(attributes.keys()).containsExactly(Attribute.SCORE);
  }

  @Test
  void toStringAbbreviatesLongValues() {
    Attributes attributes = Attributes.of(Attribute.REPLY_TO, "x".repeat(10_000));

    assertThat(attributes.toString()).hasSizeLessThan(100).startsWith("{replyTo=xxx");
  }
}
