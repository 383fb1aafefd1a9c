package dev.threadkit.export.internal;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Adapters from byte streams to the writers every format writes to. */
public final class Outputs {
  private Outputs() {}

  /** A buffered UTF-8 writer over {@code out}; flush it, do not close it, to keep {@code out} open. */
  public static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }
}
