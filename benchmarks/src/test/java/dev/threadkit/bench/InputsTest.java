package dev.threadkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.testkit.DiscussionGenerator;
import dev.threadkit.testkit.Dumps;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark inputs: the Latin-1 dumps, and the stream benchmark's handler. */
class InputsTest {

  private static final DumpParser PARSER = DumpParser.builder().build();

  /** Pinned before the Latin option was added: other modules' tests rely on what a seed generates. */
  @Test
  void theDefaultGeneratorStillMakesTheSameDumps() {
    String dump = DiscussionGenerator.builder().seed(Inputs.GENERATOR_SEED).build().dumpOfSize(10 * 1024);
    assertThat(dump.length()).isEqualTo(10_823);
    assertThat(dump.hashCode()).isEqualTo(1_585_726_491);
    assertThat(Inputs.of("1M").dump.hashCode()).isEqualTo(-1_641_876_804);
  }

  @Test
  void aLatinSizeIsTheSameThreadInLatinOneTextThatParsesBackWithoutADiagnostic() {
    Inputs latin = Inputs.of("256K-latin");
    Inputs cyrillic = Inputs.of("256K");
    // at most the dialect's bullet before the article's photo credit; every comment all Latin-1
    assertThat(beyondLatin1(latin.dump)).isLessThanOrEqualTo(1);
    assertThat(beyondLatin1(cyrillic.dump)).isGreaterThan(1_000);
    for (Comment comment : latin.discussion.comments()) {
      assertThat(beyondLatin1(comment.text() + comment.author().orElseThrow())).as("%s", comment).isZero();
    }
    // the generator's size is an estimate: within 5% as for the other sizes
    assertThat(latin.dump.length()).isBetween(256 * 1024 * 19 / 20, 256 * 1024 * 21 / 20);
    assertThat(Inputs.chars("256K-latin")).isEqualTo(256 * 1024);

    ParseResult parsed = PARSER.parse(latin.dump, latin.id);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.dialect()).isEqualTo("topcor");
    // the same seed draws the same tree and times; only the strings differ
    List<Comment> a = latin.discussion.comments();
    List<Comment> b = cyrillic.discussion.comments();
    int common = Math.min(a.size(), b.size());
    assertThat(common).isGreaterThan(100);
    for (int i = 0; i < common; i++) {
      assertThat(a.get(i).id()).isEqualTo(b.get(i).id());
      assertThat(a.get(i).time()).isEqualTo(b.get(i).time());
    }
  }

  private static long beyondLatin1(String text) {
    return text.chars().filter(c -> c > 0xFF).count();
  }

  @Test
  void latinGeneratedDiscussionsRoundTripThroughTheirDumps() {
    for (long seed = 0; seed < 40; seed++) {
      Discussion generated = DiscussionGenerator.builder().seed(seed).comments(150).latinOnly(true).build().generate();
      ParseResult parsed = PARSER.parse(Dumps.render(generated), generated.id());
      assertThat(parsed.diagnostics()).as("seed %d", seed).isEmpty();
      assertThat(parsed.unplacedLines()).as("seed %d", seed).isEmpty();
      assertThat(parsed.discussion().withoutSources()).as("seed %d", seed).isEqualTo(generated);
    }
  }

  @Test
  void theStreamHandlerSeesEveryCommentOfTheDump() {
    Inputs in = Inputs.of("10K");
    CommentSink sink = new CommentSink();
    sink.blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    PARSER.read(in.dump, in.id, sink);
    assertThat(sink.comments).isEqualTo(in.discussion.size()).isPositive();
  }
}
