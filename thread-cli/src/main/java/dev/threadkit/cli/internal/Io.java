package dev.threadkit.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard streams, passed to every command instead of {@code System.*} so that
 * tests can run the commands in-process and capture what they print.
 *
 * @param in standard input, read when an input is {@code -}
 * @param out standard output, where results go; bytes, since exports are written as UTF-8
 * @param err standard error, for diagnostics, errors, progress and the summary; auto-flushing
 * @param interactive whether stderr is a terminal a person watches, so a progress line is welcome
 */
public record Io(InputStream in, OutputStream out, PrintWriter err, boolean interactive) {

  /** Validates the parts. */
  public Io {
    requireNonNull(in, "in");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
  }

  /**
   * Returns the streams of this process. Standard output is the raw file descriptor, buffered,
   * so that a failed write (a full disk, a closed pipe) is an exception and not silently
   * swallowed as {@link System#out} would.
   *
   * @return the process's streams
   */
  public static Io system() {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return new Io(System.in, out, err, stderrIsTerminal());
  }

  /**
   * Tells, conservatively, whether a person watches standard error: the JVM has a console (stdin
   * and stdout are terminals) and, where Linux tells, file descriptor 2 is a terminal too.
   */
  static boolean stderrIsTerminal() {
    if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return true; // no /proc (macOS, Windows): trust the console
    }
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
