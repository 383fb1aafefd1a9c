package dev.threadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each dialect's benchmark input is a dump of its size that parses back in its dialect with every comment. */
class DialectInputsTest {

  static final java.util.List<String> DIALECTS = DialectInputs.DIALECTS;

  @ParameterizedTest
  @FieldSource("DIALECTS")
  void eachDialectsInputParsesBackInItsDialectWithTheWrittenComments(String dialect) {
    for (String size : new String[] {"10K", "256K"}) {
      DialectInputs in = DialectInputs.of(dialect, size);
      assertThat(in.dump.length()).as("%s", in).isGreaterThanOrEqualTo(Inputs.chars(size))
          .isLessThan(Inputs.chars(size) * 21 / 20 + 2048);
      ParseResult parsed = DumpParser.builder().build().parse(in.dump, in.id);
      assertThat(parsed.dialect()).as("%s", in).isEqualTo(dialect);
      assertThat(parsed.discussion().size()).as("%s", in).isEqualTo(in.comments).isGreaterThan(10);
      assertThat(parsed.diagnostics()).as("%s", in).isEmpty();
    }
  }

  @ParameterizedTest
  @FieldSource("DIALECTS")
  void theSameDialectAndSizeGiveTheSameDump(String dialect) {
    assertThat(DialectInputs.of(dialect, "10K").dump).isEqualTo(DialectInputs.of(dialect, "10K").dump);
  }

  @Test
  void topcorsInputIsTheGeneratedDiscussionWithItsDeepReplies() {
    DialectInputs in = DialectInputs.of("topcor", "256K");
    assertThat(DumpParser.builder().build().parse(in.dump, in.id).discussion().maxDepth()).isGreaterThan(2);
  }

  @Test
  void youtubeRepliesAreOneDeepAndOtherDialectsKeepDeeperThreads() {
    DumpParser parser = DumpParser.builder().build();
    DialectInputs youtube = DialectInputs.of("youtube", "256K");
    assertThat(parser.parse(youtube.dump, youtube.id).discussion().maxDepth()).isEqualTo(1);
    for (String dialect : new String[] {"numbered", "hn", "reddit", "disqus"}) {
      DialectInputs in = DialectInputs.of(dialect, "256K");
      assertThat(parser.parse(in.dump, in.id).discussion().maxDepth()).as(dialect).isGreaterThan(2);
    }
  }

  @Test
  void aDialectWithoutAWriterHasNoInput() {
    assertThatThrownBy(() -> DialectInputs.of("plain", "10K")).isInstanceOf(IllegalArgumentException.class);
  }
}
