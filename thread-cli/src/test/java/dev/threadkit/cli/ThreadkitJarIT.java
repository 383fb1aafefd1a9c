package dev.threadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built jar, end to end, as a user runs it: {@code java -jar target/threadkit.jar convert
 * ../seeds --to jsonl} from the module folder. Runs in the integration-test phase, after package.
 */
class ThreadkitJarIT {

  private static final Path MODULE = Path.of(System.getProperty("threadkit.module", "")).toAbsolutePath();

  @Test
  void convertsTheSeedsToJsonLines() throws IOException, InterruptedException {
    Path jar = MODULE.resolve("target/threadkit.jar");
    assertThat(jar).isRegularFile();
    Path out = Files.createTempFile("threadkit-it", ".jsonl");
    Path err = Files.createTempFile("threadkit-it", ".err");
    try {
      Process process = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar", "target/threadkit.jar",
          "convert", "../seeds", "--to", "jsonl")
          .directory(MODULE.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      process.getOutputStream().close(); // nothing on stdin
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();

      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("exit status; stderr: %s", stderr).isZero();
      assertThat(lines).hasSize(7).allSatisfy(line -> assertThat(line)
          .startsWith("{\"discussion\":\"000_599c788b2f42df5e\",").endsWith("}"));
      assertThat(stderr).startsWith("converted 1 dump (7 comments) in ").doesNotContain("\r");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void printsTheVersionFromTheManifest() throws IOException, InterruptedException {
    Process process = new ProcessBuilder(javaExecutable(), "-jar", "target/threadkit.jar", "--version")
        .directory(MODULE.toFile())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isZero();
    assertThat(output).startsWith("threadkit " + System.getProperty("threadkit.version", "?") + "\n");
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
