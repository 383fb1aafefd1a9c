package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.spi.Counts;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a discussion as a {@code youtube} dump, as the watch page copies out: the title and
 * paragraphs, the count line, then each comment after a blank line: {@code Pinned by} when
 * pinned, {@code @handle AGE ago}, the body, the like count, a heart, {@code Reply} and
 * {@code N replies}; replies indented four spaces after their comment. The boilerplate last.
 * A comment with an exact time, no time, no author, or a reply to a reply cannot be written;
 * a comment with replies needs its {@link YoutubeDialect#REPLY_COUNT}, or the replies would
 * read back as comments of their own.
 */
public final class YoutubeWriter implements DialectWriter {
  private static final String REPLY_INDENT = "    ";

  /** Creates the writer, for {@link java.util.ServiceLoader}. */
  public YoutubeWriter() {}

  @Override
  public String dialect() {
    return YoutubeDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    DumpWriting.head(article, out, " Comment", " Comments");
    for (Comment comment : discussion.comments()) {
      if (comment.depth() > 1) {
        throw cannot(comment, "is a reply to a reply");
      }
      if (comment.kind() != CommentKind.COMMENT) {
        throw cannot(comment, "is a " + comment.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      String author = comment.author().map(a -> a.handle()).orElseThrow(() -> cannot(comment, "has no author"));
      if (!(comment.time().orElse(null) instanceof CommentTime.Relative relative)) {
        throw cannot(comment, "has no relative age");
      }
      String indent = comment.depth() == 1 ? REPLY_INDENT : "";
      out.append("\n\n");
      if (comment.attribute(Attribute.PINNED).orElse(false)) {
        out.append(indent).append("Pinned by");
        Optional<String> by = comment.attribute(YoutubeDialect.PINNED_BY);
        if (by.isPresent()) {
          out.append(' ').append(by.get());
        }
        out.append('\n');
      }
      out.append(indent).append(author);
      out.append(author.startsWith("@") ? " " : "\n" + indent).append(relative.written());
      if (comment.attribute(Attribute.EDITED).orElse(false)) {
        out.append(" (edited)");
      }
      DumpWriting.lines(out, indent, comment.text(), false);
      Optional<Long> likes = comment.attribute(Attribute.LIKES);
      if (likes.isPresent()) {
        out.append('\n').append(indent).append(Counts.format(likes.get()));
      }
      if (comment.attribute(YoutubeDialect.HEARTED).orElse(false)) {
        out.append('\n').append(indent).append('\u2764');
      }
      out.append('\n').append(indent).append("Reply");
      Optional<Long> replies = comment.attribute(YoutubeDialect.REPLY_COUNT);
      if (replies.isPresent()) {
        out.append("\n     ").append(Long.toString(replies.get())).append(replies.get() == 1 ? " reply" : " replies");
      }
    }
    DumpWriting.boilerplate(article, out);
  }

  private static IllegalArgumentException cannot(Comment comment, String why) {
    return new IllegalArgumentException("youtube cannot write comment " + comment.id().toShortString() + ": it " + why);
  }
}
