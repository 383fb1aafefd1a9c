package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The article a comment section belongs to, and the page furniture copied along with it.
 *
 * <p>Furniture is kept, never dropped, but apart from the article's own text: the comment
 * count the page showed, paragraphs of site boilerplate (forms, navigation, share buttons),
 * and what only some sites have (a photo credit) as typed attributes.
 *
 * <pre>{@code
 * Article article = Article.of("Korea Times: Russia and China ...", List.of("The most ...", "One of ..."))
 *     .withCommentCount(7)
 *     .with(Attribute.PHOTO_CREDIT, "Used photos: pixabay.com");
 * }</pre>
 *
 * @param title the first line of the dump; may be empty for a dump with no text
 * @param paragraphs the article's paragraphs in order; each may span several lines joined with
 *     {@code \n} (a list, say) but holds no blank line, that is one empty or of only spaces and
 *     tabs, as in dumps; other white space is text
 * @param commentCount the number of comments the page said it has, when it said
 * @param boilerplate paragraphs of site furniture, in input order, with the same rules as
 *     {@code paragraphs}
 * @param attributes what only some sites have, such as {@link Attribute#PHOTO_CREDIT}
 */
public record Article(
    String title,
    List<String> paragraphs,
    OptionalInt commentCount,
    List<String> boilerplate,
    Attributes attributes) {

  /**
   * Validates and copies the parts.
   *
   * @param title see {@link #title()}
   * @param paragraphs see {@link #paragraphs()}
   * @param commentCount see {@link #commentCount()}
   * @param boilerplate see {@link #boilerplate()}
   * @param attributes see {@link #attributes()}
   * @throws IllegalArgumentException if the title holds a line break, a paragraph is blank or
   *     holds a blank line, the count is negative, or the photo credit is blank or multi-line
   */
  public Article {
    Checks.singleLine(requireNonNull(title, "title"), "an article's title");
    paragraphs = paragraphs(paragraphs, "an article paragraph");
    requireNonNull(commentCount, "commentCount");
    commentCount.ifPresent(n -> {
      if (n < 0) {
        throw new IllegalArgumentException("a comment count must not be negative: " + n);
      }
    });
    boilerplate = paragraphs(boilerplate, "a boilerplate paragraph");
    requireNonNull(attributes, "attributes").get(Attribute.PHOTO_CREDIT).ifPresent(credit -> {
      if (Checks.isBlankLine(credit, 0, credit.length())) {
        throw new IllegalArgumentException("a photo credit, when present, must not be blank");
      }
      Checks.singleLine(credit, "a photo credit");
    });
  }

  private static List<String> paragraphs(List<String> values, String what) {
    ImmutableList<String> copy = ImmutableList.copyOf(requireNonNull(values, what + "s"));
    for (String paragraph : copy) {
      Checks.normalizedLines(paragraph, what);
      if (Checks.hasBlankLine(paragraph)) {
        throw new IllegalArgumentException(what + " must be non-blank text with no blank line: '"
            + Checks.abbreviate(paragraph) + "'");
      }
    }
    return copy;
  }

  /**
   * Returns an article with a title and paragraphs and no furniture.
   *
   * @param title the title line
   * @param paragraphs the paragraphs in order
   * @return the article
   */
  public static Article of(String title, List<String> paragraphs) {
    return new Article(title, paragraphs, OptionalInt.empty(), List.of(), Attributes.none());
  }

  /**
   * Returns a copy with the page's comment count.
   *
   * @param count the number the page showed
   * @return the copy
   */
  public Article withCommentCount(int count) {
    return new Article(title, paragraphs, OptionalInt.of(count), boilerplate, attributes);
  }

  /**
   * Returns a copy with boilerplate paragraphs.
   *
   * @param paragraphs the boilerplate paragraphs in order
   * @return the copy
   */
  public Article withBoilerplate(List<String> paragraphs) {
    return new Article(title, this.paragraphs, commentCount, paragraphs, attributes);
  }

  /**
   * Returns a copy with one attribute set.
   *
   * @param key the attribute
   * @param value its value
   * @param <T> its type
   * @return the copy
   */
  public <T> Article with(Attribute<T> key, T value) {
    return new Article(title, paragraphs, commentCount, boilerplate, attributes.with(key, value));
  }

  /**
   * Returns the value of one attribute.
   *
   * @param key the attribute
   * @param <T> its type
   * @return the value, or empty when the page did not show it
   */
  public <T> Optional<T> attribute(Attribute<T> key) {
    return attributes.get(key);
  }

  /**
   * Returns a short description: the title and how many paragraphs follow it.
   *
   * @return for example {@code Article[title=Korea Times: …, 4 paragraphs]}
   */
  @Override
  public String toString() {
    return "Article[title=" + Checks.abbreviate(title) + ", " + paragraphs.size() + " paragraphs]";
  }
}
