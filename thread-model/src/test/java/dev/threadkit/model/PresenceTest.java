package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceTest {

  @Test
  void labelsAreTheWordsThePageWrites() {
    assertThat(Presence.ONLINE.label()).isEqualTo("Online");
    assertThat(Presence.OFFLINE.label()).isEqualTo("Offline");
    assertThat(Presence.values()).containsExactly(Presence.ONLINE, Presence.OFFLINE);
  }
}
