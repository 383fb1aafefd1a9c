package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentKindTest {

  @Test
  void wordsAreLowerCaseAndParseBack() {
    assertThat(CommentKind.COMMENT.word()).isEqualTo("comment");
    assertThat(CommentKind.PINGBACK.word()).isEqualTo("pingback");
    assertThat(CommentKind.DELETED.word()).isEqualTo("deleted");
    for (CommentKind kind : CommentKind.values()) {
      assertThat(CommentKind.parse(kind.word())).isSameAs(kind);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Comment", "trackback", "removed"})
  void parseRejectsAnyOtherWord(String word) {
    assertThatThrownBy(() -> CommentKind.parse(word)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comment, pingback or deleted");
  }
}
