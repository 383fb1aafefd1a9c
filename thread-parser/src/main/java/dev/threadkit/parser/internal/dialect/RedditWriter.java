package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.spi.Line;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a discussion as an old.reddit copy: the title, the count line, the paragraphs, then
 * each comment as {@code [–]user TAGS N points AGE ago (K children)} with K its replies in the
 * discussion, a blank line, its text and the action line ({@code parent} on replies), and the
 * boilerplate last.
 *
 * <p>Discussions that no old.reddit copy reads back to throw {@link IllegalArgumentException}:
 * a comment without a relative time, or without a score or {@code scoreHidden}; a
 * {@code childCount} that differs from the replies present (the copy would need a {@code load
 * more} line); a collapsed comment with replies or text; a deleted comment whose text is not
 * {@code [deleted]} or {@code [removed]}; text lines that would read as page lines.
 */
public final class RedditWriter implements DialectWriter {
  private final RedditLines lines = new RedditLines(RedditDialect.defaultVocabulary());

  /** Creates the writer, for {@link java.util.ServiceLoader}. */
  public RedditWriter() {}

  @Override
  public String dialect() {
    return RedditDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    out.append(article.title());
    Optional<String> count = article.attribute(Attribute.COUNT_LINE);
    if (count.isPresent()) {
      out.append("\n").append(count.get());
    } else if (article.commentCount().isPresent()) {
      throw new IllegalArgumentException("a comment count without its count line");
    }
    for (String paragraph : article.paragraphs()) {
      out.append("\n\n").append(paragraph);
    }
    List<Comment> comments = discussion.comments();
    for (Comment comment : comments) {
      writeComment(comment, discussion.repliesOf(comment.id()).size(), out);
    }
    for (String paragraph : article.boilerplate()) {
      out.append("\n\n").append(paragraph);
    }
  }

  private void writeComment(Comment comment, int replies, Appendable out) throws IOException {
    boolean collapsed = comment.attribute(RedditDialect.COLLAPSED).orElse(false);
    long children = comment.attribute(RedditDialect.CHILD_COUNT).orElse((long) replies);
    if (collapsed ? replies > 0 : children != replies) {
      throw new IllegalArgumentException("comment " + comment.id() + " counts " + children + " replies but "
          + replies + " are in the discussion");
    }
    StringBuilder header = new StringBuilder(collapsed ? "[+]" : "[\u2013]");
    header.append(comment.author().map(a -> a.handle()).orElse("[deleted]"));
    comment.attribute(RedditDialect.TAGS).ifPresent(tags -> header.append(' ').append(tags));
    Optional<Long> score = comment.attribute(Attribute.SCORE);
    if (score.isPresent()) {
      header.append(' ').append(score.get()).append(score.get() == 1 ? " point" : " points");
    } else if (comment.attribute(RedditDialect.SCORE_HIDDEN).orElse(false)) {
      header.append(" [score hidden]");
    } else {
      throw new IllegalArgumentException("comment " + comment.id() + " has no score: an old.reddit header shows one");
    }
    Optional<CommentTime> time = comment.time();
    if (time.isEmpty() || !(time.get() instanceof CommentTime.Relative)) {
      throw new IllegalArgumentException("comment " + comment.id() + " has no relative time: an old.reddit header gives its age");
    }
    header.append(' ').append(((CommentTime.Relative) time.get()).written());
    if (comment.attribute(Attribute.EDITED).orElse(false)) {
      header.append('*');
    }
    header.append(" (").append(children).append(children == 1 ? " child)" : " children)");
    out.append("\n\n").append(header);
    String text = comment.text();
    if (collapsed) {
      if (!text.isEmpty()) {
        throw new IllegalArgumentException("comment " + comment.id() + " is collapsed but has text");
      }
      return;
    }
    if (!text.isEmpty()) {
      out.append('\n');
      int from = 0;
      boolean first = true;
      while (true) {
        int end = text.indexOf('\n', from);
        int to = end < 0 ? text.length() : end;
        check(comment, text.substring(from, to), first);
        out.append('\n').append(text, from, to);
        first = false;
        if (end < 0) {
          break;
        }
        from = end + 1;
      }
    }
    if (comment.kind() == CommentKind.DELETED && !lines.isDeletedBody(Line.at(text, 1, 0, text.indexOf('\n') < 0
        ? text.length() : text.indexOf('\n')))) {
      throw new IllegalArgumentException("comment " + comment.id() + " is deleted but its text is not [deleted] or [removed]");
    }
    out.append('\n').append(comment.depth() > 0 ? "permalink embed save parent report reply"
        : "permalink embed save report reply");
  }

  /** Throws when a line of text would read back as something other than text. */
  private void check(Comment comment, String textLine, boolean first) {
    String stripped = textLine.strip();
    if (stripped.isEmpty()) {
      return;
    }
    Line line = Line.at(stripped, 1, 0, stripped.length());
    if (lines.oldHeader(stripped, 0, stripped.length(), false) != null || lines.isOldAction(line)
        || lines.newAction(line) >= 0 || lines.loadMore(line) >= 0 || lines.isContinue(line) || lines.level(line) > 0
        || lines.userDotEnd(line) > 0 || lines.mirrorDate(line) > 0
        || first && lines.isDeletedBody(line) && comment.kind() != CommentKind.DELETED) {
      throw new IllegalArgumentException("comment " + comment.id() + " has a text line that reddit would read as part"
          + " of the page: '" + stripped + "'");
    }
  }
}
