package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineRangeTest {

  @Test
  void aRangeOfSeveralLines() {
    LineRange oldMan = new LineRange(16, 26);

    assertThat(oldMan.first()).isEqualTo(16);
    assertThat(oldMan.last()).isEqualTo(26);
    assertThat(oldMan.count()).isEqualTo(11);
    assertThat(oldMan).hasToString("16-26");
  }

  @Test
  void aSingleLine() {
    LineRange title = LineRange.of(1);

    assertThat(title).isEqualTo(new LineRange(1, 1));
    assertThat(title.count()).isEqualTo(1);
    assertThat(title).hasToString("1");
  }

  @Test
  void theLargestRange() {
    assertThat(new LineRange(1, Integer.MAX_VALUE).count()).isEqualTo(Integer.MAX_VALUE);
  }

  @ParameterizedTest(name = "{0}-{1}")
  @CsvSource({"0, 0", "0, 5", "-1, 3", "5, 4", "2, 1", "-3, -3", "-2147483648, 1"})
  void rejectsRangesThatAreNotLines(int first, int last) {
    assertThatThrownBy(() -> new LineRange(first, last)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(first + "-" + last);
  }

  @Test
  void ofRejectsLinesBelowOne() {
    assertThatThrownBy(() -> LineRange.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LineRange.of(-7)).isInstanceOf(IllegalArgumentException.class);
  }
}
