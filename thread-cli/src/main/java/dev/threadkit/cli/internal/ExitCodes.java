package dev.threadkit.cli.internal;

/** The exit statuses of threadkit, as the README documents them. */
public final class ExitCodes {

  /** Everything was read (and, for check, no error diagnostic). */
  public static final int OK = 0;
  /** {@code check} found an error diagnostic (or, with {@code --strict}, a warning). */
  public static final int DIAGNOSTIC_ERRORS = 1;
  /** An input could not be read or was rejected, the output could not be written, or the command line was wrong. */
  public static final int FAILED = 2;

  private ExitCodes() {}
}
