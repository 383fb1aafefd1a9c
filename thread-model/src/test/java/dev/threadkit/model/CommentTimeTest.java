package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentTimeTest {

  private static final LocalDateTime AT = LocalDateTime.of(2020, 12, 9, 15, 35);

  @Test
  void anExactTimeHasAnExactValue() {
    CommentTime time = CommentTime.exact(AT);

    assertThat(time).isInstanceOf(CommentTime.Exact.class).isEqualTo(new CommentTime.Exact(AT));
    assertThat(time.exactValue()).contains(AT);
  }

  @Test
  void aRelativeTimeKeepsItsWordsAndHasNoExactValue() {
    CommentTime time = CommentTime.relative("Вчера, 15:35");

    assertThat(time).isInstanceOf(CommentTime.Relative.class);
    assertThat(((CommentTime.Relative) time).written()).isEqualTo("Вчера, 15:35");
    assertThat(((CommentTime.Relative) time).interval()).isEmpty();
    assertThat(time.exactValue()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    assertThat(CommentTime.relative("5 hours ago")).isEqualTo(CommentTime.relative("5 hours ago"))
        .isNotEqualTo(CommentTime.relative("6 hours ago"));
    assertThat(CommentTime.exact(AT)).isEqualTo(CommentTime.exact(AT)).isNotEqualTo(CommentTime.exact(AT.plusMinutes(1)));
    CommentTime.Interval interval = new CommentTime.Interval(Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
    assertThat(new CommentTime.Relative("5 hours ago", Optional.of(interval)))
        .isNotEqualTo(CommentTime.relative("5 hours ago"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n"})
  void rejectsBlankRelativeWords(String written) {
    assertThatThrownBy(() -> CommentTime.relative(written)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Вчера,\n15:35", "yesterday\r"})
  void rejectsRelativeWordsOnSeveralLines(String written) {
    assertThatThrownBy(() -> CommentTime.relative(written)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single line");
  }

  @Test
  void anIntervalMayBeAnInstantButNotEndBeforeItStarts() {
    assertThat(new CommentTime.Interval(Instant.EPOCH, Instant.EPOCH).latest()).isEqualTo(Instant.EPOCH);
    assertThatThrownBy(() -> new CommentTime.Interval(Instant.EPOCH, Instant.EPOCH.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> CommentTime.exact(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CommentTime.relative(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CommentTime.Relative("now", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CommentTime.Interval(null, Instant.EPOCH)).isInstanceOf(NullPointerException.class);
  }
}
