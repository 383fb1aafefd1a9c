package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParserLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

  @TempDir
  Path temp;

  private final Loader loader = new Loader(DumpParser.builder().build(), new ByteArrayInputStream(new byte[0]));

  @Test
  void aNulByteAfterTheFirst8KbDoesNotMakeAFileBinary() throws IOException {
    byte[] text = ("Title\n\n" + "x".repeat(Loader.BINARY_SNIFF) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1); // a NUL at the very end
    Path file = Files.write(temp.resolve("late-nul.txt"), bytes);

    Outcome outcome = loader.load(Inputs.expand(java.util.List.of(file.toString())).get(0));

    assertThat(outcome).isInstanceOf(Outcome.Parsed.class);
    assertThat(outcome.bytes()).isEqualTo(bytes.length);
  }

  @Test
  void aFileOverTheByteLimitIsRefusedUnreadOnOneLineNamingTheOption() throws IOException {
    Path file = Files.writeString(temp.resolve("big.txt"), "Title\n\nA paragraph longer than ten.\n");

    Outcome outcome = bytesLimitedTo(10, new byte[0]).load(Inputs.expand(java.util.List.of(file.toString())).get(0));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
      assertThat(failed.reason()).isEqualTo("input is larger than the limit of 10 bytes; raise it with"
          + " ParserLimits.Builder.maxInputBytes, or --max-input-mb on the command line");
      assertThat(failed.diagnostics()).isEmpty();
    });
  }

  @Test
  void aFileOverTheCharacterLimitIsRefusedOnOneLineToo() throws IOException {
    Path file = Files.writeString(temp.resolve("long.txt"), "Title\n\nA paragraph longer than ten.\n");

    Outcome outcome = limitedTo(10, new byte[0]).load(Inputs.expand(java.util.List.of(file.toString())).get(0));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, failed -> assertThat(failed.reason())
        .isEqualTo("input is longer than the limit of 10 characters; raise it with ParserLimits.Builder.maxInputLength,"
            + " or --max-input-chars on the command line"));
  }

  private static Loader bytesLimitedTo(int maxInputBytes, byte[] stdin) {
    return new Loader(DumpParser.builder().limits(ParserLimits.builder().maxInputBytes(maxInputBytes).build()).build(),
        new ByteArrayInputStream(stdin));
  }

  @Test
  void aFileThatVanishesAfterListingIsNoSuchFile() throws IOException {
    Path file = Files.writeString(temp.resolve("gone.txt"), "Title\n");
    Input input = Inputs.expand(java.util.List.of(file.toString())).get(0);
    Files.delete(file);

    Outcome outcome = loader.load(input);

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
        failed -> assertThat(failed.reason()).isEqualTo("no such file"));
  }

  private static Loader limitedTo(int maxInputLength, byte[] stdin) {
    return new Loader(DumpParser.builder().limits(ParserLimits.builder().maxInputLength(maxInputLength).build()).build(),
        new ByteArrayInputStream(stdin));
  }

  @Test
  void stdinWithinTheCharacterLimitIsReadWholeThoughItHasMoreBytes() {
    String title = "Заголовок"; // 9 characters, 18 bytes
    byte[] dump = (title + "\n").getBytes(StandardCharsets.UTF_8);

    Outcome outcome = limitedTo(10, dump).load(Input.stdin());

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Parsed.class, parsed -> {
      assertThat(parsed.result().discussion().article().title()).isEqualTo(title);
      assertThat(parsed.bytes()).isEqualTo(dump.length);
    });
  }

  @Test
  void stdinPastTheByteLimitIsReadNoFurtherThanOneBytePastIt() {
    byte[] dump = ("Title\n" + "x".repeat(100)).getBytes(StandardCharsets.UTF_8);

    Outcome outcome = bytesLimitedTo(10, dump).load(Input.stdin());

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
      assertThat(failed.reason()).startsWith("input is larger than the limit of 10 bytes");
      assertThat(failed.bytes()).isEqualTo(11); // 10 + 1 read, the rest left unread
    });
  }

  @Test
  void aFileWithinTheCharacterLimitIsReadWholeThoughItHasMoreBytesThanCharacters() throws IOException {
    Path file = Files.writeString(temp.resolve("ru.txt"), "Заголовок\n", StandardCharsets.UTF_8);

    Outcome outcome = limitedTo(10, new byte[0]).load(Inputs.expand(java.util.List.of(file.toString())).get(0));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Parsed.class,
        parsed -> assertThat(parsed.result().discussion().article().title()).isEqualTo("Заголовок"));
  }

  @Test
  void anEndlessFileThatReportsSizeZeroIsTooLargeNotReadToTheEnd() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");

    Outcome outcome = bytesLimitedTo(10, new byte[0]).load(Inputs.expand(java.util.List.of(zero.toString())).get(0));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
      assertThat(failed.reason()).startsWith("input is larger than the limit of 10 bytes");
      assertThat(failed.bytes()).isEqualTo(11);
    });
  }
}
