package dev.threadkit.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
   * Tells, conservatively, whether a person watches standard error. Not from
   * {@link System#console()}: on JDK 17 that is null unless stdin and stdout are terminals too,
   * so {@code threadkit convert dumps --to jsonl > out.jsonl} would show no progress.
   */
  static boolean stderrIsTerminal() {
    return stderrIsTerminal(Path.of("/proc/self/fd/2"), System.console() != null, System.getenv("TERM"));
  }

  /**
   * The decision behind {@link #stderrIsTerminal()}: where Linux's {@code /proc} tells what file
   * descriptor 2 is, it is a terminal only if it links to {@code /dev/pts/*} or
   * {@code /dev/tty*} (never a pipe, a file or {@code /dev/null}); without {@code /proc}
   * (macOS, Windows), trust whether the JVM has a console. A dumb terminal gets no progress.
   *
   * @param fd2 the link to file descriptor 2, {@code /proc/self/fd/2}
   * @param hasConsole whether {@link System#console()} is not null
   * @param term the {@code TERM} environment variable, may be null
   * @return whether to draw a progress line on stderr
   */
  static boolean stderrIsTerminal(Path fd2, boolean hasConsole, String term) {
    if ("dumb".equals(term)) {
      return false;
    }
    if (!Files.exists(fd2, LinkOption.NOFOLLOW_LINKS)) {
      return hasConsole;
    }
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // there, but not a link to read: not sure, so no
    }
  }
}
