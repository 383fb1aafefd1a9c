package dev.threadkit.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParserLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpLoaderTest {
  private static final DumpParser LENIENT = DumpParser.builder().build();
  private static final Path SEED = Path.of("../seeds/000_599c788b2f42df5e.txt");

  @Test
  void aDumpIsParsedUnderTheIdItsFileNameGives() throws IOException {
    Loaded loaded = DumpLoader.parse("s3a://bucket/dumps/000_599c788b2f42df5e.txt", Files.readAllBytes(SEED), LENIENT);

    assertThat(loaded.error()).isEmpty();
    assertThat(loaded.id()).isEqualTo("000_599c788b2f42df5e");
    assertThat(loaded.result()).hasValueSatisfying(r -> assertThat(r.discussion().size()).isEqualTo(7));
  }

  @Test
  void emptyBinaryAndTooLargeDumpsAreErrorsNotExceptions() {
    assertThat(DumpLoader.parse("d/empty.txt", new byte[0], LENIENT).error()).contains("empty file");
    assertThat(DumpLoader.parse("d/nul.txt", new byte[] {'a', 0}, LENIENT).error())
        .hasValueSatisfying(e -> assertThat(e).startsWith("binary file (a NUL byte at offset 1)"));
    DumpParser small = DumpParser.builder().limits(ParserLimits.builder().maxInputLength(10).build()).build();
    Loaded tooLarge = DumpLoader.parse("d/big.txt", "x".repeat(100).getBytes(StandardCharsets.UTF_8), small);
    assertThat(tooLarge.error()).hasValueSatisfying(e -> assertThat(e).startsWith("rejected: "));
    assertThat(tooLarge.id()).isEqualTo("big");
  }

  @Test
  void aStrictParserRejectsWhatALenientOneRepairs() {
    // unknown-month: an error diagnostic the lenient parser reads past.
    byte[] notADump = "Title\n\n  1. writer Offline writer\n    writer (W) 9 Decembre 2020 15: 35\n    Hello.\n"
        .getBytes(StandardCharsets.UTF_8);
    Loaded lenient = DumpLoader.parse("d/odd.txt", notADump, LENIENT);
    Loaded strict = DumpLoader.parse("d/odd.txt", notADump, DumpParser.builder().strict(true).build());

    assertThat(lenient.result()).hasValueSatisfying(r -> assertThat(r.hasErrors()).isTrue());
    assertThat(strict.error()).hasValueSatisfying(e -> assertThat(e).startsWith("rejected: "));
  }

  @Test
  void aFileThatCannotBeOpenedIsAnError(@TempDir Path temp) {
    FileEntry missing = new FileEntry(temp.resolve("gone.txt").toUri().toString(), 10);
    Loaded loaded = DumpLoader.load(missing, new Configuration(), LENIENT);

    assertThat(loaded.id()).isEqualTo("gone");
    assertThat(loaded.error()).hasValueSatisfying(e -> assertThat(e).startsWith("cannot read: "));
  }
}
