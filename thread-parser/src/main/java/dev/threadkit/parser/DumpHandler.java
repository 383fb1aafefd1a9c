package dev.threadkit.parser;

import dev.threadkit.model.Attribute;

/**
 * Receives what a dump holds as the parser reads it, in input order, without building a
 * {@link dev.threadkit.model.Discussion}: the streaming layer under the model, for work that
 * needs no model (counting, row exports, statistics). {@link DumpParser#parse} is this API with
 * a handler that builds the model.
 *
 * <pre>{@code
 * int[] comments = new int[1];
 * DumpParser.builder().build().read("Title\n\nText\n  1. ann 9 December 2020 15: 35\n    Hi", "doc",
 *     new DumpHandler() {
 *       @Override
 *       public void comment(ParsedComment comment) {
 *         comments[0]++;
 *       }
 *     });
 * }</pre>
 *
 * <p>Every method has an empty default; override what you need.
 */
public interface DumpHandler {

  /**
   * Called first, with the dialect chosen for the input.
   *
   * @param dialect the dialect's name
   */
  default void start(String dialect) {}

  /**
   * The article's title: its first line.
   *
   * @param title the title
   * @param line its line number
   */
  default void title(String title, int line) {}

  /**
   * One paragraph of the article.
   *
   * @param text its lines joined with {@code \n}
   * @param line the number of its first line
   */
  default void paragraph(String text, int line) {}

  /**
   * One paragraph of site furniture, kept apart from the article and the comments.
   *
   * @param text its lines joined with {@code \n}
   * @param line the number of its first line
   */
  default void boilerplate(String text, int line) {}

  /**
   * The number of comments the page says it has.
   *
   * @param count the number
   * @param line the line that says it
   */
  default void commentCount(int count, int line) {}

  /**
   * An attribute of the article.
   *
   * @param key the attribute
   * @param value its value
   * @param <T> its type
   */
  default <T> void articleAttribute(Attribute<T> key, T value) {}

  /**
   * One comment, complete, in document order.
   *
   * @param comment the comment; valid only during the call
   */
  default void comment(ParsedComment comment) {}

  /**
   * A diagnostic, as it is found (not sorted).
   *
   * @param diagnostic the diagnostic
   */
  default void diagnostic(Diagnostic diagnostic) {}

  /** Called last, after every other call. */
  default void end() {}
}
