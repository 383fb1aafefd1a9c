package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import java.io.IOException;
import java.util.Optional;

/**
 * What the built-in writers of web copies write alike: the article's head (title, paragraphs,
 * count line), its boilerplate last, and a comment's text as indented lines.
 */
final class DumpWriting {
  private DumpWriting() {}

  /**
   * Writes the title, the paragraphs after blank lines and, after another, the count line: the
   * article's {@link Attribute#COUNT_LINE} as written, else its comment count followed by
   * {@code one} or {@code many}.
   */
  static void head(Article article, Appendable out, String one, String many) throws IOException {
    out.append(article.title());
    for (String paragraph : article.paragraphs()) {
      out.append("\n\n").append(paragraph);
    }
    Optional<String> countLine = article.attribute(Attribute.COUNT_LINE);
    if (countLine.isPresent()) {
      out.append("\n\n").append(countLine.get());
    } else if (article.commentCount().isPresent()) {
      int count = article.commentCount().getAsInt();
      out.append("\n\n").append(Integer.toString(count)).append(count == 1 ? one : many);
    }
  }

  /** Writes the article's boilerplate paragraphs, each after a blank line. */
  static void boilerplate(Article article, Appendable out) throws IOException {
    for (String paragraph : article.boilerplate()) {
      out.append("\n\n").append(paragraph);
    }
  }

  /**
   * Writes each line of a text on a line of its own, after {@code indent} unless it is empty;
   * nothing for an empty text.
   *
   * @param firstOnLine whether the first line goes on the line already begun, without indent
   */
  static void lines(Appendable out, CharSequence indent, String text, boolean firstOnLine) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    boolean first = firstOnLine;
    for (String line : text.split("\n", -1)) {
      if (!first) {
        out.append('\n');
        if (!line.isEmpty()) {
          out.append(indent);
        }
      }
      first = false;
      out.append(line);
    }
  }
}
