package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.spi.Events;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Events#maxDepth()}: a reader is told the depth limit of the read, before any comment is placed. */
class EventsMaxDepthTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, ParserLimits.DEFAULT_MAX_DEPTH})
  void aReaderIsToldTheLimitsDepthOnEveryLine(int maxDepth) {
    List<Integer> told = new ArrayList<>();
    LineDialect dialect = new LineDialect("depths", "test: records the depth limit", (line, events) -> {
      told.add(events.maxDepth());
      events.article(line);
    });
    DumpParser parser = DumpParser.builder().addDialect(dialect).dialect("depths")
        .limits(ParserLimits.builder().maxDepth(maxDepth).build()).build();

    parser.parse("Title\n\nA paragraph\n", "x");

    assertThat(told).containsExactly(maxDepth, maxDepth);
  }
}
