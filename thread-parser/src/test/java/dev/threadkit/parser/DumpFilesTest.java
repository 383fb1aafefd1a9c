package dev.threadkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one folder walk: links followed, look-alikes skipped with a reason. */
class DumpFilesTest {

  @TempDir
  Path temp;

  @Test
  void findsTxtFilesBelowALinkedFolderAndSaysWhatItSkipped() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real/sub"));
    Files.writeString(real.resolve("b.txt"), "B\n");
    Files.writeString(real.getParent().resolve("a.txt"), "A\n");
    Files.writeString(real.resolve("C.Txt"), "C\n");
    Files.writeString(real.resolve("readme.md"), "not a dump\n");
    Files.createSymbolicLink(real.resolve("gone.txt"), temp.resolve("missing"));
    Files.createSymbolicLink(real.resolve("loop"), real.getParent()); // a cycle
    Path link = Files.createSymbolicLink(temp.resolve("link"), real.getParent());

    DumpFiles found = DumpFiles.below(link);

    assertThat(found.dumps()).containsExactly(link.resolve("a.txt"), link.resolve("sub/b.txt"));
    assertThat(found.skipped()).extracting(DumpFiles.Skipped::path, DumpFiles.Skipped::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(link.resolve("sub/C.Txt"), "named .Txt, not .txt"),
        org.assertj.core.groups.Tuple.tuple(link.resolve("sub/gone.txt"), "a link to nothing"),
        org.assertj.core.groups.Tuple.tuple(link.resolve("sub/loop"), "a cycle of links"));
  }

  @Test
  void parseAllUsesTheSameWalk() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real"));
    Files.writeString(real.resolve("x.txt"), "X\n");
    Files.writeString(real.resolve("Y.TXT"), "Y\n");
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);

    try (Stream<ParseResult> all = DumpParser.builder().build().parseAll(link)) {
      assertThat(all.map(r -> r.discussion().id()).toList()).containsExactly("x");
    }
  }
}
