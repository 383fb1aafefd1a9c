package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** Every I/O failure is reported with the OS's reason, never the bare path a FileSystemException carries. */
class IoReasonsTest {

  @Test
  void theOperatingSystemsReasonIsUsedInLowerCase() {
    assertThat(IoReasons.of(new FileSystemException("/proc/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(IoReasons.of(new FileSystemException("out", null, "Is a directory"))).isEqualTo("is a directory");
  }

  @Test
  void withoutAReasonTheExceptionTypeSaysIt() {
    assertThat(IoReasons.of(new AccessDeniedException("/root/x"))).isEqualTo("permission denied");
    assertThat(IoReasons.of(new NoSuchFileException("/proc/x"))).isEqualTo("no such file or folder");
    assertThat(IoReasons.of(new NotDirectoryException("a/b"))).isEqualTo("not a folder");
    assertThat(IoReasons.of(new FileSystemException("/proc/x"))).isEqualTo("FileSystemException");
  }

  @Test
  void wrappersAreLookedThrough() {
    IOException wrapped = new IOException(new AccessDeniedException("/root/x"));
    assertThat(IoReasons.of(new UncheckedIOException(wrapped))).isEqualTo("permission denied");
    assertThat(IoReasons.of(new IOException("No space left on device"))).isEqualTo("No space left on device");
  }
}
