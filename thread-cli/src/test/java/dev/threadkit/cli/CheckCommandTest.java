package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir
  Path temp;

  @Test
  void cleanDumpHasNoDiagnosticsAndExitsZero() {
    Cli.Run run = cli().run("check", path("clean"));

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("checked 1 dump: 0 errors, 0 warnings, 0 notes in ").endsWith(" s\n");
  }

  @Test
  void errorsArePrintedCompilerStyleAndExitOne() {
    String dump = path("one-error-one-warning.txt");

    Cli.Run run = cli().run("check", dump);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines()[0]).startsWith(dump + ":7:14: error unknown-month 'Decembre'");
    assertThat(run.outLines()[1]).startsWith(dump + ":9:3: warning ordinal-gap ");
    assertThat(run.err()).startsWith("checked 1 dump: 1 error, 1 warning, 0 notes in ");
  }

  @Test
  void warningsAloneExitZeroUnlessStrict() {
    String dump = path("warning-only-ordinal-gap.txt");

    Cli.Run lenient = cli().run("check", dump);
    Cli.Run strict = cli().run("check", "--strict", dump);

    assertThat(lenient.status()).isZero();
    assertThat(lenient.out()).startsWith(dump + ":7:3: warning ordinal-gap ");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).isEqualTo(lenient.out());
  }

  @Test
  void missingPathIsOneLineAndTheOtherInputsAreStillChecked() {
    String missing = temp.resolve("dumps/x.txt").toString();

    Cli.Run run = cli().run("check", missing, path("one-error-one-warning.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + missing + ": no such file");
    assertThat(run.outLines()).hasSize(2); // the second input was checked
    assertThat(run.errLines()[1]).startsWith("checked 1 dump: 1 error, 1 warning, 0 notes in ").endsWith(", 1 failed");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void binaryFileIsRejected() {
    String binary = path("bad/binary-nul-bytes.txt");

    Cli.Run run = cli().run("check", binary);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0])
        .isEqualTo("threadkit: error: " + binary + ": binary file (a NUL byte at offset 16), not a text dump");
    assertThat(run.out()).isEmpty();
  }

  /** One rule for an empty dump, however it is empty: the parser's empty-input warning, exit 0. */
  @ParameterizedTest
  @ValueSource(strings = {"empty/zero-bytes.txt", "empty/only-blank-lines.txt"})
  void anEmptyDumpIsAWarningWhetherItHasNoBytesOrOnlyBlankLines(String name) {
    String empty = path(name);

    Cli.Run run = cli().run("check", empty);

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.outLines()[0]).startsWith(empty + ":").endsWith(":1: warning empty-input the dump holds no text");
  }

  @Test
  void strictRejectsAnEmptyDumpEitherWay() {
    Cli.Run run = cli().run("check", "--strict", path("empty/zero-bytes.txt"), path("empty/only-blank-lines.txt"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).extracting(line -> line.substring(line.indexOf(": ") + 2))
        .containsExactly("warning empty-input the dump holds no text", "warning empty-input the dump holds no text");
  }

  @Test
  void folderWithoutDumpsIsRejected() {
    String folder = path("folder-without-dumps");

    Cli.Run run = cli().run("check", folder);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + folder + ": no dumps (*.txt files) in this folder");
  }

  @Test
  void emptyFolderIsRejected() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("nothing-here"));

    Cli.Run run = cli().run("check", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).endsWith(folder + ": no dumps (*.txt files) in this folder");
  }

  @Test
  void fileThatCannotBeReadIsRejected() {
    // Reading /proc/self/mem from offset 0 fails with EIO even for root, who can read a chmod 000 file.
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(unreadable), "needs Linux /proc");

    Cli.Run run = cli().run("check", unreadable.toString(), path("clean"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: /proc/self/mem: cannot read: ");
    assertThat(run.err()).contains("checked 1 dump");
  }

  @Test
  void fileWithoutReadPermissionIsRejected() throws IOException {
    Path locked = Files.writeString(temp.resolve("locked.txt"), "Title\n\nText.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked), "root reads any file");

    Cli.Run run = cli().run("check", locked.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + locked + ": permission denied");
  }

  @Test
  void folderIsCheckedInPathOrderWhateverTheThreads() throws IOException {
    byte[] dump = Files.readAllBytes(Cli.fixture("one-error-one-warning.txt"));
    Path folder = temp.resolve("dumps");
    for (String name : new String[] {"d.txt", "b.txt", "a/z.txt", "c.txt", "a/a.txt", "ignored.md"}) {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, dump);
    }

    Cli.Run run = cli().run("check", "--jobs", "3", folder.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).extracting(line -> line.substring(folder.toString().length() + 1, line.indexOf(".txt:")))
        .containsExactly("a/a", "a/a", "a/z", "a/z", "b", "b", "c", "c", "d", "d");
    assertThat(run.err()).startsWith("checked 5 dumps: 5 errors, 5 warnings, 0 notes");
  }

  @Test
  void standardInputIsNamedStdin() {
    byte[] dump = readFixture("one-error-one-warning.txt");

    Cli.Run run = cli().stdin(dump).run("check", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()[0]).startsWith("<stdin>:7:14: error unknown-month ");
  }

  @Test
  void emptyStandardInputIsAnEmptyDumpToo() {
    Cli.Run run = cli().run("check", "-");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly("<stdin>:1:1: warning empty-input the dump holds no text");
  }

  @Test
  void progressLineOnlyOnATerminal() throws IOException {
    Path folder = temp.resolve("three");
    Files.createDirectories(folder);
    for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
      Files.copy(Cli.fixture("clean/000_599c788b2f42df5e.txt"), folder.resolve(name));
    }

    Cli.Run terminal = cli().interactive().run("check", folder.toString());
    Cli.Run piped = cli().run("check", folder.toString());

    assertThat(terminal.err()).contains("\r[3/3 files]").contains(" MB/s").contains("checked 3 dumps");
    assertThat(piped.err()).doesNotContain("\r").startsWith("checked 3 dumps");
    assertThat(terminal.status()).isZero();
  }

  @Test
  void quietLeavesOnlyErrors() {
    Cli.Run run = cli().run("check", "--quiet", path("clean"), path("bad/binary-nul-bytes.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("threadkit: error: " + path("bad/binary-nul-bytes.txt") + ": binary file (a NUL byte at offset 16), not a text dump");
  }

  private static byte[] readFixture(String name) {
    try {
      return Files.readAllBytes(Cli.fixture(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
