/**
 * Reads raw forum dumps into the threadkit model.
 *
 * <p>The entry point is {@link dev.threadkit.parser.DumpParser}.
 */
module dev.threadkit.parser {
  requires transitive dev.threadkit.model;
  requires com.google.common;

  exports dev.threadkit.parser;
}
