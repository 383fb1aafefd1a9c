package dev.threadkit.export;

import dev.threadkit.model.Discussion;
import java.io.Closeable;
import java.io.IOException;

/**
 * An open output that takes discussions one by one, from {@link StreamExporter#open} or
 * {@link CorpusExporter#open}. Not thread-safe: one writer at a time. Close it to complete the
 * output; closing twice does nothing.
 *
 * <pre>{@code
 * try (ExportSession session = JsonLinesExporter.builder().build().open(out)) {
 *   session.write(first);
 *   session.write(second);
 * }
 * }</pre>
 */
public interface ExportSession extends Closeable {

  /**
   * Writes the next discussion.
   *
   * @param discussion the discussion; its id must differ from those written before when the
   *     format identifies rows by discussion (ConvoKit)
   * @throws IOException if writing fails
   * @throws IllegalStateException if the session is closed
   * @throws IllegalArgumentException if the format needs unique discussion ids and this one
   *     was written before
   */
  void write(Discussion discussion) throws IOException;

  /**
   * Writes the next export input: by default its discussion, as {@link #write(Discussion)}.
   *
   * @param input the discussion and what came with it
   * @throws IOException if writing fails
   * @throws IllegalStateException if the session is closed
   * @throws IllegalArgumentException as {@link #write(Discussion)}
   */
  default void write(ExportInput input) throws IOException {
    write(input.discussion());
  }

  /**
   * Completes the output and flushes it. An output stream or writer given to {@code open} is
   * not closed; files the session created are.
   *
   * @throws IOException if writing fails
   */
  @Override
  void close() throws IOException;
}
