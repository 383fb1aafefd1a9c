package dev.threadkit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.spi.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineCursorTest {

  /** The lines {@link Line#next()} finds from the first line, as the core's cursor is set on it. */
  private static List<String> following(String text, int firstEnd, int firstNext) {
    LineCursor cursor = new LineCursor(text);
    cursor.set(1, 0, firstEnd, firstNext, 0);
    List<String> found = new ArrayList<>();
    for (Optional<Line> next = cursor.next(); next.isPresent(); next = next.get().next()) {
      found.add(next.get().number() + ":" + next.get().content() + ":" + next.get().blanksBefore());
    }
    return found;
  }

  @Test
  void nextFindsTheFollowingLinesWithLineFeeds() {
    assertThat(following("a\nb\n\n  c\nd", 1, 2)).containsExactly("2:b:0", "4:c:1", "5:d:0");
  }

  @Test
  void nextFindsTheFollowingLinesWithCarriageReturns() {
    assertThat(following("a\r\nb\r\r\n  c\rd", 1, 3)).containsExactly("2:b:0", "4:c:1", "5:d:0");
  }

  @Test
  void theCoreCursorLooksForCarriageReturnsOnceNotOnEveryNext() {
    // The core refills one cursor with set() and never walks it itself; a copy made by next()
    // that looked for \r on its own would scan the whole input on every call.
    LineCursor cursor = new LineCursor("a\nb\nc");
    cursor.set(1, 0, 1, 2, 0);
    assertThat(cursor.carriageReturns).isZero();
    cursor.next();
    assertThat(cursor.carriageReturns).isEqualTo((byte) 1);
    cursor.set(2, 2, 3, 4, 0);
    assertThat(cursor.next().orElseThrow().content()).isEqualTo("c");
  }

  @Test
  void aCursorOverTheCoresLineKnowsWhatTheCoreFoundAndWalksFromAnyLine() {
    LineCursor core = new LineCursor("a\nb\n\nc");
    core.carriageReturns(false);
    core.set(1, 0, 1, 2, 0);

    LineCursor look = LineCursor.over(core);

    assertThat(look.carriageReturns).isEqualTo((byte) 1);
    assertThat(look.from(core) && look.advance()).isTrue();
    assertThat(look.content()).isEqualTo("b");
    assertThat(look.advance()).isTrue();
    assertThat(look.content() + ":" + look.blanksBefore()).isEqualTo("c:1");

    LineCursor overOther = LineCursor.over(Line.at("x\r\ny", 1, 0, 1));
    assertThat(overOther.from(Line.at("x\r\ny", 1, 0, 1)) && overOther.advance()).isTrue();
    assertThat(overOther.content()).isEqualTo("y");
  }
}
