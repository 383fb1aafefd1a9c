package dev.threadkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.Presence;
import dev.threadkit.model.SourceLine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommentArenaTest {

  private static final Author ANN = Author.of("ann", "Ann Lee");
  private static final Author BOB = Author.of("bob");
  private static final LocalDateTime NOON = LocalDateTime.of(2020, 12, 9, 12, 0);
  private static final Article ARTICLE = Article.of("Title", List.of("Article."));

  /** Seeded date-times over the whole packable range, seconds included. */
  static Stream<LocalDateTime> times() {
    Random random = new Random(20_201_209L);
    return IntStream.range(0, 300).mapToObj(i -> LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60)));
  }

  @ParameterizedTest
  @MethodSource("times")
  void aPackedTimeUnpacksToItselfAndKeepsTheOrder(LocalDateTime time) {
    long packed = CommentArena.pack(time);
    assertThat(CommentArena.unpack(packed)).isEqualTo(time);
    assertThat(Long.signum(Long.compare(packed, CommentArena.pack(NOON)))).isEqualTo(Integer.signum(time.compareTo(NOON)));
  }

  @Test
  void timesThatDoNotFitArePackedAsOther() {
    assertThat(CommentArena.pack(NOON.withNano(1))).isEqualTo(CommentArena.OTHER_TIME);
    assertThat(CommentArena.pack(NOON.withYear(10_000))).isEqualTo(CommentArena.OTHER_TIME);
    assertThat(CommentArena.pack(NOON.withYear(-1))).isEqualTo(CommentArena.OTHER_TIME);
    assertThat(CommentArena.unpack(CommentArena.pack(LocalDateTime.of(0, 1, 1, 0, 0))))
        .isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0));
  }

  /** Seeded ranges of relative times' words, up to the largest offset and length the packing takes. */
  static Stream<int[]> ranges() {
    Random random = new Random(20_201_209L);
    return Stream.concat(Stream.of(new int[] {0, 1}, new int[] {Integer.MAX_VALUE - 5, 5},
            new int[] {0, CommentArena.MAX_RELATIVE_LENGTH}, new int[] {Integer.MAX_VALUE - 1, 1}),
        IntStream.range(0, 300).mapToObj(i -> new int[] {random.nextInt(Integer.MAX_VALUE - CommentArena.MAX_RELATIVE_LENGTH),
            1 + random.nextInt(CommentArena.MAX_RELATIVE_LENGTH)}));
  }

  @ParameterizedTest
  @MethodSource("ranges")
  void aRelativeTimeIsNoOtherTimeValueAndGivesBackItsWords(int[] range) {
    long relative = CommentArena.relative(range[0], range[1]);
    assertThat(CommentArena.isRelative(relative)).isTrue();
    assertThat(relative).isNotIn(CommentArena.NO_TIME, CommentArena.OTHER_TIME).isNegative();
    String source = range[1] < 64 && range[0] < 64 ? "x".repeat(range[0]) + "y".repeat(range[1]) : null;
    if (source != null) {
      assertThat(CommentArena.relativeTime(source, relative)).isEqualTo(CommentTime.relative("y".repeat(range[1])));
    }
    long back = -(relative + 2);
    assertThat(back >>> 20).isEqualTo(range[0]);
    assertThat(back & CommentArena.MAX_RELATIVE_LENGTH).isEqualTo(range[1]);
  }

  @Test
  void packedAndSpecialTimesAreNotRelative() {
    assertThat(CommentArena.isRelative(CommentArena.NO_TIME)).isFalse();
    assertThat(CommentArena.isRelative(CommentArena.OTHER_TIME)).isFalse();
    assertThat(CommentArena.isRelative(CommentArena.pack(LocalDateTime.of(0, 1, 1, 0, 0)))).isFalse();
    assertThat(CommentArena.isRelative(CommentArena.pack(NOON))).isFalse();
  }

  @Test
  void aRelativeTimeByOffsetsSurvivesCompact() {
    String source = "Title\nann 5 hours ago\n  hello\n";
    CommentArena.Builder builder = new CommentArena.Builder(source, 1);
    int age = source.indexOf("5 hours ago");
    builder.add(0, 1, BOB, CommentKind.COMMENT, CommentArena.relative(age, "5 hours ago".length()), null,
        Attributes.none(), List.of(), 2, 3);
    int hello = source.indexOf("hello");
    builder.line(hello, hello + 5);
    Discussion arena = Arenas.discussion("doc", "topcor", ARTICLE, builder.build(true));
    Discussion code = Discussion.builder("doc").dialect("topcor").article(ARTICLE)
        .add(Comment.builder(CommentId.of(1), BOB).time(CommentTime.relative("5 hours ago")).text("hello")
            .source(new LineRange(2, 3)).build())
        .build();
    assertThat(arena).isEqualTo(code);
    Discussion compact = arena.compact();
    assertThat(compact).isEqualTo(code);
    assertThat(compact.comments().get(0).time()).contains(CommentTime.relative("5 hours ago"));
  }

  // The source: the comments' body lines are indented, as in a dump.
  private static final String SOURCE = "Title\n1. ann\n    first line\n\n      second\n  1. bob\n    reply\n2.\n";

  private static Discussion arenaDiscussion() {
    CommentArena.Builder arena = new CommentArena.Builder(SOURCE, 1); // grows past its guess
    arena.add(0, 1, ANN, CommentKind.COMMENT, CommentArena.pack(NOON), null,
        Attributes.of(Attribute.PRESENCE, Presence.ONLINE), List.of(), 2, 5);
    line(arena, "first line");
    arena.line(0, 0);
    int second = SOURCE.indexOf("  second");
    arena.line(second, second + "  second".length());
    arena.add(1, 1, BOB, CommentKind.COMMENT, CommentArena.NO_TIME, null, Attributes.none(),
        List.of(new SourceLine(6, "  1. bob")), 6, 7);
    line(arena, "reply");
    arena.add(0, 2, null, CommentKind.DELETED, CommentArena.OTHER_TIME, CommentTime.relative("3 days ago"),
        Attributes.none(), List.of(), 8, 8);
    arena.text("a text that is no slice");
    return Arenas.discussion("doc", "topcor", ARTICLE, arena.build(true));
  }

  private static void line(CommentArena.Builder arena, String text) {
    int at = SOURCE.indexOf(text);
    arena.line(at, at + text.length());
  }

  private static Discussion codeDiscussion() {
    return Discussion.builder("doc").dialect("topcor").article(ARTICLE)
        .add(Comment.builder(CommentId.of(1), ANN).posted(NOON).attribute(Attribute.PRESENCE, Presence.ONLINE)
            .text("first line\n\n  second").source(new LineRange(2, 5)).build())
        .add(Comment.builder(CommentId.of(1, 1), BOB).text("reply").unplaced(List.of(new SourceLine(6, "  1. bob")))
            .source(new LineRange(6, 7)).build())
        .add(Comment.builder(CommentId.of(2)).kind(CommentKind.DELETED).time(CommentTime.relative("3 days ago"))
            .text("a text that is no slice").source(LineRange.of(8)).build())
        .build();
  }

  @Test
  void anArenaDiscussionEqualsTheSameDiscussionBuiltInCode() {
    Discussion arena = arenaDiscussion();
    Discussion code = codeDiscussion();
    assertThat(arena).isEqualTo(code);
    assertThat(code).isEqualTo(arena);
    assertThat(arena.hashCode()).isEqualTo(code.hashCode());
    assertThat(arena.comments()).isEqualTo(code.comments());
    assertThat(arena.withoutSources()).isEqualTo(code.withoutSources());
    assertThat(arena.withoutSources().comments()).allSatisfy(c -> assertThat(c.source()).isEmpty());
    assertThat(arena.toString()).isEqualTo(code.toString());
  }

  @Test
  void theTreeAndTheAuthorsAreAnsweredFromTheArrays() {
    Discussion arena = arenaDiscussion();
    assertThat(arena.maxDepth()).isEqualTo(1);
    assertThat(arena.authors()).containsExactly(ANN, BOB);
    assertThat(arena.roots()).extracting(c -> c.id().toString()).containsExactly("1", "2");
    assertThat(arena.repliesOf(CommentId.of(1))).extracting(Comment::text).containsExactly("reply");
    assertThat(arena.parentOf(CommentId.of(1, 1)).orElseThrow().id()).isEqualTo(CommentId.of(1));
    assertThat(arena.indexOf(CommentId.of(2))).isEqualTo(2);
    assertThat(arena.indexOf(CommentId.of(1, 1))).isEqualTo(1);
    assertThat(arena.indexOf(CommentId.of(3))).isEqualTo(-1);
    assertThat(arena.indexOf(CommentId.of(1, 2))).isEqualTo(-1);
    assertThat(arena.indexOf(CommentId.of(2, 1))).isEqualTo(-1);
    assertThat(arena.comment(CommentId.of(1, 1, 1))).isEmpty();
    assertThat(arena.idAt(1)).isEqualTo(CommentId.of(1, 1));
  }

  @Test
  void textIsCopiedStraightFromTheSourceOrTheGivenString() {
    Discussion arena = arenaDiscussion();
    Discussion code = codeDiscussion();
    for (int i = 0; i < arena.size(); i++) {
      Comment comment = arena.comment(i);
      CommentView view = arena.commentView(i);
      assertThat(view.textLength()).isEqualTo(comment.text().length());
      char[] into = new char[comment.text().length() + 2];
      view.getText(into, 1);
      assertThat(new String(into, 1, comment.text().length())).isEqualTo(comment.text());
      assertThat(view.text()).isEqualTo(comment.text());
      assertThat(view.id()).isEqualTo(comment.id());
      assertThat(view.depth()).isEqualTo(comment.depth());
      assertThat(view.author()).isEqualTo(comment.author());
      assertThat(view.kind()).isEqualTo(comment.kind());
      assertThat(view.time()).isEqualTo(comment.time());
      assertThat(view.attributes()).isEqualTo(comment.attributes());
      assertThat(view.unplaced()).isEqualTo(comment.unplaced());
      assertThat(view.source()).isEqualTo(comment.source());
      assertThat(code.commentView(i)).isSameAs(code.comment(i));
    }
    assertThatThrownBy(() -> arena.commentView(0).getText(new char[3], 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> arena.commentView(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> arena.comment(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> arena.comments().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void compactKeepsEqualCommentsOverJustTheirTexts() {
    Discussion arena = arenaDiscussion();
    Discussion compact = arena.compact();
    assertThat(compact).isNotSameAs(arena).isEqualTo(arena);
    assertThat(compact.comments()).isEqualTo(arena.comments());
    assertThat(compact.compact()).isSameAs(compact);
    Discussion code = codeDiscussion();
    assertThat(code.compact()).isSameAs(code);
  }

  @Test
  void aHundredThousandNestedRepliesMakeTheirIdsWithoutRecursion() {
    int depth = 100_000;
    CommentArena.Builder builder = new CommentArena.Builder("x", 16);
    for (int d = 0; d < depth; d++) {
      builder.add(d, 1, BOB, CommentKind.COMMENT, CommentArena.NO_TIME, null, Attributes.none(), List.of(), d + 1, d + 1);
      builder.line(0, 1);
    }
    Discussion deep = Arenas.discussion("deep", "topcor", ARTICLE, builder.build(true));
    Comment last = deep.comment(depth - 1); // the first id made is the deepest: the chain is walked up
    assertThat(last.depth()).isEqualTo(depth - 1);
    assertThat(deep.indexOf(last.id())).isEqualTo(depth - 1);
    assertThat(deep.parentOf(last.id()).orElseThrow().depth()).isEqualTo(depth - 2);
    assertThat(deep.maxDepth()).isEqualTo(depth - 1);
    assertThat(deep.withoutSources().compact().comments().get(depth - 1).text()).isEqualTo("x");
    assertThat(deep.compact().hashCode()).isEqualTo(deep.hashCode());
  }
}
