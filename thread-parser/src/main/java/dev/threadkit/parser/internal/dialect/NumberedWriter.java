package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Writes a discussion as a {@code numbered} dump: the title and paragraphs, the count line,
 * then each entry after a blank line with its ordinal at two spaces a level, its lead-in
 * ({@code Ann on May 8, 2014 at 3:15 pm}, or {@code Ann says:} without a time) and its text
 * two columns deeper, and the boilerplate last. One pass, no recursion.
 */
public final class NumberedWriter implements DialectWriter {
  private final NumberedLines lines = new NumberedLines(NumberedDialect.defaultVocabulary());

  /** Creates the writer, for {@link java.util.ServiceLoader}. */
  public NumberedWriter() {}

  @Override
  public String dialect() {
    return NumberedDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    WriterChecks.onlyAttributes(article.attributes(), "the article", Attribute.COUNT_LINE);
    for (Comment comment : discussion.comments()) {
      String which = "comment " + comment.id().toShortString();
      WriterChecks.onlyAttributes(comment.attributes(), which, Attribute.WRITTEN_ORDINAL);
      if (comment.author().flatMap(a -> a.name()).isPresent()) {
        throw new IllegalArgumentException("numbered cannot write " + which + ": its author has a real name");
      }
      if (comment.time().isPresent() && comment.exactTime().isEmpty()) {
        throw new IllegalArgumentException("numbered cannot write " + which + ": its time is relative");
      }
      if (comment.author().isEmpty() && comment.time().isEmpty() && comment.text().isEmpty()) {
        throw new IllegalArgumentException("numbered cannot write " + which + ": an anonymous entry with no time"
            + " and no text leaves nothing after its ordinal");
      }
      if (comment.kind() == CommentKind.DELETED || comment.kind() == CommentKind.PINGBACK
          && (comment.author().isPresent() || comment.time().isPresent())) {
        throw new IllegalArgumentException("numbered cannot write " + which + ": a " + comment.kind().word()
            + (comment.kind() == CommentKind.DELETED ? "" : " with an author or a time"));
      }
    }
    DumpWriting.head(article, out, " comment:", " comments:");
    for (Comment comment : discussion.comments()) {
      writeEntry(comment, out);
    }
    DumpWriting.boilerplate(article, out);
  }

  private void writeEntry(Comment comment, Appendable out) throws IOException {
    int indent = 2 * (comment.depth() + 1);
    long ordinal = comment.attribute(Attribute.WRITTEN_ORDINAL).orElse((long) comment.id().ordinal());
    out.append("\n\n");
    out.append(" ".repeat(indent));
    out.append(Long.toString(ordinal)).append(". ");
    String text = comment.text();
    boolean textOnMarkerLine = comment.kind() == CommentKind.PINGBACK || comment.author().isEmpty()
        && comment.exactTime().isEmpty();
    if (!textOnMarkerLine) {
      out.append(comment.author().map(a -> a.handle()).orElse("Anonymous"));
      Optional<LocalDateTime> time = comment.exactTime();
      out.append(time.isPresent() ? " on " + lines.format(time.get()) : " says:");
    }
    DumpWriting.lines(out, " ".repeat(indent + 2), text, textOnMarkerLine);
  }
}
