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
 * requires) finds it with {@link java.util.ServiceLoader} and the parser detects it: on the
 * module path through the module descriptors alone, on the class path through
 * {@code META-INF/services}. Maven passes the jars' paths (failsafe, after {@code package});
 * surefire leaves this test out.
 */
@Tag("module-path")
class GithubModulePathIT {
  private static final String MODULE = "dev.threadkit.examples.github";
  private static final Path FIXTURE = GithubDialectTest.DUMPS.resolve("issue-4312.txt").toAbsolutePath();

  private static Path jar(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s (set by the failsafe configuration in pom.xml)", property)
        .isNotBlank().doesNotStartWith("${");
    Path jar = Path.of(value);
    assertThat(jar).as(property).isRegularFile();
    assertThat(jar.getFileName().toString()).as(property).endsWith(".jar");
    return jar;
  }

  /** This module's jar and the public modules, nothing else. */
  private static String jars() {
    List<Path> jars = List.of(jar("threadkit.example.jar"), jar("threadkit.parser.jar"), jar("threadkit.model.jar"),
        jar("threadkit.guava.jar"), jar("threadkit.failureaccess.jar"));
    return String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
  }

  @Test
  void serviceLoaderFindsTheDialectOnTheModulePath() throws IOException, InterruptedException {
    assertFound(run("--module-path", jars(), "-m", MODULE + "/" + ShowDialects.class.getName(), FIXTURE.toString()));
  }

  @Test
  void serviceLoaderFindsTheDialectOnTheClassPath() throws IOException, InterruptedException {
    assertFound(run("-cp", jars(), ShowDialects.class.getName(), FIXTURE.toString()));
  }

  private static void assertFound(Run run) {
    List<String> lines = run.output.lines().toList();
    assertThat(lines).as(run.toString()).hasSize(3);
    assertThat(Arrays.asList(lines.get(0).split(" "))).as(run.toString()).startsWith("dialects:").contains("github", "plain");
    assertThat(Arrays.asList(lines.get(1).split(" "))).as(run.toString()).startsWith("writers:").contains("github");
    assertThat(lines.get(2)).as(run.toString()).isEqualTo(FIXTURE + ": github, 3 comments");
  }

  private record Run(List<String> command, String output) {
    @Override
    public String toString() {
      return String.join(" ", command) + "\n" + output;
    }
  }

  /** Runs the JVM this test runs on with these arguments, and checks that it ends well. */
  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Nothing may reach the JVM but the paths given.
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Path output = Files.createTempFile("show-dialects", ".txt");
    try {
      Process process = builder.redirectOutput(output.toFile()).start();
      boolean done = process.waitFor(120, TimeUnit.SECONDS);
      if (!done) {
        process.destroyForcibly().waitFor();
      }
      Run run = new Run(command, Files.readString(output, StandardCharsets.UTF_8));
      assertThat(done).as("finished in time: %s", run).isTrue();
      assertThat(process.exitValue()).as("exit status of %s", run).isZero();
      return run;
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
