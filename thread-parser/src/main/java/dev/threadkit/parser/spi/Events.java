package dev.threadkit.parser.spi;

import dev.threadkit.model.Attribute;
import dev.threadkit.parser.DiagnosticCode;

/**
 * What a {@link DialectReader} says about each line: the calls of the streaming layer, which
 * the shared core turns into the model (or into a user's {@link dev.threadkit.parser.DumpHandler}).
 * Every line handed to a reader is reported by exactly one of {@link #article}, {@link #boilerplate},
 * {@link #commentCount}, {@link #articleAttribute}, {@link #comment}, {@link #heldComment},
 * {@link #headerLine},
 * {@link #body} or {@link #bodyFrom}, so that no text is lost; {@link #unplaced} keeps the
 * text of a line that was reported but could not be read whole.
 *
 * <p>The core owns the tree: a comment's depth and ordinal are placed as the document-order
 * tree allows, with a diagnostic for each repair (a depth more than one below the comment
 * before, an ordinal out of order, the depth limit).
 */
public interface Events {

  /** The ordinal to pass for a comment whose page writes none: the next free one is taken. */
  int NEXT_ORDINAL = 0;

  /**
   * Reports a line of the article: the first one is its title, the rest its paragraphs,
   * separated by blank lines.
   *
   * @param line the line
   */
  void article(Line line);

  /**
   * Reports a line of site furniture (a form, navigation, share buttons), kept apart from the
   * article and the comments. It ends the open comment, if any.
   *
   * @param line the line
   */
  void boilerplate(Line line);

  /**
   * Reports the line where the page says how many comments it has.
   *
   * @param line the line
   * @param count the number it gives
   */
  void commentCount(Line line, int count);

  /**
   * Reports a line that gives an attribute of the article, such as a photo credit.
   *
   * @param line the line
   * @param key the attribute
   * @param value its value
   * @param <T> its type
   */
  <T> void articleAttribute(Line line, Attribute<T> key, T value);

  /**
   * Starts a comment at a line, closing the open one.
   *
   * @param line its first header line
   * @param depth its depth as the page shows it, 0 for a top-level comment
   * @param ordinal the ordinal the page writes before it, from 1, or {@link #NEXT_ORDINAL}
   * @return the new comment's header, to set its author, time and attributes
   */
  CommentHeader comment(Line line, int depth, int ordinal);

  /**
   * Starts a comment at a line, closing the open one, and holds back its place in the tree
   * until {@link #place} gives it: for a page that shows where a comment belongs only on a
   * later line of it (an action line that links to its parent, a reply count after its body).
   * Without it such a dialect has to look ahead from each header to that line, reading every
   * line of the comment twice; with it, it reads them once and decides when the line comes.
   *
   * <p>Until it is placed, the comment takes its header lines, body lines and attributes as
   * any other; {@link #depth()} is -1 and {@link #openId()} empty. When anything ends it first
   * (the next comment, boilerplate, the end of the input), it is placed at {@code depth}.
   * Either way it is placed as {@link #comment} would have placed it when it started, and the
   * tree's repairs are reported at the line that was being read then: the diagnostics, sorted
   * by line and column, are the same as a dialect that looks ahead would get, though they are
   * found later (past {@link dev.threadkit.parser.ParserLimits#maxDiagnostics()}, which ones
   * are kept follows the order they are found in).
   *
   * @param line its first header line
   * @param depth the depth it is placed at when nothing decides it: 0 for a top-level comment
   * @param ordinal the ordinal the page writes before it, from 1, or {@link #NEXT_ORDINAL}
   * @return the new comment's header, to set its author, time and attributes
   */
  CommentHeader heldComment(Line line, int depth, int ordinal);

  /**
   * Places the open comment started with {@link #heldComment}, once a line has shown where it
   * belongs; afterwards {@link #depth()} and {@link #openId()} give its place.
   *
   * @param depth its depth as the page shows it, 0 for a top-level comment
   * @throws IllegalStateException if no comment is open, or it was placed already (started
   *     with {@link #comment}, or placed before)
   */
  void place(int depth);

  /**
   * Reports a further line of the open comment's header (an author line, an action line):
   * part of the comment's source, not of its text.
   *
   * @param line the line
   * @return the open comment's header, to set what the line says
   * @throws IllegalStateException if no comment is open
   */
  CommentHeader headerLine(Line line);

  /**
   * Reports a line of the open comment's text.
   *
   * @param line the line
   * @param indent the body's indentation: the columns stripped from the line; columns beyond
   *     it are kept as spaces
   * @throws IllegalStateException if no comment is open
   */
  void body(Line line, int indent);

  /**
   * Reports the rest of a line, from an offset, as a line of the open comment's text: a body
   * that starts on its header line, after the header.
   *
   * @param line the line
   * @param from the offset in {@link Line#input()} where the text starts
   * @throws IllegalStateException if no comment is open
   */
  void bodyFrom(Line line, int from);

  /**
   * Reports a line that could not be read into the model: kept as written on the open
   * comment, or with the article's boilerplate when no comment is open. Report a diagnostic
   * saying why.
   *
   * @param line the line
   */
  void unplaced(Line line);

  /**
   * Reports a problem at a line.
   *
   * @param code what it is
   * @param line the line, whose start is the diagnostic's excerpt
   * @param column the column, from 1
   * @param message a one-line explanation for a person
   */
  void diagnostic(DiagnosticCode code, Line line, int column, String message);

  /**
   * Tells whether a comment is open: one has started and nothing has ended it.
   *
   * @return {@code true} inside the comment section's comments
   */
  boolean inComment();

  /**
   * Returns the depth at which the open comment was placed.
   *
   * @return its depth, or -1 when no comment is open or its place is held ({@link #heldComment})
   */
  int depth();

  /**
   * Returns the deepest depth the tree places a comment at ({@link dev.threadkit.parser.ParserLimits#maxDepth()}):
   * a comment asked for deeper is attached at this depth, with a diagnostic. A dialect that
   * holds a comment's place ({@link #heldComment}) can tell from it, before any comment is
   * placed, whether placing one at a depth later would report a diagnostic.
   *
   * @return the depth limit, 0 or more
   */
  int maxDepth();

  /**
   * Returns the open comment's id as placed, for messages.
   *
   * @return for example {@code 3.1}, or empty text when no comment is open or its place is held
   */
  String openId();
}
