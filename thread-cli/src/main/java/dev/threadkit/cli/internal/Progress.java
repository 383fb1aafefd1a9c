package dev.threadkit.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line of a batch on a terminal: {@code [  12/100 files]  3.4 MB/s}, rewritten in
 * place with a carriage return at most ten times a second, and erased at the end. Off when
 * stderr is not a terminal or there is only one input, so piped output sees none of it.
 */
public final class Progress {

  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long started = System.nanoTime();
  private long lastShown;
  private int done;
  private long bytes;
  private int width;

  /**
   * Creates the progress line of a batch.
   *
   * @param err where it is drawn
   * @param enabled whether to draw it at all
   * @param total how many inputs the batch has
   */
  public Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  /**
   * Counts one finished input and redraws the line if it is time to.
   *
   * @param inputBytes the input's size
   */
  public void advance(long inputBytes) {
    done++;
    bytes += inputBytes;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown < INTERVAL_NANOS && done < total) {
      return;
    }
    lastShown = now;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String digits = Integer.toString(total);
    String line = String.format(Locale.ROOT, "[%" + digits.length() + "d/%s files] %6.1f MB/s",
        done, digits, bytes / seconds / 1e6);
    width = Math.max(width, line.length());
    err.print("\r" + line);
    err.flush();
  }

  /**
   * Tells whether a line has been drawn and not erased.
   *
   * @return {@code true} while a progress line is on screen
   */
  public boolean isShowing() {
    return width > 0;
  }

  /** Erases the line, so that the next message starts on a clean line. */
  public void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
