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
import java.util.List;
import java.util.Optional;

/**
 * Reads one input and parses it, turning every way that can fail into an {@link Outcome.Failed}
 * with a one-line reason. Thread-safe: one loader serves all worker threads.
 */
public final class Loader {

  /** How far into a file to look for a NUL byte, the mark of a binary file. */
  static final int BINARY_SNIFF = 8192;

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
        bytes = stdin.readNBytes(parser.limits().maxInputLength() + 1);
      } else {
        Path file = input.path().orElseThrow();
        if (Files.isDirectory(file)) {
          return failed(input, "is a folder", null, 0);
        }
        if (Files.size(file) > parser.limits().maxInputLength()) {
          return parsed(input, parser.parse(file), Files.size(file)); // throws input-too-large, unread
        }
        bytes = Files.readAllBytes(file);
      }
      size = bytes.length;
      if (bytes.length == 0) {
        return failed(input, input.isStdin() ? "empty input" : "empty file", null, 0);
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
      return failed(input, "cannot read: " + reason(e), e, size);
    } catch (UncheckedIOException e) {
      return failed(input, "cannot read: " + reason(e.getCause()), e, size);
    } catch (DumpParseException e) {
      int n = e.diagnostics().size();
      return new Outcome.Failed(input, "rejected (" + n + (n == 1 ? " problem" : " problems") + ")",
          List.copyOf(e.diagnostics()), Optional.of(e), size);
    } catch (OutOfMemoryError e) {
      return failed(input, "too large to parse in this much memory (raise -Xmx)", e, size);
    } catch (RuntimeException e) {
      return failed(input, "internal error: " + e, e, size);
    }
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

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
