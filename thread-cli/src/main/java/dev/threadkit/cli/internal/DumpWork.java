package dev.threadkit.cli.internal;

import dev.threadkit.model.CommentView;

/**
 * What a command makes of one dump while it is read, without a
 * {@link dev.threadkit.model.Discussion}: rows of a row format, the figures of {@code stats},
 * nothing at all for {@code check}.
 * {@link Loader#stream} feeds it from the parser's streaming layer, or, for the few dumps whose
 * bytes need the parser's own decoding (a byte-order mark, damaged or legacy-charset bytes),
 * from the parsed discussion: the same calls either way. One {@link Run} per dump, on the
 * worker thread that reads it; a work is shared by all workers, so {@link #begin} must be
 * thread-safe.
 *
 * @param <T> what one dump gives
 */
interface DumpWork<T> {

  /** Makes nothing of a dump: for a command that needs only its diagnostics. */
  DumpWork<Void> NOTHING = id -> new Run<>() {
    @Override
    public void start(String dialect) {}

    @Override
    public void comment(CommentView comment) {}

    @Override
    public Void end() {
      return null;
    }
  };

  /**
   * Starts on one dump.
   *
   * @param id the discussion's id
   * @return the run that takes the dump's parts
   */
  Run<T> begin(String id);

  /**
   * One dump's parts, in document order: {@link #start}, each comment, then {@link #end}.
   *
   * @param <T> what the dump gives
   */
  interface Run<T> {

    /**
     * Called first.
     *
     * @param dialect the dialect the dump is read in
     */
    void start(String dialect);

    /**
     * One comment, valid only during the call.
     *
     * @param comment the comment
     */
    void comment(CommentView comment);

    /**
     * Called last, when the dump was read without an exception.
     *
     * @return what the dump gave
     */
    T end();
  }
}
