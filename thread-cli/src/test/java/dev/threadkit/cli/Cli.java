package dev.threadkit.cli;

import dev.threadkit.cli.internal.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs threadkit in-process with captured streams. */
final class Cli {

  private InputStream stdin = new ByteArrayInputStream(new byte[0]);
  private boolean interactive;

  static Cli cli() {
    return new Cli();
  }

  Cli stdin(byte[] bytes) {
    this.stdin = new ByteArrayInputStream(bytes);
    return this;
  }

  /** Standard input as a stream, for one that fails or never ends. */
  Cli stdin(InputStream stream) {
    this.stdin = stream;
    return this;
  }

  Cli interactive() {
    this.interactive = true;
    return this;
  }

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Io io = new Io(stdin, out, errWriter, interactive);
    int status = Threadkit.run(io, args);
    errWriter.flush();
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A fixture under src/test/resources/dumps. */
  static Path fixture(String name) {
    try {
      return Path.of(Cli.class.getResource("/dumps/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String path(String name) {
    return fixture(name).toString();
  }

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    String[] errLines() {
      return err.isEmpty() ? new String[0] : err.split("\n");
    }

    String[] outLines() {
      return out.isEmpty() ? new String[0] : out.split("\n");
    }
  }
}
