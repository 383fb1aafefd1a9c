package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a progress line is drawn on stderr: only on a terminal, whatever stdin and stdout are. */
class IoTest {

  @TempDir
  Path temp;

  /** A stand-in for /proc/self/fd/2 linking where the real one would. */
  private Path fd2To(String target) throws IOException {
    return Files.createSymbolicLink(temp.resolve("fd2"), Path.of(target));
  }

  @Test
  void stderrOnATerminalIsATerminalThoughStdoutIsRedirectedAndTheJvmHasNoConsole() throws IOException {
    assertThat(Io.stderrIsTerminal(fd2To("/dev/pts/3"), false, "xterm-256color")).isTrue();
  }

  @Test
  void aVirtualConsoleIsATerminal() throws IOException {
    assertThat(Io.stderrIsTerminal(fd2To("/dev/tty2"), false, "linux")).isTrue();
  }

  @Test
  void aPipeAFileOrDevNullIsNotATerminalEvenWithAConsole() throws IOException {
    assertThat(Io.stderrIsTerminal(fd2To("pipe:[81234]"), true, "xterm")).isFalse();
    Files.delete(temp.resolve("fd2"));
    assertThat(Io.stderrIsTerminal(fd2To(temp.resolve("err.log").toString()), true, "xterm")).isFalse();
    Files.delete(temp.resolve("fd2"));
    assertThat(Io.stderrIsTerminal(fd2To("/dev/null"), true, "xterm")).isFalse();
  }

  @Test
  void aDumbTerminalGetsNoProgress() throws IOException {
    assertThat(Io.stderrIsTerminal(fd2To("/dev/pts/0"), true, "dumb")).isFalse();
  }

  @Test
  void withoutProcTheConsoleDecides() {
    Path missing = temp.resolve("no-proc/self/fd/2");

    assertThat(Io.stderrIsTerminal(missing, true, null)).isTrue();
    assertThat(Io.stderrIsTerminal(missing, false, null)).isFalse();
  }

  @Test
  void anFd2ThatIsNotALinkIsNotATerminal() throws IOException {
    assertThat(Io.stderrIsTerminal(Files.writeString(temp.resolve("fd2"), ""), true, "xterm")).isFalse();
  }
}
