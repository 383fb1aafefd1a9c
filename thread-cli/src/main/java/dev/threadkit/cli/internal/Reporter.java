package dev.threadkit.cli.internal;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/**
 * Everything a command says on stderr, in one place: errors naming their input, diagnostics,
 * the progress line and the closing summary. Not thread-safe; used from the thread that
 * consumes the batch in input order.
 */
public final class Reporter {

  /** The program name that starts every error line. */
  public static final String PROGRAM = "threadkit";

  private final PrintWriter err;
  private final boolean verbose;
  private final boolean quiet;
  private final long started = System.nanoTime();
  private Progress progress;
  private List<DumpFiles.Skipped> skipped = List.of();

  /**
   * Creates a reporter.
   *
   * @param err standard error
   * @param verbose whether failures show their stack trace
   * @param quiet whether to leave out diagnostics of dumps that were converted, and the summary
   */
  public Reporter(PrintWriter err, boolean verbose, boolean quiet) {
    this.err = err;
    this.verbose = verbose;
    this.quiet = quiet;
  }

  /**
   * Starts the progress line of a batch.
   *
   * @param interactive whether stderr is a terminal
   * @param total the number of inputs
   * @return the progress line
   */
  public Progress startProgress(boolean interactive, int total) {
    progress = new Progress(err, interactive, total);
    return progress;
  }

  /**
   * Reports an input that failed, with the diagnostics that rejected it, if any.
   *
   * @param failed the outcome
   */
  public void failed(Outcome.Failed failed) {
    clearProgress();
    err.println(PROGRAM + ": error: " + failed.input().label() + ": " + failed.reason());
    for (Diagnostic diagnostic : failed.diagnostics()) {
      err.println(diagnostic.format(failed.input().label()));
    }
    if (verbose) {
      failed.cause().ifPresent(cause -> err.print(stackTrace(cause)));
    }
    err.flush();
  }

  /**
   * Reports an error that is not about one input.
   *
   * @param message one line
   * @param cause the exception behind it, printed with {@code --verbose}; may be null
   */
  public void error(String message, Throwable cause) {
    clearProgress();
    err.println(PROGRAM + ": error: " + message);
    if (verbose && cause != null) {
      err.print(stackTrace(cause));
    }
    err.flush();
  }

  /**
   * Reports something odd that does not stop the command, unless quiet.
   *
   * @param message one line
   */
  public void warning(String message) {
    if (!quiet) {
      clearProgress();
      err.println(PROGRAM + ": warning: " + message);
      err.flush();
    }
  }

  /**
   * Reports a diagnostic of a dump that was otherwise read, unless quiet.
   *
   * @param label the input's label
   * @param diagnostic the diagnostic
   */
  public void diagnostic(String label, Diagnostic diagnostic) {
    if (!quiet) {
      clearProgress();
      err.println(diagnostic.format(label));
    }
  }

  /**
   * Sets what folders held that looked like dumps and was not read; the summary counts and
   * names them.
   *
   * @param files the skipped files, with why
   */
  public void skipped(List<DumpFiles.Skipped> files) {
    this.skipped = List.copyOf(files);
  }

  /**
   * Prints the closing one-line summary, unless quiet, with the elapsed time appended, and
   * what folders held that looked like dumps and was not read, if anything.
   *
   * @param what for example {@code converted 3 dumps (7 comments)}
   * @param failed how many inputs failed; mentioned only when some did
   */
  public void summary(String what, int failed) {
    clearProgress();
    if (!quiet) {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.println(what + String.format(Locale.ROOT, " in %.1f s", seconds) + (failed > 0 ? ", " + failed + " failed" : "")
          + skippedText());
    }
    err.flush();
  }

  /** {@code "; skipped 2 files: a/B.TXT (named .TXT, not .txt), ..."}: the first few named, the rest counted. */
  private String skippedText() {
    if (skipped.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; skipped ").append(count(skipped.size(), "file")).append(": ");
    int named = Math.min(skipped.size(), NAMED_SKIPPED);
    for (int i = 0; i < named; i++) {
      DumpFiles.Skipped file = skipped.get(i);
      text.append(i == 0 ? "" : ", ").append(file.path()).append(" (").append(file.reason()).append(')');
    }
    if (skipped.size() > named) {
      text.append(" and ").append(skipped.size() - named).append(" more");
    }
    return text.toString();
  }

  /** How many skipped files the summary names. */
  private static final int NAMED_SKIPPED = 5;

  /** Erases the progress line, before something else is printed on the terminal. */
  public void clearProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  /**
   * Returns "1 dump" or "3 dumps".
   *
   * @param count the count
   * @param noun the singular noun
   * @return the count and the noun, plural unless the count is 1
   */
  public static String count(long count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }

  private static String stackTrace(Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
