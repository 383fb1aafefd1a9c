package dev.threadkit.cli.internal;

import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.DumpParseException;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParsedComment;
import dev.threadkit.parser.ParserLimits;
import dev.threadkit.parser.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one input and parses it, turning every way that can fail into an {@link Outcome.Failed}
 * with a one-line reason. Thread-safe: one loader serves all worker threads.
 *
 * <p>An input's size is checked against {@link ParserLimits#maxInputBytes()} before it is
 * read, and no more than one byte past the limit is ever read (standard input, a device that
 * reports no size, a file that grows): an input over the limit costs no memory.
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
   * @return its outcome: {@link Outcome.Parsed} or {@link Outcome.Failed}
   */
  public Outcome load(Input input) {
    return read(input, (bytes, size) -> new Outcome.Parsed(input, parser.parse(bytes, input.id()), size));
  }

  /**
   * Reads one input through the parser's streaming layer into {@code work}, without building a
   * {@link dev.threadkit.model.Discussion}; never throws. Everything else is as
   * {@link #load(Input)}: the same failures with the same reasons, the same diagnostics in the
   * same order, and a strict parser rejects the dump the same way, after it was read (so
   * whatever the work made of it is dropped, never half used).
   *
   * @param <T> what the work makes of a dump
   * @param input the input
   * @param work what to make of the dump
   * @return {@link Outcome.Streamed} or {@link Outcome.Failed}
   */
  public <T> Outcome stream(Input input, DumpWork<T> work) {
    return read(input, (bytes, size) -> streamed(input, bytes, size, work));
  }

  /** What is done with an input's bytes once they are read. */
  private interface Step {
    Outcome apply(byte[] bytes, long size);
  }

  private Outcome read(Input input, Step step) {
    if (input.problem().isPresent()) {
      return failed(input, input.problem().get(), null, 0);
    }
    ParserLimits limits = parser.limits();
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
        size = reported;
        limits.validateInputBytes(reported, input.label()); // before a byte is read
        try (InputStream in = Files.newInputStream(file)) {
          bytes = readBounded(in, reported);
        }
      }
      size = bytes.length;
      limits.validateInputBytes(bytes.length, input.label());
      if (!isUnicodeWithNuls(bytes)) {
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
          return failed(input, "binary file (a NUL byte at offset " + nul + "), not a text dump", null, size);
        }
      }
      return step.apply(bytes, size);
    } catch (NoSuchFileException e) {
      return failed(input, "no such file", e, size);
    } catch (AccessDeniedException e) {
      return failed(input, "permission denied", e, size);
    } catch (IOException | UncheckedIOException e) {
      return failed(input, "cannot read: " + IoReasons.of(e), e, size);
    } catch (DumpParseException e) {
      return rejected(input, e, size);
    } catch (RuntimeException e) {
      return failed(input, "internal error: " + e, e, size);
    }
  }

  private <T> Outcome streamed(Input input, byte[] bytes, long size, DumpWork<T> work) {
    String id = input.id();
    Collector<T> collector = new Collector<>(work.begin(id));
    List<Diagnostic> diagnostics = parser.read(bytes, id, collector);
    if (parser.isStrict()) {
      List<Diagnostic> problems = new ArrayList<>();
      for (Diagnostic d : diagnostics) {
        if (d.severity() != Severity.INFO) {
          problems.add(d);
        }
      }
      if (!problems.isEmpty()) {
        throw new DumpParseException(id, problems); // what the strict parse would have thrown
      }
    }
    return new Outcome.Streamed<>(input, id, collector.dialect, diagnostics, collector.comments, collector.run.end(), size);
  }

  /** Passes a dump's dialect and comments to a run. */
  private static final class Collector<T> implements DumpHandler {
    final DumpWork.Run<T> run;
    String dialect = Discussion.NO_DIALECT;
    long comments;

    Collector(DumpWork.Run<T> run) {
      this.run = run;
    }

    @Override
    public void start(String name) {
      dialect = name;
      run.start(name);
    }

    @Override
    public void comment(ParsedComment comment) {
      comments++;
      run.comment(comment);
    }
  }

  /**
   * A dump the parser refused. Past a limit, the one diagnostic is the reason, on one line
   * that says how to raise the limit; a strict parser's problems are listed under the reason.
   */
  private static Outcome rejected(Input input, DumpParseException e, long size) {
    List<Diagnostic> diagnostics = e.diagnostics();
    if (diagnostics.size() == 1 && isLimit(diagnostics.get(0).code())) {
      Diagnostic limit = diagnostics.get(0);
      String where = limit.code() == DiagnosticCode.LINE_TOO_LONG ? "line " + limit.line() + ": " : "";
      return failed(input, where + limit.message(), e, size);
    }
    int n = diagnostics.size();
    return new Outcome.Failed(input, "rejected (" + n + (n == 1 ? " problem" : " problems") + ")",
        List.copyOf(diagnostics), Optional.of(e), size);
  }

  private static boolean isLimit(DiagnosticCode code) {
    return code == DiagnosticCode.INPUT_TOO_LARGE || code == DiagnosticCode.LINE_TOO_LONG;
  }

  /** Text in UTF-16 or UTF-32, whose NUL bytes are halves of characters: by its byte-order mark, or the charset given. */
  private boolean isUnicodeWithNuls(byte[] b) {
    Optional<Charset> given = parser.charset();
    if (given.isPresent()) {
      String name = given.get().name();
      return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }
    int n = b.length;
    boolean utf16 = n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    boolean utf32be = n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF;
    return utf16 || utf32be; // UTF-32LE's mark starts as UTF-16LE's
  }

  /** How many bytes are read at most: one past the limit, so that a larger input is told apart. */
  int readBound() {
    return (int) Math.min(parser.limits().maxInputBytes() + 1L, MAX_ARRAY);
  }

  /**
   * Reads at most {@link #readBound()} bytes, into one array of the expected size where that is
   * known and within the bound.
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
    if (rest.length == 0) {
      return head;
    }
    byte[] bytes = Arrays.copyOf(head, first + rest.length);
    System.arraycopy(rest, 0, bytes, first, rest.length);
    return bytes;
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
