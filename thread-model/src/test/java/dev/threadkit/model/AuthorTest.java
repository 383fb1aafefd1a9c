package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorTest {

  @Test
  void handleOnly() {
    Author steelmaker = Author.of("steelmaker");

    assertThat(steelmaker.handle()).isEqualTo("steelmaker");
    assertThat(steelmaker.name()).isEmpty();
    assertThat(steelmaker).hasToString("steelmaker");
  }

  @Test
  void handleAndRealName() {
    Author bulanov = Author.of("Bulanov", "Vladimir");

    assertThat(bulanov.handle()).isEqualTo("Bulanov");
    assertThat(bulanov.name()).contains("Vladimir");
    assertThat(bulanov).hasToString("Bulanov (Vladimir)");
    assertThat(Author.of("Old man", "Old man")).hasToString("Old man (Old man)");
  }

  @Test
  void handlesMayHoldSpacesDigitsPunctuationAndAnyScript() {
    assertThat(Author.of("Tramp_62", "Serge Shevyakov")).hasToString("Tramp_62 (Serge Shevyakov)");
    assertThat(Author.of("Jacques sekavar").handle()).isEqualTo("Jacques sekavar");
    assertThat(Author.of("Владимир Тузаков", "Владимир").handle()).isEqualTo("Владимир Тузаков");
  }

  @Test
  void equalityIsByValue() {
    assertThat(Author.of("Bulanov", "Vladimir")).isEqualTo(new Author("Bulanov", Optional.of("Vladimir")))
        .hasSameHashCodeAs(Author.of("Bulanov", "Vladimir"));
    assertThat(Author.of("Bulanov", "Vladimir")).isNotEqualTo(Author.of("Bulanov"));
    assertThat(Author.of("Valentine", "Valentin")).isNotEqualTo(Author.of("Valentin", "Valentine"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \u2003 "})
  void rejectsABlankHandle(String handle) {
    assertThatThrownBy(() -> Author.of(handle)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handle");
    assertThatThrownBy(() -> Author.of(handle, "Vladimir")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handle");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankRealName(String name) {
    assertThatThrownBy(() -> Author.of("Bulanov", name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bula\nnov", "Bulanov\n", "\rBulanov", "Bula\r\nnov"})
  void rejectsLineBreaksInTheHandle(String handle) {
    assertThatThrownBy(() -> Author.of(handle)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Vladi\nmir", "Vladimir\r", "Vladimir\r\nTuzakov"})
  void rejectsLineBreaksInTheRealName(String name) {
    assertThatThrownBy(() -> Author.of("Bulanov", name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single line");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Author.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Author("Bulanov", null)).isInstanceOf(NullPointerException.class);
  }
}
