package dev.threadkit.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The JMH state holding one dialect's dump of one size ({@link DialectInputs}), made once per trial (fork). */
@State(Scope.Benchmark)
public class DialectContent {
  /** The dialect whose writer wrote the dump; see {@link DialectInputs#DIALECTS}. */
  @Param({"topcor", "numbered", "hn", "reddit", "disqus", "youtube"})
  public String dialect;

  /** The least size of the dump in characters; see {@link Inputs#chars}. */
  @Param({"10K", "1M", "16M"})
  public String size;

  DialectInputs in;

  /** Generates and writes the dump, and checks that it parses back as its dialect with every comment. */
  @Setup(Level.Trial)
  public void setUp() {
    in = DialectInputs.of(dialect, size);
    System.out.println(in); // into the fork's output: the dump's bytes and comment count
  }
}
