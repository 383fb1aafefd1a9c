package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLineTest {

  @Test
  void keepsTheLineAsWrittenIndentationIncluded() {
    SourceLine line = new SourceLine(5, "  writer (W) 9 Decembre 2020 15: 35");

    assertThat(line.line()).isEqualTo(5);
    assertThat(line.text()).isEqualTo("  writer (W) 9 Decembre 2020 15: 35");
    assertThat(line.toString()).isEqualTo("5:   writer (W) 9 Decembre 2020 15: 35");
  }

  @Test
  void anEmptyLineIsAllowed() {
    assertThat(new SourceLine(1, "").text()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsLineNumbersBelowOne(int number) {
    assertThatThrownBy(() -> new SourceLine(number, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start at 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\r", "\r\n"})
  void rejectsALineBreakInTheText(String text) {
    assertThatThrownBy(() -> new SourceLine(1, text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single line");
  }

  @Test
  void toStringIsBounded() {
    assertThat(new SourceLine(7, "x".repeat(10_000)).toString()).hasSize(3 + 80 + 1).endsWith("…");
  }
}
