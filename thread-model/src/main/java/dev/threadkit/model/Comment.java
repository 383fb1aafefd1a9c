package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One comment of a discussion.
 *
 * <pre>{@code
 * Comment reply = Comment.builder(CommentId.parse("3.1"), Author.of("Vladimir Tuzakov", "Vladimir Tuzakov"))
 *     .posted(LocalDateTime.of(2020, 12, 9, 18, 10))
 *     .text("Here, to such theories ...")
 *     .build();
 * }</pre>
 *
 * @param id the ordinal path that identifies the comment in its discussion
 * @param author who wrote it
 * @param presence whether the page showed the author online or offline; empty when the
 *     header carried no status (the merged header form)
 * @param posted when it was posted, to the minute, in the site's unstated local time;
 *     empty when the header had no readable date
 * @param text the body: its lines joined with {@code \n}, blank lines inside kept,
 *     indentation removed; empty for an empty body
 * @param source the input lines it was read from, header to last body line; empty for a
 *     comment built in code
 */
public record Comment(
    CommentId id,
    Author author,
    Optional<Presence> presence,
    Optional<LocalDateTime> posted,
    String text,
    Optional<LineRange> source) {

  /**
   * Validates the parts.
   *
   * @param id the comment's id
   * @param author who wrote it
   * @param presence the status shown, when present
   * @param posted when it was posted, when readable
   * @param text the body
   * @param source the input lines, when read from a dump
   * @throws IllegalArgumentException if the text holds a carriage return
   */
  public Comment {
    requireNonNull(id, "id");
    requireNonNull(author, "author");
    requireNonNull(presence, "presence");
    requireNonNull(posted, "posted");
    if (requireNonNull(text, "text").indexOf('\r') >= 0) {
      Checks.normalizedLines(text, "comment " + id.toShortString() + ": its text"); // throws, naming the comment
    }
    requireNonNull(source, "source");
  }

  /**
   * Starts a comment with the two parts every comment has.
   *
   * @param id the comment's id
   * @param author its author
   * @return a builder with no presence, no time, empty text and no source
   */
  public static Builder builder(CommentId id, Author author) {
    return new Builder(id, author);
  }

  /**
   * Returns the id of the comment this one replies to.
   *
   * @return the parent's id, or empty for a top-level comment
   */
  public Optional<CommentId> parentId() {
    return id.parent();
  }

  /**
   * Returns how deep the comment is nested.
   *
   * @return 0 for a top-level comment, 1 for a reply to one, and so on
   */
  public int depth() {
    return id.depth();
  }

  /**
   * Returns a copy without a source position, for comparing content read from different
   * places.
   *
   * @return this comment, or a copy with an empty {@link #source()}
   */
  public Comment withoutSource() {
    return source.isEmpty() ? this : new Comment(id, author, presence, posted, text, Optional.empty());
  }

  /** Equality of everything but the id, which {@link Discussion} compares by position. */
  boolean sameContent(Comment other) {
    return author.equals(other.author)
        && presence.equals(other.presence)
        && posted.equals(other.posted)
        && text.equals(other.text)
        && source.equals(other.source);
  }

  /**
   * Returns a bounded description: id, author, time and the text's size, never the text.
   *
   * @return for example {@code Comment[3.1 by Vladimir Tuzakov, 2020-12-09T18:10, 812 chars]}
   */
  @Override
  public String toString() {
    return "Comment[" + id.toShortString() + " by " + Checks.abbreviate(author.handle())
        + posted.map(p -> ", " + p).orElse("") + ", " + text.length() + " chars]";
  }

  /** Builds a {@link Comment} step by step; not thread-safe, meant for one use. */
  public static final class Builder {
    private final CommentId id;
    private final Author author;
    private Optional<Presence> presence = Optional.empty();
    private Optional<LocalDateTime> posted = Optional.empty();
    private String text = "";
    private Optional<LineRange> source = Optional.empty();

    private Builder(CommentId id, Author author) {
      this.id = requireNonNull(id, "id");
      this.author = requireNonNull(author, "author");
    }

    /**
     * Sets the author's presence shown by a status header.
     *
     * @param value online or offline
     * @return this builder
     */
    public Builder presence(Presence value) {
      this.presence = Optional.of(value);
      return this;
    }

    /**
     * Sets when the comment was posted.
     *
     * @param value the local date and time
     * @return this builder
     */
    public Builder posted(LocalDateTime value) {
      this.posted = Optional.of(value);
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
      return new Comment(id, author, presence, posted, text, source);
    }
  }
}
