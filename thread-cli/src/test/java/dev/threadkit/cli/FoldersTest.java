package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders given as inputs: links are followed, and what looks like a dump but is skipped is said in the summary. */
class FoldersTest {

  @TempDir
  Path temp;

  @Test
  void aLinkToAFolderIsFollowed() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("real"));
    Files.copy(Cli.fixture("deep-and-wide.txt"), folder.resolve("d.txt"));
    Path link = Files.createSymbolicLink(temp.resolve("link"), folder);

    Cli.Run run = cli().run("check", link.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).startsWith("checked 1 dump: 0 errors, 0 warnings, 0 notes in ");
  }

  @Test
  void upperCaseNamesFifosAndDanglingLinksAreCountedAndNamedInTheSummary() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("dumps"));
    Files.copy(Cli.fixture("deep-and-wide.txt"), folder.resolve("a.txt"));
    Files.copy(Cli.fixture("deep-and-wide.txt"), folder.resolve("B.TXT"));
    Files.createSymbolicLink(folder.resolve("c.txt"), temp.resolve("nowhere.txt"));
    Files.writeString(folder.resolve("notes.md"), "not a dump, not mentioned\n");
    Path fifo = folder.resolve("d.txt");
    boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    assumeTrue(made, "needs mkfifo");

    Cli.Run run = cli().run("convert", folder.toString(), "--to", "jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(10); // a.txt only
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines()[0]).startsWith("converted 1 dump (10 comments) in ")
        .endsWith("; skipped 3 files: " + folder.resolve("B.TXT") + " (named .TXT, not .txt), "
            + folder.resolve("c.txt") + " (a link to nothing), " + folder.resolve("d.txt") + " (not a regular file)");
  }

  @Test
  void aFolderWithOnlySkippedFilesHasNoDumpsAndSaysWhy() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("upper"));
    Files.copy(Cli.fixture("deep-and-wide.txt"), folder.resolve("ONLY.TXT"));

    Cli.Run run = cli().run("check", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + folder + ": no dumps (*.txt files) in this folder");
    assertThat(run.errLines()[1]).endsWith("; skipped 1 file: " + folder.resolve("ONLY.TXT") + " (named .TXT, not .txt)");
  }
}
