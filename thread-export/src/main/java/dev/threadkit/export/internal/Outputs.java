package dev.threadkit.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/** Adapters from byte streams to the writers every format writes to. */
public final class Outputs {
  private Outputs() {}

  /** U+FFFD in UTF-8: what every format writes for a lone surrogate, which UTF-8 cannot hold. */
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  /**
   * A buffered UTF-8 writer over {@code out}; flush it, do not close it, to keep {@code out}
   * open. A lone surrogate in the text (possible in a model built in code, never from a
   * parse) is written as U+FFFD, the same in every format.
   */
  public static Writer utf8(OutputStream out) {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(REPLACEMENT);
    return new BufferedWriter(new OutputStreamWriter(out, encoder));
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
