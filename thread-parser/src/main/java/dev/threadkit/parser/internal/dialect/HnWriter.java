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
 * Writes a discussion as an {@code hn} copy: the title, the story line (the article's
 * {@code countLine} or {@code storyLine}), the paragraphs, then each comment as its header with
 * the links its place in the tree gives ({@code root}, {@code parent}, {@code prev}, {@code next}),
 * a blank line, its text and its {@code reply} line, and the boilerplate last.
 *
 * <p>Some discussions have no hn copy that reads back to them; those throw
 * {@link IllegalArgumentException}: a comment without an author or a relative time (hn
 * writes both), an orphan of a copy that started mid-thread, a later sibling at depth 2 or
 * more right after a deeper comment (its links would not say which open comment it follows),
 * a collapsed comment with text, and text lines that would read as something else (a header,
 * the {@code reply} line, a separator).
 */
public final class HnWriter implements DialectWriter {
  private final HnLines lines = new HnLines(HnDialect.defaultVocabulary());

  /** Creates the writer, for {@link java.util.ServiceLoader}. */
  public HnWriter() {}

  @Override
  public String dialect() {
    return HnDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    out.append(article.title());
    Optional<String> story = article.attribute(Attribute.COUNT_LINE).or(() -> article.attribute(HnDialect.STORY_LINE));
    if (story.isPresent()) {
      out.append("\n").append(story.get());
    }
    for (String paragraph : article.paragraphs()) {
      out.append("\n\n").append(paragraph);
    }
    List<Comment> comments = discussion.comments();
    int n = comments.size();
    int[] minAfter = new int[n + 1];
    minAfter[n] = Integer.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      minAfter[i] = Math.min(minAfter[i + 1], comments.get(i).depth());
    }
    int open = 0; // how many comments are open: the depth of the comment before, plus one
    int previousDepth = -1;
    for (int i = 0; i < n; i++) {
      Comment comment = comments.get(i);
      int depth = comment.depth();
      boolean prev = depth < open;
      if (prev && depth >= 2 && previousDepth > depth) {
        throw new IllegalArgumentException("comment " + comment.id() + " follows a deeper comment at depth " + depth
            + ": hn links cannot say which open comment it follows");
      }
      writeComment(comment, depth, prev, minAfter[i + 1] <= depth, out);
      open = depth + 1;
      previousDepth = depth;
    }
    for (String paragraph : article.boilerplate()) {
      out.append("\n\n").append(paragraph);
    }
  }

  private void writeComment(Comment comment, int depth, boolean prev, boolean next, Appendable out) throws IOException {
    String handle = comment.author().orElseThrow(() -> new IllegalArgumentException("comment " + comment.id()
        + " has no author: an hn header always names one")).handle();
    Optional<CommentTime> time = comment.time();
    if (time.isEmpty() || !(time.get() instanceof CommentTime.Relative)) {
      throw new IllegalArgumentException("comment " + comment.id() + " has no relative time: an hn header gives its age");
    }
    if (comment.attribute(HnDialect.PAGE_DEPTH).isPresent()) {
      throw new IllegalArgumentException("comment " + comment.id() + " is an orphan of a copy that started mid-thread");
    }
    StringBuilder header = new StringBuilder();
    Optional<Long> score = comment.attribute(Attribute.SCORE);
    score.ifPresent(s -> header.append(s).append(s == 1 ? " point by " : " points by "));
    header.append(handle).append(' ').append(((CommentTime.Relative) time.get()).written());
    String text = comment.text();
    Optional<String> moderation = comment.attribute(HnDialect.MODERATION);
    if (comment.kind() == CommentKind.DELETED) {
      String mark = "[" + moderation.orElse("deleted") + "]";
      if (!text.equals(mark) && !text.startsWith(mark + "\n")) {
        header.append(' ').append(mark);
      }
    }
    if (depth >= 2) {
      header.append(" | root");
    }
    if (depth >= 1) {
      header.append(" | parent");
    }
    if (prev) {
      header.append(" | prev");
    }
    if (next) {
      header.append(" | next");
    }
    if (comment.attribute(HnDialect.OWN).orElse(false)) {
      header.append(" | edit | delete");
    }
    comment.attribute(HnDialect.ON_STORY).ifPresent(title -> header.append(" | on: ").append(title));
    boolean collapsed = comment.attribute(HnDialect.COLLAPSED).orElse(false);
    Optional<Long> more = comment.attribute(HnDialect.HIDDEN_COMMENTS);
    header.append(collapsed ? more.map(m -> " [" + m + " more]").orElse(" [+]") : " " + HnLines.OPEN_TOGGLE);
    out.append("\n\n").append(header);
    if (collapsed) {
      if (!text.isEmpty()) {
        throw new IllegalArgumentException("comment " + comment.id() + " is collapsed but has text");
      }
      return;
    }
    if (!text.isEmpty()) {
      out.append("\n");
      int from = 0;
      boolean firstLine = true;
      while (true) {
        int end = text.indexOf('\n', from);
        int to = end < 0 ? text.length() : end;
        check(comment, text.substring(from, to), firstLine);
        out.append('\n').append(text, from, to);
        firstLine = false;
        if (end < 0) {
          break;
        }
        from = end + 1;
      }
    }
    out.append('\n').append(lines.replyWord());
  }

  /** Throws when a line of text would read back as something other than text. */
  private void check(Comment comment, String textLine, boolean firstLine) {
    String stripped = textLine.strip();
    if (stripped.isEmpty()) {
      return;
    }
    Line line = Line.at(stripped, 1, 0, stripped.length());
    boolean mark = lines.deletedMark(line) != null;
    if (lines.header(stripped, 0, stripped.length(), false) != null || lines.isReply(line) || lines.isSeparator(line)
        || mark && !(firstLine && comment.kind() == CommentKind.DELETED)) {
      throw new IllegalArgumentException("comment " + comment.id() + " has a text line that hn would read as part of "
          + "the page: '" + stripped + "'");
    }
  }
}
