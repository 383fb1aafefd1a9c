package dev.threadkit.model;

import static dev.threadkit.model.SeedFixtures.OLD_MAN;
import static dev.threadkit.model.SeedFixtures.TUZAKOV;
import static dev.threadkit.model.SeedFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentTest {

  @Test
  void builderSetsEveryPart() {
    Comment oldMan = Comment.builder(CommentId.of(3), OLD_MAN)
        .attribute(Attribute.PRESENCE, Presence.OFFLINE)
        .posted(LocalDateTime.of(2020, 12, 9, 15, 42))
        .text("China is the future leader of the Periphery.\nThe next contender is India.")
        .source(new LineRange(16, 26))
        .build();

    assertThat(oldMan.id()).isEqualTo(CommentId.of(3));
    assertThat(oldMan.author()).contains(Author.of("Old man", "Old man"));
    assertThat(oldMan.kind()).isEqualTo(CommentKind.COMMENT);
    assertThat(oldMan.attribute(Attribute.PRESENCE)).contains(Presence.OFFLINE);
    assertThat(oldMan.time()).contains(CommentTime.exact(at("9 December 2020 15:42")));
    assertThat(oldMan.exactTime()).contains(at("9 December 2020 15:42"));
    assertThat(oldMan.text()).isEqualTo("China is the future leader of the Periphery.\nThe next contender is India.");
    assertThat(oldMan.source()).contains(new LineRange(16, 26));
  }

  @Test
  void builderDefaultsToNoPresenceNoTimeEmptyTextAndNoSource() {
    Comment bare = Comment.builder(CommentId.parse("3.1"), TUZAKOV).build();

    assertThat(bare.kind()).isEqualTo(CommentKind.COMMENT);
    assertThat(bare.attribute(Attribute.PRESENCE)).isEmpty();
    assertThat(bare.attributes().isEmpty()).isTrue();
    assertThat(bare.time()).isEmpty();
    assertThat(bare.exactTime()).isEmpty();
    assertThat(bare.unplaced()).isEmpty();
    assertThat(bare.text()).isEmpty();
    assertThat(bare.source()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    assertThat(SeedFixtures.comments()).isEqualTo(SeedFixtures.comments());
    assertThat(SeedFixtures.comments().get(3)).hasSameHashCodeAs(SeedFixtures.comments().get(3));
    assertThat(SeedFixtures.comments().get(1)).isNotEqualTo(SeedFixtures.comments().get(2));
  }

  @Test
  void parentIdAndDepthComeFromTheId() {
    Comment top = SeedFixtures.comments().get(2);
    Comment reply = SeedFixtures.comments().get(3);

    assertThat(top.parentId()).isEmpty();
    assertThat(top.depth()).isZero();
    assertThat(reply.parentId()).contains(CommentId.of(3));
    assertThat(reply.depth()).isEqualTo(1);
    assertThat(SeedFixtures.plain("1.2.3", TUZAKOV, "").depth()).isEqualTo(2);
  }

  @Test
  void withoutSourceDropsOnlyTheSource() {
    Comment withSource = SeedFixtures.comments().get(3);

    Comment stripped = withSource.withoutSource();

    assertThat(stripped.source()).isEmpty();
    assertThat(stripped).isNotEqualTo(withSource)
        .isEqualTo(new Comment(withSource.id(), withSource.author(), withSource.kind(), withSource.time(),
            withSource.text(), withSource.attributes(), withSource.unplaced(), Optional.empty()));
    assertThat(withSource.source()).contains(new LineRange(27, 28));
    assertThat(stripped.withoutSource()).isSameAs(stripped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r", "line one\r\nline two", "line one\rline two", "trailing\r"})
  void rejectsCarriageReturnsInTheText(String text) {
    Comment.Builder builder = Comment.builder(CommentId.of(1), TUZAKOV).text(text);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\\n line breaks");
  }

  @Test
  void keepsBlankLinesAndIndentationInsideTheText() {
    String text = "Moscow and Beijing forge an alliance\n\n  Threats to China\n";

    assertThat(SeedFixtures.plain("5", SeedFixtures.SEKAVAR, text).text()).isEqualTo(text);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Comment.builder(null, TUZAKOV)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Comment.builder(CommentId.of(1), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Comment.builder(CommentId.of(1), TUZAKOV).text(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Comment(CommentId.of(1), Optional.of(TUZAKOV), null, Optional.empty(), "",
        Attributes.none(), List.of(), Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Comment(CommentId.of(1), Optional.of(TUZAKOV), CommentKind.COMMENT,
        Optional.empty(), "", null, List.of(), Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Comment(CommentId.of(1), Optional.of(TUZAKOV), CommentKind.COMMENT,
        Optional.empty(), "", Attributes.none(), null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Comment.builder(CommentId.of(1)).kind(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Comment.builder(CommentId.of(1)).time(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringIsShortAndNeverHoldsTheText() {
    String text = "Here, to such theories ".repeat(1 << 20).substring(0, 1 << 20);
    Comment reply = Comment.builder(CommentId.parse("3.1"), TUZAKOV)
        .posted(at("9 December 2020 18:10"))
        .text(text)
        .build();

    String shown = reply.toString();

    assertThat(shown).isEqualTo("Comment[3.1 by Vladimir Tuzakov, 2020-12-09T18:10, 1048576 chars]");
    assertThat(shown).doesNotContain("theories");
  }

  @Test
  void toStringIsBoundedForALongHandleAndADeepId() {
    CommentId deep = CommentId.root(1);
    for (int i = 0; i < 10_000; i++) {
      deep = deep.child(1);
    }
    Comment comment = Comment.builder(deep, Author.of("h".repeat(100_000))).text("secret").build();

    assertThat(comment.toString()).hasSizeLessThan(200).contains("(depth 10000)").contains("hhh")
        .doesNotContain("secret");
  }

  @Test
  void anAnonymousCommentHasNoAuthor() {
    Comment pingback = Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: a page").build();

    assertThat(pingback.author()).isEmpty();
    assertThat(pingback.kind()).isEqualTo(CommentKind.PINGBACK);
    assertThat(pingback.toString()).isEqualTo("Comment[2 pingback anonymous, 16 chars]");
  }

  @Test
  void aRelativeTimeIsKeptAsWrittenAndHasNoExactValue() {
    Comment reply = Comment.builder(CommentId.of(1), TUZAKOV).time(CommentTime.relative("Вчера, 15:35")).build();

    assertThat(reply.time()).contains(CommentTime.relative("Вчера, 15:35"));
    assertThat(reply.exactTime()).isEmpty();
    assertThat(reply.toString()).isEqualTo("Comment[1 by Vladimir Tuzakov, Вчера, 15:35, 0 chars]");
  }

  @Test
  void attributesAreTypedAndTakePartInEquality() {
    Comment scored = Comment.builder(CommentId.of(1), TUZAKOV).attribute(Attribute.SCORE, 12L)
        .attribute(Attribute.EDITED, true).build();

    assertThat(scored.attribute(Attribute.SCORE)).contains(12L);
    assertThat(scored.attribute(Attribute.EDITED)).contains(true);
    assertThat(scored.attribute(Attribute.LIKES)).isEmpty();
    assertThat(scored).isNotEqualTo(scored.toBuilder().attribute(Attribute.SCORE, 13L).build())
        .isEqualTo(scored.toBuilder().build());
  }

  @Test
  void unplacedLinesAreCopiedAndTakePartInEquality() {
    List<SourceLine> lines = new ArrayList<>(List.of(new SourceLine(5, "writer (W) 9 Decembre 2020 15: 35")));
    Comment comment = Comment.builder(CommentId.of(1), TUZAKOV).unplaced(lines).build();

    lines.clear();

    assertThat(comment.unplaced()).containsExactly(new SourceLine(5, "writer (W) 9 Decembre 2020 15: 35"));
    assertThatThrownBy(() -> comment.unplaced().add(new SourceLine(6, "x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(comment).isNotEqualTo(Comment.builder(CommentId.of(1), TUZAKOV).build());
  }

  @Test
  void toBuilderCopiesEveryPart() {
    Comment full = Comment.builder(CommentId.of(3, 1), TUZAKOV)
        .kind(CommentKind.DELETED)
        .time(CommentTime.relative("5 hours ago"))
        .text("[deleted]")
        .attribute(Attribute.PINNED, true)
        .unplaced(List.of(new SourceLine(2, "??")))
        .source(new LineRange(1, 3))
        .build();

    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.toBuilder().text("other").build()).isNotEqualTo(full);
  }
}
