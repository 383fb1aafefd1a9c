package dev.threadkit.spark.internal;

import dev.threadkit.parser.ParseResult;
import java.util.Optional;

/**
 * What reading one dump gave: its parse, or the reason it could not be read.
 *
 * @param source the dump's path, as listed
 * @param id the discussion id the file name gives, also for a dump that failed
 * @param result the parse, or empty when {@code error} says why there is none
 * @param error the one-line reason the dump could not be read, or empty
 */
public record Loaded(String source, String id, Optional<ParseResult> result, Optional<String> error) {

  /**
   * A dump that was read and parsed.
   *
   * @param source the path
   * @param result the parse
   * @return the outcome
   */
  public static Loaded parsed(String source, ParseResult result) {
    return new Loaded(source, result.discussion().id(), Optional.of(result), Optional.empty());
  }

  /**
   * A dump that could not be read or parsed.
   *
   * @param source the path
   * @param id the id its file name gives
   * @param error why, on one line
   * @return the outcome
   */
  public static Loaded failed(String source, String id, String error) {
    return new Loaded(source, id, Optional.empty(), Optional.of(error));
  }
}
