package dev.threadkit.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/** Adapters from byte streams to the writers every format writes to. */
public final class Outputs {
  private Outputs() {}

  /** A buffered UTF-8 writer over {@code out}; flush it, do not close it, to keep {@code out} open. */
  public static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Jackson 3 reports I/O failures as unchecked exceptions; this API declares
   * {@link IOException}, so the cause is passed on as one.
   */
  public static IOException ioException(JacksonException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IOException) {
      return (IOException) cause;
    }
    if (cause instanceof UncheckedIOException) {
      return ((UncheckedIOException) cause).getCause();
    }
    return new IOException(e.getMessage(), e);
  }
}
