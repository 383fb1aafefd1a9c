package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CommentHeader#relativeTime(Line, int, int)} and {@link CommentHeader#attribute(Attribute, long)}:
 * a dialect that gives a relative time by its offsets and a number unboxed gets the same
 * comments as one that makes the objects itself, in the model, in the streaming comment and in
 * a compacted discussion; and comments with equal attributes share one set.
 */
class OffsetsAndNumbersTest {

  private static final Attribute<Long> HOPS = Attribute.number("hops");
  private static final Attribute<Boolean> STARRED = Attribute.flag("starred");

  /**
   * Lines {@code ~NAME AGE WORDS|SCORE[|HOPS][*]}: the age by offsets, numbers unboxed; lines
   * starting {@code =} say the same through the object calls.
   */
  private static final Dialect AGES = new LineDialect("ages", "test: comments with an age and numbers",
      (line, events) -> {
        String text = line.input();
        char first = text.charAt(line.contentStart());
        if (first != '~' && first != '=') {
          events.article(line);
          return;
        }
        boolean offsets = first == '~';
        int nameEnd = Scan.wordEnd(text, line.contentStart() + 1, line.end());
        CommentHeader header = events.comment(line, 0, Events.NEXT_ORDINAL)
            .author(line, line.contentStart() + 1, nameEnd, -1, -1);
        int bar = text.indexOf('|', nameEnd);
        if (offsets) {
          header.relativeTime(line, nameEnd + 1, bar);
        } else {
          header.time(CommentTime.relative(text.substring(nameEnd + 1, bar)));
        }
        int at = bar + 1;
        Attribute<Long> key = Attribute.SCORE;
        while (at < line.end() && text.charAt(at) != '*') {
          int end = Scan.digitsEnd(text, at, line.end());
          long value = Long.parseLong(text, at, end, 10);
          if (offsets) {
            header.attribute(key, value);
          } else {
            header.attribute(key, Long.valueOf(value));
          }
          key = HOPS;
          at = end < line.end() && text.charAt(end) == '|' ? end + 1 : end;
        }
        if (at < line.end()) {
          header.attribute(STARRED, Boolean.TRUE);
        }
      });

  private static final DumpParser PARSER = DumpParser.builder().addDialect(AGES).dialect("ages").build();

  private static final String OFFSETS = "Title\n~ann 5 hours ago|12\n~bob a year ago|12|3*\n~cy  2 yr. ago |7*\n"
      + "~ann just now|12\n";

  @Test
  void offsetsAndNumbersGiveTheSameCommentsAsTheObjects() {
    Discussion byOffsets = PARSER.parse(OFFSETS, "d").discussion();
    Discussion byObjects = PARSER.parse(OFFSETS.replace('~', '='), "d").discussion();
    assertThat(byOffsets).isEqualTo(byObjects);
    assertThat(byOffsets.comments()).isEqualTo(byObjects.comments());
    Comment second = byOffsets.comments().get(1);
    assertThat(second.time()).contains(CommentTime.relative("a year ago"));
    assertThat(second.attributes().get(Attribute.SCORE)).contains(12L);
    assertThat(second.attributes().get(HOPS)).contains(3L);
    assertThat(second.attributes().get(STARRED)).contains(true);
    assertThat(byOffsets.comments().get(2).time()).contains(CommentTime.relative(" 2 yr. ago "));
  }

  @Test
  void aCompactedDiscussionKeepsTheRelativeTimes() {
    Discussion parsed = PARSER.parse(OFFSETS, "d").discussion();
    Discussion compact = parsed.compact();
    assertThat(compact).isEqualTo(parsed);
    assertThat(compact.comments().get(0).time()).contains(CommentTime.relative("5 hours ago"));
    assertThat(compact.comments().get(3).time()).contains(CommentTime.relative("just now"));
  }

  @Test
  void theStreamingCommentMakesTheTimeWhenAsked() {
    List<Object> seen = new ArrayList<>();
    PARSER.read(OFFSETS, "d", new DumpHandler() {
      @Override
      public void comment(ParsedComment comment) {
        seen.add(comment.time().orElseThrow());
        seen.add(comment.toComment().time().orElseThrow());
      }
    });
    assertThat(seen).containsExactly(CommentTime.relative("5 hours ago"), CommentTime.relative("5 hours ago"),
        CommentTime.relative("a year ago"), CommentTime.relative("a year ago"),
        CommentTime.relative(" 2 yr. ago "), CommentTime.relative(" 2 yr. ago "),
        CommentTime.relative("just now"), CommentTime.relative("just now"));
  }

  @Test
  void aKnownCaptureTimeResolvesOffsetsAsItResolvesObjects() {
    DumpParser captured = DumpParser.builder().addDialect(AGES).dialect("ages")
        .capturedAt(OffsetDateTime.parse("2026-11-25T12:00Z")).build();
    List<Comment> byOffsets = captured.parse(OFFSETS, "d").discussion().comments();
    List<Comment> byObjects = captured.parse(OFFSETS.replace('~', '='), "d").discussion().comments();
    assertThat(byOffsets).isEqualTo(byObjects);
    CommentTime.Relative first = (CommentTime.Relative) byOffsets.get(0).time().orElseThrow();
    assertThat(first.written()).isEqualTo("5 hours ago");
    assertThat(first.interval()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Title\n~ann |1\n", "Title\n~ann \t |1\n"})
  void blankWordsAreRefusedAsTheObjectRefusesThem(String dump) {
    assertThatThrownBy(() -> PARSER.parse(dump, "d")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void commentsWithEqualAttributesShareOneSet() {
    List<Comment> comments = PARSER.parse(OFFSETS, "d").discussion().comments();
    assertThat(comments.get(3).attributes()).isSameAs(comments.get(0).attributes());
    assertThat(comments.get(1).attributes()).isNotSameAs(comments.get(0).attributes());
    List<Comment> again = PARSER.parse(OFFSETS + "~dee 1 day ago|12|3*\n", "d").discussion().comments();
    assertThat(again.get(4).attributes()).isSameAs(again.get(1).attributes());
  }

  /** More distinct sets than the table of shared sets holds: each comment still gets exactly its own attributes. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20201209})
  void manyDistinctSetsStayExact(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder dump = new StringBuilder("Title\n");
    List<Attributes> expected = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      long score = random.nextInt(4) == 0 ? random.nextLong() >>> 1 : random.nextInt(600);
      Attributes attributes = Attributes.of(Attribute.SCORE, score);
      dump.append("~u").append(i % 50).append(" 3 days ago|").append(score);
      if (random.nextBoolean()) {
        long hops = random.nextInt(40);
        dump.append('|').append(hops);
        attributes = attributes.with(HOPS, hops);
      }
      if (random.nextBoolean()) {
        dump.append('*');
        attributes = attributes.with(STARRED, true);
      }
      dump.append('\n');
      expected.add(attributes);
    }
    List<Comment> comments = PARSER.parse(dump.toString(), "d").discussion().comments();
    assertThat(comments).hasSize(expected.size());
    for (int i = 0; i < comments.size(); i++) {
      assertThat(comments.get(i).attributes()).as("comment %d", i).isEqualTo(expected.get(i));
    }
  }

  @Test
  void aHeaderOfTheSpiGetsBothFromTheirDefaults() {
    RecordingHeader header = new RecordingHeader();
    Line line = Line.at("ann 2 hours ago", 1, 0, 15); // the words at 4..15
    header.relativeTime(line, 4, 15).attribute(Attribute.SCORE, 41L);
    assertThat(header.told).containsExactly(CommentTime.relative("2 hours ago"), "score=41");
  }
}
