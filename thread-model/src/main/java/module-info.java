/**
 * The immutable domain types of threadkit.
 *
 * <p>A {@link dev.threadkit.model.Discussion} holds an {@link dev.threadkit.model.Article}
 * and its {@link dev.threadkit.model.Comment}s flat, in document order; the reply tree is an
 * index over that list. Every type is immutable and safe to share between threads.
 */
module dev.threadkit.model {
  requires com.google.common;

  exports dev.threadkit.model;
  // The arena a parsed discussion's comments live in: filled by the parser, not an API.
  exports dev.threadkit.model.internal to dev.threadkit.parser;
}
