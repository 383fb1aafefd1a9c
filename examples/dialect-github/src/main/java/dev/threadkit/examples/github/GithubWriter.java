package dev.threadkit.examples.github;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.SourceLine;
import dev.threadkit.parser.spi.Vocabulary;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a discussion as a {@code github} issue export, so that reading the text back gives
 * the same discussion: the title, the {@code _Opened by_} line, the paragraphs, then
 * each comment (header line, text) after a blank line, then the boilerplate. The model does
 * not record where between the comments an event line stood, so the event lines come last,
 * where they are read back as boilerplate again. Found with {@link java.util.ServiceLoader} by
 * the {@code dump} exporter.
 *
 * <p>It refuses (with {@link IllegalArgumentException}) what the layout cannot say: replies,
 * pingbacks and deleted comments, attributes other than {@link Attribute#EDITED}, a comment
 * count, and text lines that would be read back as headers or event lines.
 */
public final class GithubWriter implements DialectWriter {

  private final GithubLines lines;

  /** Creates the writer with the dialect's own vocabulary, for {@link java.util.ServiceLoader}. */
  public GithubWriter() {
    this(GithubDialect.DEFAULT);
  }

  /**
   * Creates the writer for a dialect with more words: it refuses text that dialect would read
   * as an event line.
   *
   * @param words the dialect's vocabulary
   */
  public GithubWriter(Vocabulary words) {
    this.lines = new GithubLines(words);
  }

  @Override
  public String dialect() {
    return GithubDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    // Everything is checked before anything is written: a refused discussion writes nothing.
    check(article);
    for (Comment comment : discussion.comments()) {
      check(comment);
    }
    checkBoilerplate(article.boilerplate(), discussion.size() > 0);
    out.append(article.title());
    boolean opened = opened(article, out);
    List<String> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.append(i == 0 && opened ? "\n" : "\n\n").append(paragraphs.get(i));
    }
    for (Comment comment : discussion.comments()) {
      out.append("\n\n");
      writeComment(comment, out);
    }
    for (String paragraph : article.boilerplate()) {
      out.append("\n\n").append(paragraph);
    }
  }

  /**
   * Boilerplate is read back as such from an event line on: the first line must be one (after
   * the comments it ends the last one), and with no comments every line must be one.
   */
  private void checkBoilerplate(List<String> boilerplate, boolean comments) {
    for (int i = 0; i < boilerplate.size(); i++) {
      String[] rows = boilerplate.get(i).split("\n", -1);
      for (int j = 0; j < rows.length; j++) {
        if ((!comments || i == 0 && j == 0) && !lines.isEventLike(rows[j])) {
          throw new IllegalArgumentException("github cannot write the boilerplate line '" + rows[j] + "': it"
              + (comments ? " would be read as the last comment's text" : " would be read as article text"));
        }
      }
    }
  }

  private void check(Article article) {
    if (article.commentCount().isPresent()) {
      throw new IllegalArgumentException("github cannot write a comment count");
    }
    for (Attribute<?> key : article.attributes().keys()) {
      if (!key.equals(GithubDialect.OPENED_BY) && !key.equals(GithubDialect.OPENED_AT) && !key.equals(Attribute.EDITED)) {
        throw new IllegalArgumentException("github cannot write the article attribute " + key.name());
      }
    }
    if (article.title().isBlank() && !article.paragraphs().isEmpty()) {
      throw new IllegalArgumentException("github cannot write an article without a title: its first paragraph"
          + " would be read as the title");
    }
    article.attribute(GithubDialect.OPENED_AT).ifPresent(GithubWriter::openedAt);
    checkText(article.title(), "the title");
    for (String paragraph : article.paragraphs()) {
      checkText(paragraph, "an article paragraph");
    }
  }

  /** Writes the {@code _Opened by_} line, if the article says who opened it or when. */
  private static boolean opened(Article article, Appendable out) throws IOException {
    Optional<String> by = article.attribute(GithubDialect.OPENED_BY);
    Optional<String> at = article.attribute(GithubDialect.OPENED_AT);
    if (by.isEmpty() && at.isEmpty()) {
      return false;
    }
    out.append("\n_").append(GithubLines.Verb.OPENED.word);
    if (by.isPresent()) {
      out.append(GithubLines.BY).append(by.get());
    }
    if (at.isPresent()) {
      out.append(GithubLines.ON).append(openedAt(at.get()));
    }
    if (article.attribute(Attribute.EDITED).orElse(false)) {
      out.append(GithubLines.EDITED);
    }
    out.append('_');
    return true;
  }

  private void check(Comment comment) {
    String id = comment.id().toShortString();
    if (comment.depth() > 0) {
      throw new IllegalArgumentException("github cannot write comment " + id + ": issues have no replies");
    }
    if (comment.kind() != CommentKind.COMMENT) {
      throw new IllegalArgumentException("github cannot write comment " + id + ": it is a " + comment.kind().word());
    }
    Attributes attributes = comment.attributes();
    if (attributes.size() > (attributes.get(Attribute.EDITED).isPresent() ? 1 : 0)) {
      throw new IllegalArgumentException("github cannot write comment " + id + ": it has attributes "
          + attributes.keys() + ", and github writes only 'edited'");
    }
    comment.time().ifPresent(time -> time.exactValue().ifPresent(GithubWriter::date));
    checkText(comment.text(), "the text of comment " + id);
  }

  private static void writeComment(Comment comment, Appendable out) throws IOException {
    List<SourceLine> kept = comment.unplaced();
    GithubLines.Header keptHeader = kept.isEmpty() ? null : GithubLines.header(kept.get(0).text(), 0, kept.get(0).text().length());
    if (keptHeader != null && keptHeader.verb == GithubLines.Verb.COMMENT) {
      out.append(kept.get(0).text()); // a header the reader could not read whole, as the page wrote it
    } else {
      out.append('_').append(GithubLines.Verb.COMMENT.word);
      if (comment.author().isPresent()) {
        out.append(GithubLines.BY).append(comment.author().get().handle());
      }
      if (comment.time().isPresent()) {
        CommentTime time = comment.time().get();
        out.append(GithubLines.ON).append(time instanceof CommentTime.Exact
            ? date(((CommentTime.Exact) time).at()) : ((CommentTime.Relative) time).written());
      }
      if (comment.attribute(Attribute.EDITED).orElse(false)) {
        out.append(GithubLines.EDITED);
      }
      out.append('_');
    }
    if (!comment.text().isEmpty()) {
      out.append('\n').append(comment.text());
    }
  }

  /** The time of {@link GithubDialect#OPENED_AT} as the header writes it. */
  private static String openedAt(String value) {
    try {
      return date(LocalDateTime.parse(value));
    } catch (DateTimeParseException e) {
      return value; // a relative time, as the page wrote it
    }
  }

  /** {@code YYYY-MM-DD HH:MM}; refuses a time with seconds. */
  static String date(LocalDateTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("github writes times to the minute: " + time);
    }
    return String.format("%04d-%02d-%02d %02d:%02d", time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
        time.getHour(), time.getMinute());
  }

  /** Refuses text with a line the reader would take for a header or an event line. */
  private void checkText(String text, String what) {
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      String line = text.substring(from, end < 0 ? text.length() : end);
      if (lines.isMarkup(line)) {
        throw new IllegalArgumentException("github cannot write " + what + ": its line '" + line
            + "' would be read back as a header or an event line");
      }
      if (end < 0) {
        break;
      }
      from = end + 1;
    }
  }
}
