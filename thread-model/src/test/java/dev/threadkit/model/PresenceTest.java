package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresenceTest {

  @Test
  void wordsAreTheLowerCaseValuesExportsWrite() {
    assertThat(Presence.ONLINE.word()).isEqualTo("online");
    assertThat(Presence.OFFLINE.word()).isEqualTo("offline");
    assertThat(Presence.values()).containsExactly(Presence.ONLINE, Presence.OFFLINE);
  }

  @Test
  void parseReadsWhatWordWrites() {
    for (Presence presence : Presence.values()) {
      assertThat(Presence.parse(presence.word())).isSameAs(presence);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Online", "OFFLINE", "away", " online"})
  void parseRejectsAnyOtherWord(String word) {
    assertThatThrownBy(() -> Presence.parse(word)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online or offline");
  }
}
