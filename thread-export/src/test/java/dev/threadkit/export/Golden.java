package dev.threadkit.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with the golden files under {@code src/test/resources/golden/}.
 *
 * <p>To regenerate them after an intended change of output, run from the module directory
 * (or the root, with {@code -pl thread-export}):
 * <pre>
 * mvn test -Dthreadkit.golden.update=true
 * </pre>
 * then review the diff with {@code git diff} before committing. Without the property the
 * files are only read, never written.
 */
final class Golden {
  static final String UPDATE_PROPERTY = "threadkit.golden.update";
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Asserts {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
  static void assertMatches(String name, byte[] actual) {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      try {
        Path file = SOURCE_DIR.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    byte[] expected = read(name);
    // Compare as text first for a readable diff, then as bytes for the exact check.
    assertThat(new String(actual, UTF_8)).as("golden/%s", name).isEqualTo(new String(expected, UTF_8));
    assertThat(actual).as("golden/%s bytes", name).isEqualTo(expected);
  }

  static byte[] read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file golden/" + name + "; create it with -D" + UPDATE_PROPERTY + "=true");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
