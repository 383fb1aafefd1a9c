package dev.threadkit.cli.internal;

import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.ParseResult;
import java.util.List;
import java.util.Optional;

/** What became of one input: parsed to a model, read through a {@link DumpWork}, or failed with the reasons why. */
public sealed interface Outcome {

  /**
   * Returns the input this is the outcome of.
   *
   * @return the input
   */
  Input input();

  /**
   * Returns how many bytes were read, for the progress line.
   *
   * @return the input's size, 0 if nothing was read
   */
  long bytes();

  /**
   * The dump was read and parsed.
   *
   * @param input the input
   * @param result what the parser read
   * @param bytes the input's size
   */
  record Parsed(Input input, ParseResult result, long bytes) implements Outcome {}

  /**
   * The dump was read through a {@link DumpWork}, without a model.
   *
   * @param input the input
   * @param id the discussion's id
   * @param dialect the dialect it was read in
   * @param diagnostics its diagnostics, in the order a parse gives them (by position)
   * @param comments how many comments it has
   * @param made what the work made of it
   * @param bytes the input's size
   * @param <T> what the work makes
   */
  record Streamed<T>(Input input, String id, String dialect, List<Diagnostic> diagnostics, long comments, T made,
      long bytes) implements Outcome {}

  /**
   * The input could not be read or was rejected.
   *
   * @param input the input
   * @param reason one line naming the problem, without the input's label
   * @param diagnostics for a dump a strict parser rejected, its problems; otherwise empty
   * @param cause the exception behind it, shown with {@code --verbose}
   * @param bytes how many bytes were read
   */
  record Failed(Input input, String reason, List<Diagnostic> diagnostics, Optional<Throwable> cause, long bytes)
      implements Outcome {}
}
