package dev.threadkit.cli.internal;

import dev.threadkit.parser.DumpParseException;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one input and parses it, turning every way that can fail into an {@link Outcome.Failed}
 * with a one-line reason. Thread-safe: one loader serves all worker threads.
 */
public final class Loader {

  /** How far into a file to look for a NUL byte, the mark of a binary file. */
  static final int BINARY_SNIFF = 8192;
  /** The largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final DumpParser parser;
  private final InputStream stdin;

  /**
   * Creates a loader.
   *
   * @param parser the parser to use
   * @param stdin what {@code -} reads
   */
  public Loader(DumpParser parser, InputStream stdin) {
    this.parser = parser;
    this.stdin = stdin;
  }

  /**
   * Reads and parses one input; never throws.
   *
   * @param input the input
   * @return its outcome
   */
  public Outcome load(Input input) {
    if (input.problem().isPresent()) {
      return failed(input, input.problem().get(), null, 0);
    }
    long size = 0;
    try {
      byte[] bytes;
      if (input.isStdin()) {
        bytes = readBounded(stdin, 0);
      } else {
        Path file = input.path().orElseThrow();
        if (Files.isDirectory(file)) {
          return failed(input, "is a folder", null, 0);
        }
        long reported = Files.size(file); // 0 for /dev/zero, a FIFO and the like: the read is bounded anyway
        if (reported > maxBytes()) {
          return parsed(input, parser.parse(file), reported); // throws input-too-large, unread
        }
        try (InputStream in = Files.newInputStream(file)) {
          bytes = readBounded(in, reported);
        }
      }
      if (bytes == null) {
        return failed(input, "too large: more than " + readBound() + " bytes", null, readBound());
      }
      size = bytes.length;
      if (bytes.length > maxBytes()) {
        return parsed(input, parser.parse(bytes, input.id()), size); // throws input-too-large, before the NUL check
      }
      int nul = indexOfNul(bytes);
      if (nul >= 0) {
        return failed(input, "binary file (a NUL byte at offset " + nul + "), not a text dump", null, size);
      }
      return parsed(input, parser.parse(bytes, input.id()), size);
    } catch (NoSuchFileException e) {
      return failed(input, "no such file", e, size);
    } catch (AccessDeniedException e) {
      return failed(input, "permission denied", e, size);
    } catch (IOException e) {
      return failed(input, "cannot read: " + IoReasons.of(e), e, size);
    } catch (UncheckedIOException e) {
      return failed(input, "cannot read: " + IoReasons.of(e), e, size);
    } catch (DumpParseException e) {
      int n = e.diagnostics().size();
      return new Outcome.Failed(input, "rejected (" + n + (n == 1 ? " problem" : " problems") + ")",
          List.copyOf(e.diagnostics()), Optional.of(e), size);
    } catch (RuntimeException e) {
      return failed(input, "internal error: " + e, e, size);
    }
  }

  /**
   * The most bytes an input within the parser's limit can have: the limit counts characters,
   * and UTF-8 takes at most three bytes for one (the parser decides exactly after decoding).
   */
  long maxBytes() {
    return 3L * parser.limits().maxInputLength();
  }

  /** How many bytes are read at most: one past {@link #maxBytes()}, so that the parser sees the input is too large. */
  int readBound() {
    return (int) Math.min(maxBytes() + 1, MAX_ARRAY);
  }

  /**
   * Reads at most {@link #readBound()} bytes, into one array of the expected size where that is
   * known. Returns null when the bound is the array limit, not the parser's, and bytes remain:
   * an input that cannot be held in memory at all.
   */
  private byte[] readBounded(InputStream in, long expected) throws IOException {
    int bound = readBound();
    int first = (int) Math.min(Math.max(0, expected), bound);
    byte[] head = new byte[first];
    int n = in.readNBytes(head, 0, first);
    if (n < first) {
      return Arrays.copyOf(head, n);
    }
    byte[] rest = in.readNBytes(bound - first); // the file grew, or its size was not known
    byte[] bytes = head;
    if (rest.length > 0) {
      bytes = Arrays.copyOf(head, first + rest.length);
      System.arraycopy(rest, 0, bytes, first, rest.length);
    }
    if (bytes.length == bound && bound <= maxBytes() && in.read() >= 0) {
      return null;
    }
    return bytes;
  }

  private static Outcome parsed(Input input, ParseResult result, long bytes) {
    return new Outcome.Parsed(input, result, bytes);
  }

  private static Outcome failed(Input input, String reason, Throwable cause, long bytes) {
    return new Outcome.Failed(input, reason, List.of(), Optional.ofNullable(cause), bytes);
  }

  static int indexOfNul(byte[] bytes) {
    int end = Math.min(bytes.length, BINARY_SNIFF);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
