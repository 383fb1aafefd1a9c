package dev.threadkit.export;

import dev.threadkit.model.CommentView;
import java.io.IOException;

/**
 * An open output of a row format ({@code csv}, {@code jsonl}) that also takes a discussion
 * comment by comment, so rows can be written while a dump is being read, without building a
 * {@link dev.threadkit.model.Discussion}: start the discussion with its id and dialect, then pass
 * each comment in document order. The streaming parser's comments
 * ({@code dev.threadkit.parser.ParsedComment}) are {@link CommentView}s and go straight in.
 * The bytes are the same as {@link #write(dev.threadkit.model.Discussion)} of that discussion
 * writes: one row writer serves both.
 *
 * <pre>{@code
 * try (RowSession rows = CsvExporter.builder().build().open(out)) {
 *   DumpParser.builder().build().read(dump, "000", new DumpHandler() {
 *     @Override
 *     public void start(String dialect) {
 *       rows.discussion("000", dialect);   // the discussion and dialect columns of its rows
 *     }
 *
 *     @Override
 *     public void comment(ParsedComment comment) {
 *       rows.comment(comment);   // one row now, the comment's text read once
 *     }
 *   });
 * }
 * }</pre>
 *
 * <p>Not thread-safe, like every session. Errors writing a row are reported as
 * {@link java.io.UncheckedIOException} from {@link #comment(CommentView)}, so that it can be
 * called from a handler that declares no checked exception.
 */
public interface RowSession extends ExportSession {

  /**
   * Starts the rows of the next discussion; its comments follow through
   * {@link #comment(CommentView)}. Writes nothing by itself.
   *
   * @param id the discussion's id, written in every row ({@code discussion}, {@code key})
   * @param dialect the dialect it was read in, written in every row
   * @throws IllegalStateException if the session is closed
   */
  void discussion(String id, String dialect);

  /**
   * Writes the row of the next comment of the discussion started last. The comment is read
   * during the call only (its {@link CommentView#text()} once), so a view that is valid only
   * during a handler's call is fine.
   *
   * @param comment the comment, right after the previous one in document order (a reply right
   *     after its parent or an earlier sibling's replies)
   * @throws java.io.UncheckedIOException if writing fails
   * @throws IllegalStateException if the session is closed, no discussion was started, or the
   *     comment skips a level of nesting (the comments are not in document order)
   */
  void comment(CommentView comment);

  /**
   * Writes the next discussion: the same as {@link #discussion(String, String)} with its id and
   * dialect, then {@link #comment(CommentView)} for each of its comments.
   *
   * @param discussion the discussion
   * @throws IOException if writing fails
   * @throws IllegalStateException if the session is closed
   */
  @Override
  void write(dev.threadkit.model.Discussion discussion) throws IOException;
}
