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
 * count the page showed under the title, the photo-credit line that closes the article
 * ({@code • Used photos: …}), and any paragraphs of site boilerplate after that line.
 *
 * <pre>{@code
 * Article article = Article.of("Korea Times: Russia and China ...", List.of("The most ...", "One of ..."))
 *     .withCommentCount(7);
 * }</pre>
 *
 * @param title the first line of the dump; may be empty for a dump with no text
 * @param paragraphs the article's paragraphs in order; each is non-blank and may span
 *     several lines joined with {@code \n} (a list, say), but holds no blank line
 * @param commentCount the bare number the page showed after the title, when present
 * @param photoCredit the text of the photo-credit line without its bullet, such as
 *     {@code Used photos: pixabay.com}, when present
 * @param trailer paragraphs after the photo-credit line (site boilerplate), in order
 */
public record Article(
    String title,
    List<String> paragraphs,
    OptionalInt commentCount,
    Optional<String> photoCredit,
    List<String> trailer) {

  /**
   * Validates and copies the parts.
   *
   * @param title the title line
   * @param paragraphs the paragraphs in order
   * @param commentCount the page's comment count, when present
   * @param photoCredit the photo-credit text, when present
   * @param trailer paragraphs after the photo credit
   * @throws IllegalArgumentException if the title holds a line break, a paragraph is blank or
   *     holds a blank line, the count is negative, or the credit is blank or multi-line
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
    requireNonNull(photoCredit, "photoCredit").ifPresent(credit -> {
      if (credit.isBlank()) {
        throw new IllegalArgumentException("a photo credit, when present, must not be blank");
      }
      Checks.singleLine(credit, "a photo credit");
    });
    trailer = paragraphs(trailer, "a trailer paragraph");
  }

  private static List<String> paragraphs(List<String> values, String what) {
    ImmutableList<String> copy = ImmutableList.copyOf(requireNonNull(values, what + "s"));
    for (String paragraph : copy) {
      Checks.normalizedLines(paragraph, what);
      if (paragraph.isBlank() || paragraph.contains("\n\n") || paragraph.startsWith("\n")
          || paragraph.endsWith("\n") || paragraph.lines().anyMatch(String::isBlank)) {
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
    return new Article(title, paragraphs, OptionalInt.empty(), Optional.empty(), List.of());
  }

  /**
   * Returns a copy with the page's comment count.
   *
   * @param count the number shown after the title
   * @return the copy
   */
  public Article withCommentCount(int count) {
    return new Article(title, paragraphs, OptionalInt.of(count), photoCredit, trailer);
  }

  /**
   * Returns a copy with a photo-credit line.
   *
   * @param credit the line's text without its bullet
   * @return the copy
   */
  public Article withPhotoCredit(String credit) {
    return new Article(title, paragraphs, commentCount, Optional.of(credit), trailer);
  }

  /**
   * Returns a copy with boilerplate paragraphs after the photo credit.
   *
   * @param paragraphs the trailer paragraphs in order
   * @return the copy
   */
  public Article withTrailer(List<String> paragraphs) {
    return new Article(title, this.paragraphs, commentCount, photoCredit, paragraphs);
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
