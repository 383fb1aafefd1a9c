package dev.threadkit.examples.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dialect plugs in from a jar of its own: a fresh JVM with only this module's jar and the
 * public modules (thread-model, thread-parser, Guava and the failureaccess module Guava
 * requires) on the module path, and no class path, finds it with {@link java.util.ServiceLoader}
 * through the module descriptors alone, and the parser detects it. Maven passes the jars'
 * paths (failsafe, after {@code package}); surefire leaves this test out.
 */
@Tag("module-path")
class GithubModulePathIT {
  private static final String MODULE = "dev.threadkit.examples.github";

  private static Path jar(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s (set by the failsafe configuration in pom.xml)", property)
        .isNotBlank().doesNotStartWith("${");
    Path jar = Path.of(value);
    assertThat(jar).as(property).isRegularFile();
    assertThat(jar.getFileName().toString()).as(property).endsWith(".jar");
    return jar;
  }

  @Test
  void serviceLoaderFindsTheDialectOnTheModulePath() throws IOException, InterruptedException {
    List<Path> modulePath = List.of(jar("threadkit.example.jar"), jar("threadkit.parser.jar"),
        jar("threadkit.model.jar"), jar("threadkit.guava.jar"), jar("threadkit.failureaccess.jar"));
    Path fixture = GithubDialectTest.DUMPS.resolve("issue-4312.txt").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", String.join(File.pathSeparator, modulePath.stream().map(Path::toString).toList()),
        "-m", MODULE + "/" + ShowDialects.class.getName(),
        fixture.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Nothing may reach the JVM but the module path above.
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Path output = Files.createTempFile("show-dialects", ".txt");
    try {
      Process process = builder.redirectOutput(output.toFile()).start();
      boolean done = process.waitFor(120, TimeUnit.SECONDS);
      if (!done) {
        process.destroyForcibly();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      String run = String.join(" ", command) + "\n" + text;
      assertThat(done).as("finished in time: %s", run).isTrue();
      assertThat(process.exitValue()).as("exit status of %s", run).isZero();

      List<String> lines = text.lines().toList();
      assertThat(lines).as(run).hasSize(3);
      assertThat(Arrays.asList(lines.get(0).split(" "))).as(run).startsWith("dialects:").contains("github", "plain");
      assertThat(Arrays.asList(lines.get(1).split(" "))).as(run).startsWith("writers:").contains("github");
      assertThat(lines.get(2)).as(run).isEqualTo(fixture + ": github, 3 comments");
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
