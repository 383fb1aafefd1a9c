package dev.threadkit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A file is read into one array of its size, and still whole when its size was wrong. */
class FileBytesTest {
  private static final byte[] TEN = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void aFileOfTheSizeItReportedIsReadWhole() throws IOException {
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 10, 100)).containsExactly(TEN);
  }

  @Test
  void aFileThatGrewOrReportedNoSizeIsReadOnUpToTheBound() throws IOException {
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 4, 100)).containsExactly(TEN);
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 0, 100)).containsExactly(TEN);
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 4, 7)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 4, 5)).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void aFileThatShrankIsTrimmed() throws IOException {
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 20, 100)).containsExactly(TEN);
  }

  @Test
  void aFileLargerThanTheBoundIsReadToTheBound() throws IOException {
    assertThat(FileBytes.read(new ByteArrayInputStream(TEN), 10, 6)).containsExactly(0, 1, 2, 3, 4, 5);
  }
}
