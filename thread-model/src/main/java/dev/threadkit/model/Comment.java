package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a comment section: what every site has in its core, what only some sites
 * have as typed {@link Attributes}.
 *
 * <pre>{@code
 * Comment reply = Comment.builder(CommentId.parse("3.1"), Author.of("Vladimir Tuzakov", "Vladimir Tuzakov"))
 *     .posted(LocalDateTime.of(2020, 12, 9, 18, 10))
 *     .text("Here, to such theories ...")
 *     .build();
 * Comment anonymous = Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: ...").build();
 * }</pre>
 *
 * @param id the ordinal path that identifies the comment in its discussion; it also gives
 *     the parent and the depth
 * @param author who wrote it, when the page says; empty for an anonymous entry
 * @param kind a comment, a pingback or a deleted comment
 * @param time when it was posted, exact or relative, when the page says
 * @param text the body: its lines joined with {@code \n}, blank lines inside kept,
 *     indentation removed; empty for an empty body
 * @param attributes what only some sites record: presence, score, likes, edited, ...
 * @param unplaced input lines of the comment that the parser could not read whole into
 *     these fields, kept as written (a header whose date names no month, say)
 * @param source the input lines it was read from, header to last body line; empty for a
 *     comment built in code
 */
public record Comment(
    CommentId id,
    Optional<Author> author,
    CommentKind kind,
    Optional<CommentTime> time,
    String text,
    Attributes attributes,
    List<SourceLine> unplaced,
    Optional<LineRange> source) implements CommentView {

  /**
   * Validates the parts.
   *
   * @param id see {@link #id()}
   * @param author see {@link #author()}
   * @param kind see {@link #kind()}
   * @param time see {@link #time()}
   * @param text see {@link #text()}
   * @param attributes see {@link #attributes()}
   * @param unplaced see {@link #unplaced()}
   * @param source see {@link #source()}
   * @throws IllegalArgumentException if the text holds a carriage return
   */
  public Comment {
    requireNonNull(id, "id");
    requireNonNull(author, "author");
    requireNonNull(kind, "kind");
    requireNonNull(time, "time");
    if (requireNonNull(text, "text").indexOf('\r') >= 0) {
      Checks.normalizedLines(text, "comment " + id.toShortString() + ": its text"); // throws, naming the comment
    }
    requireNonNull(attributes, "attributes");
    unplaced = unplaced.isEmpty() ? List.of() : ImmutableList.copyOf(unplaced);
    requireNonNull(source, "source");
  }

  /**
   * Starts a comment by a known author.
   *
   * @param id the comment's id
   * @param author its author
   * @return a builder of a {@link CommentKind#COMMENT} with no time, empty text, no attributes and no source
   */
  public static Builder builder(CommentId id, Author author) {
    return new Builder(id).author(author);
  }

  /**
   * Starts an anonymous comment: one whose page names no author.
   *
   * @param id the comment's id
   * @return a builder of a {@link CommentKind#COMMENT} with no author, time, text, attributes or source
   */
  public static Builder builder(CommentId id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this comment's parts, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(id);
    builder.author = author;
    builder.kind = kind;
    builder.time = time;
    builder.text = text;
    builder.attributes = attributes;
    builder.unplaced = unplaced;
    builder.source = source;
    return builder;
  }

  /**
   * Returns a copy without a source position, for comparing content read from different
   * places.
   *
   * @return this comment, or a copy with an empty {@link #source()}
   */
  public Comment withoutSource() {
    return source.isEmpty() ? this : new Comment(id, author, kind, time, text, attributes, unplaced, Optional.empty());
  }

  /** Equality of everything but the id, which {@link Discussion} compares by position. */
  boolean sameContent(Comment other) {
    return author.equals(other.author)
        && kind == other.kind
        && time.equals(other.time)
        && text.equals(other.text)
        && attributes.equals(other.attributes)
        && unplaced.equals(other.unplaced)
        && source.equals(other.source);
  }

  /**
   * Returns a bounded description: id, author, time and the text's size, never the text.
   *
   * @return for example {@code Comment[3.1 by Vladimir Tuzakov, 2020-12-09T18:10, 812 chars]}
   */
  @Override
  public String toString() {
    return "Comment[" + id.toShortString() + (kind == CommentKind.COMMENT ? "" : " " + kind.word())
        + author.map(a -> " by " + Checks.abbreviate(a.handle())).orElse(" anonymous")
        + time.map(t -> ", " + (t instanceof CommentTime.Exact ? ((CommentTime.Exact) t).at()
            : Checks.abbreviate(((CommentTime.Relative) t).written()))).orElse("")
        + ", " + text.length() + " chars]";
  }

  /** Builds a {@link Comment} step by step; not thread-safe, meant for one use. */
  public static final class Builder {
    private final CommentId id;
    private Optional<Author> author = Optional.empty();
    private CommentKind kind = CommentKind.COMMENT;
    private Optional<CommentTime> time = Optional.empty();
    private String text = "";
    private Attributes attributes = Attributes.none();
    private List<SourceLine> unplaced = List.of();
    private Optional<LineRange> source = Optional.empty();

    private Builder(CommentId id) {
      this.id = requireNonNull(id, "id");
    }

    /**
     * Sets the author.
     *
     * @param value who wrote it
     * @return this builder
     */
    public Builder author(Author value) {
      this.author = Optional.of(value);
      return this;
    }

    /**
     * Sets the kind; the default is {@link CommentKind#COMMENT}.
     *
     * @param value the kind
     * @return this builder
     */
    public Builder kind(CommentKind value) {
      this.kind = requireNonNull(value, "kind");
      return this;
    }

    /**
     * Sets an exact time of posting.
     *
     * @param value the local date and time
     * @return this builder
     */
    public Builder posted(LocalDateTime value) {
      return time(CommentTime.exact(value));
    }

    /**
     * Sets the time of posting, exact or relative.
     *
     * @param value the time
     * @return this builder
     */
    public Builder time(CommentTime value) {
      this.time = Optional.of(value);
      return this;
    }

    /**
     * Sets the body text.
     *
     * @param value lines joined with {@code \n}
     * @return this builder
     */
    public Builder text(String value) {
      this.text = requireNonNull(value, "text");
      return this;
    }

    /**
     * Sets one attribute, replacing any value it had.
     *
     * @param key the attribute
     * @param value its value
     * @param <T> its type
     * @return this builder
     */
    public <T> Builder attribute(Attribute<T> key, T value) {
      this.attributes = attributes.with(key, value);
      return this;
    }

    /**
     * Sets all attributes at once.
     *
     * @param value the attributes
     * @return this builder
     */
    public Builder attributes(Attributes value) {
      this.attributes = requireNonNull(value, "attributes");
      return this;
    }

    /**
     * Sets the input lines kept as written.
     *
     * @param value the lines, in input order
     * @return this builder
     */
    public Builder unplaced(List<SourceLine> value) {
      this.unplaced = requireNonNull(value, "unplaced");
      return this;
    }

    /**
     * Sets the input lines the comment was read from.
     *
     * @param value the line range
     * @return this builder
     */
    public Builder source(LineRange value) {
      this.source = Optional.of(value);
      return this;
    }

    /**
     * Returns the comment.
     *
     * @return a new immutable comment
     * @throws IllegalArgumentException if the text is invalid
     */
    public Comment build() {
      return new Comment(id, author, kind, time, text, attributes, unplaced, source);
    }
  }
}
