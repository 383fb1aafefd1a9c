package dev.threadkit.bench;

import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.ParsedComment;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The handler of the {@code stream} benchmark: hands each comment's id, author, kind and time to
 * a {@link Blackhole}, and leaves its text alone (the parser builds a text only when asked for
 * it). What a row export or a statistic over a dump needs, with no model. One per thread, so the
 * measurement allocates no handler.
 */
@State(Scope.Thread)
public class CommentSink implements DumpHandler {
  /** Where the fields go; set before each read. */
  Blackhole blackhole;
  /** Comments seen; read by the tests. */
  int comments;

  @Override
  public void comment(ParsedComment comment) {
    comments++;
    blackhole.consume(comment.id());
    blackhole.consume(comment.author());
    blackhole.consume(comment.kind());
    blackhole.consume(comment.time());
  }
}
