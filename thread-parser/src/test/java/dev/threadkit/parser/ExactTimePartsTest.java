package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.Scan;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CommentHeader#time(int, int, int, int, int)}: a dialect may give an exact time as its
 * parts; the comment gets the same time as from {@link CommentHeader#time(CommentTime)}, and parts
 * that are no date-time are refused as {@link LocalDateTime#of} refuses them.
 */
class ExactTimePartsTest {

  /** Lines {@code #N Y M D H MI}: a comment whose time is given as parts, or {@code =N ...} as an object. */
  private static final Dialect STAMPS = new LineDialect("stamps", "test: comments stamped with their time",
      (line, events) -> {
        char first = line.input().charAt(line.contentStart());
        if (first != '#' && first != '=') {
          events.article(line);
          return;
        }
        String text = line.input();
        int[] n = new int[6];
        int at = line.contentStart() + 1;
        for (int k = 0; k < 6; k++) {
          int end = Scan.digitsEnd(text, at, line.end());
          n[k] = Scan.number(text, at, end);
          at = end + 1;
        }
        CommentHeader header = events.comment(line, 0, n[0]).author(Author.of("ann"));
        if (first == '#') {
          header.time(n[1], n[2], n[3], n[4], n[5]);
        } else {
          header.time(CommentTime.exact(LocalDateTime.of(n[1], n[2], n[3], n[4], n[5])));
        }
      });

  private static final DumpParser PARSER = DumpParser.builder().addDialect(STAMPS).dialect("stamps").build();

  @Test
  void partsGiveTheSameTimeAsTheObject() {
    List<Comment> comments = PARSER.parse("Title\n#1 2020 12 9 18 10\n=2 2020 12 9 18 10\n#3 2024 2 29 0 0\n", "d")
        .discussion().comments();
    CommentTime expected = CommentTime.exact(LocalDateTime.of(2020, 12, 9, 18, 10));
    assertThat(comments.get(0).time()).contains(expected);
    assertThat(comments.get(1).time()).contains(expected);
    assertThat(comments.get(0).exactTime()).contains(LocalDateTime.of(2020, 12, 9, 18, 10));
    assertThat(comments.get(2).exactTime()).contains(LocalDateTime.of(2024, 2, 29, 0, 0));
  }

  @Test
  void theStreamingCommentMakesTheTimeWhenAsked() {
    List<CommentTime> seen = new ArrayList<>();
    PARSER.read("Title\n#1 1999 1 31 23 59\n", "d", new DumpHandler() {
      @Override
      public void comment(ParsedComment comment) {
        seen.add(comment.time().orElseThrow());
        seen.add(comment.toComment().time().orElseThrow());
      }
    });
    assertThat(seen).containsOnly(CommentTime.exact(LocalDateTime.of(1999, 1, 31, 23, 59))).hasSize(2);
  }

  @Test
  void partsThatAreNoDateTimeAreRefused() {
    assertThatThrownBy(() -> PARSER.parse("Title\n#1 2021 2 29 10 0\n", "d"))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("29");
    assertThatThrownBy(() -> PARSER.parse("Title\n#1 2021 13 1 10 0\n", "d")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> PARSER.parse("Title\n#1 2021 1 1 24 0\n", "d")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> PARSER.parse("Title\n#1 2021 1 1 1 60\n", "d")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void aHeaderOfTheSpiGetsTheTimeFromItsDefault() {
    RecordingHeader header = new RecordingHeader();
    header.time(2020, 12, 9, 18, 10);
    assertThat(header.told).containsExactly(CommentTime.exact(LocalDateTime.of(2020, 12, 9, 18, 10)));
  }
}
