package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributeTest {

  @Test
  void builtInAttributesHaveTheirNamesTypesAndKinds() {
    assertThat(Attribute.PRESENCE.name()).isEqualTo("presence");
    assertThat(Attribute.PRESENCE.type()).isEqualTo(Presence.class);
    assertThat(Attribute.PRESENCE.kind()).isEqualTo(Attribute.Kind.TEXT);
    assertThat(Attribute.PHOTO_CREDIT.name()).isEqualTo("photoCredit");
    assertThat(Attribute.PHOTO_CREDIT.type()).isEqualTo(String.class);
    assertThat(Attribute.SCORE.kind()).isEqualTo(Attribute.Kind.NUMBER);
    assertThat(Attribute.LIKES.type()).isEqualTo(Long.class);
    assertThat(Attribute.EDITED.kind()).isEqualTo(Attribute.Kind.FLAG);
    assertThat(Attribute.PINNED.type()).isEqualTo(Boolean.class);
    assertThat(Attribute.WRITTEN_ORDINAL.name()).isEqualTo("writtenOrdinal");
    assertThat(Attribute.COUNT_LINE.name()).isEqualTo("countLine");
    assertThat(Attribute.REPLY_TO.toString()).isEqualTo("replyTo");
  }

  @Test
  void builtInFindsEachBuiltInAttributeByNameAndNothingElse() {
    for (Attribute<?> key : new Attribute<?>[] {Attribute.PRESENCE, Attribute.PHOTO_CREDIT, Attribute.SCORE,
        Attribute.LIKES, Attribute.EDITED, Attribute.PINNED, Attribute.REPLY_TO, Attribute.WRITTEN_ORDINAL,
        Attribute.COUNT_LINE}) {
      assertThat(Attribute.builtIn(key.name())).containsSame(key);
    }
    assertThat(Attribute.builtIn("stars")).isEmpty();
    assertThat(Attribute.builtIn("Presence")).isEmpty();
  }

  @Test
  void formatAndParseAreInverses() {
    assertThat(Attribute.PRESENCE.format(Presence.ONLINE)).isEqualTo("online");
    assertThat(Attribute.PRESENCE.parse("offline")).isEqualTo(Presence.OFFLINE);
    assertThat(Attribute.SCORE.format(-12L)).isEqualTo("-12");
    assertThat(Attribute.SCORE.parse("-12")).isEqualTo(-12L);
    assertThat(Attribute.EDITED.format(true)).isEqualTo("true");
    assertThat(Attribute.EDITED.parse("false")).isFalse();
    assertThat(Attribute.REPLY_TO.parse("Old man")).isEqualTo("Old man");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yes", "TRUE", "1", " true"})
  void aFlagIsOnlyTrueOrFalse(String text) {
    assertThatThrownBy(() -> Attribute.EDITED.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void aNumberMustBeAWholeNumber() {
    assertThatThrownBy(() -> Attribute.SCORE.parse("1.2K")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void keysAreEqualWhenNameAndTypeAre() {
    assertThat(Attribute.number("stars")).isEqualTo(Attribute.number("stars"))
        .hasSameHashCodeAs(Attribute.number("stars"));
    assertThat(Attribute.number("score")).isEqualTo(Attribute.SCORE);
    assertThat(Attribute.flag("stars")).isNotEqualTo(Attribute.number("stars"));
    assertThat(Attribute.number("stars")).isNotEqualTo(Attribute.number("star"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1st", "_x", "two words", "dash-ed", "é", "a.b"})
  void rejectsANameThatIsNotALetterThenLettersDigitsOrUnderscores(String name) {
    assertThatThrownBy(() -> Attribute.text(name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "stars", "up_votes", "x2", "camelCase"})
  void acceptsNamesOfLettersDigitsAndUnderscores(String name) {
    assertThat(Attribute.flag(name).name()).isEqualTo(name);
  }

  @Test
  void rejectsANullName() {
    assertThatThrownBy(() -> Attribute.number(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDialectsOwnAttributeCannotTakeABuiltInNameWithAnotherType() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Attribute.text("score"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'score'");
    org.assertj.core.api.Assertions.assertThat(Attribute.number("score")).isEqualTo(Attribute.SCORE);
  }

  @Test
  void aSetHoldsOneTypePerName() {
    Attributes stars = Attributes.of(Attribute.number("stars"), 3L);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> stars.with(Attribute.text("stars"), "three"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stars");
  }
}
