package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import dev.threadkit.model.SourceLine;
import dev.threadkit.parser.spi.Vocabulary;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Writes a discussion as a {@code topcor} dump: the title, the count line, the paragraphs,
 * the photo credit and the boilerplate, each a block after a blank line; then each comment
 * at two spaces a level, in the status form when it has a presence and the merged form when
 * not, its body one level deeper. Lines the parser kept as written stand in place of the
 * header lines they came from, and the ordinals are the ones the page wrote. One pass over
 * the flat comment list, no recursion. A discussion topcor cannot show (an anonymous comment,
 * a pingback or a deleted comment) is refused, never written with something left out.
 */
public final class TopcorWriter implements DialectWriter {
  /** The photo-credit line's prefix: two spaces, a bullet (U+2022), a space. */
  static final String CREDIT_PREFIX = "  \u2022 ";

  private final Vocabulary words;

  /** Creates the writer with the dialect's default vocabulary, for {@link java.util.ServiceLoader}. */
  public TopcorWriter() {
    this(TopcorDialect.defaultVocabulary());
  }

  TopcorWriter(Vocabulary words) {
    this.words = words;
  }

  @Override
  public String dialect() {
    return TopcorDialect.NAME;
  }

  @Override
  public void write(Discussion discussion, Appendable out) throws IOException {
    Article article = discussion.article();
    WriterChecks.onlyAttributes(article.attributes(), "the article", Attribute.PHOTO_CREDIT, Attribute.COUNT_LINE);
    for (Comment comment : discussion.comments()) {
      WriterChecks.onlyAttributes(comment.attributes(), "comment " + comment.id().toShortString(),
          Attribute.PRESENCE, Attribute.WRITTEN_ORDINAL);
    }
    out.append(article.title());
    Optional<String> countLine = article.attribute(Attribute.COUNT_LINE);
    if (countLine.isPresent()) {
      block(out, countLine.get());
    } else if (article.commentCount().isPresent()) {
      block(out, Integer.toString(article.commentCount().getAsInt()));
    }
    for (String paragraph : article.paragraphs()) {
      block(out, paragraph);
    }
    Optional<String> credit = article.attribute(Attribute.PHOTO_CREDIT);
    if (credit.isPresent()) {
      block(out, CREDIT_PREFIX + credit.get());
    }
    for (String paragraph : article.boilerplate()) {
      block(out, paragraph);
    }
    for (Comment comment : discussion.comments()) {
      writeComment(comment, out);
    }
  }

  private static void block(Appendable out, String text) throws IOException {
    out.append("\n\n").append(text);
  }

  private void writeComment(Comment comment, Appendable out) throws IOException {
    int indent = 2 * (comment.depth() + 1);
    String handle = comment.author().map(a -> a.handle()).orElseThrow(() -> new IllegalArgumentException(
        "topcor cannot write comment " + comment.id().toShortString() + ": it has no author"));
    if (comment.kind() != CommentKind.COMMENT) {
      throw new IllegalArgumentException("topcor cannot write comment " + comment.id().toShortString() + ": it is a "
          + comment.kind().word() + ", which the dialect has no way to show");
    }
    List<SourceLine> kept = comment.unplaced();
    int first = comment.source().map(r -> r.first()).orElse(-1);
    long ordinal = comment.attribute(Attribute.WRITTEN_ORDINAL).orElse((long) comment.id().ordinal());
    Optional<Presence> presence = comment.attribute(Attribute.PRESENCE);
    out.append('\n');
    String keptHeader = keptLine(kept, first, true);
    if (keptHeader != null) {
      out.append(keptHeader);
    } else {
      spaces(out, indent);
      out.append(Long.toString(ordinal)).append(". ").append(handle);
      if (presence.isPresent()) {
        out.append(' ').append(words.statusWord(presence.get())).append(' ').append(handle);
      } else {
        authorRest(comment, out);
      }
    }
    if (presence.isPresent()) {
      out.append('\n');
      String keptAuthor = keptLine(kept, first, false);
      if (keptAuthor != null) {
        out.append(keptAuthor);
      } else {
        spaces(out, indent + 2);
        out.append(handle);
        authorRest(comment, out);
      }
    }
    String text = comment.text();
    if (!text.isEmpty()) {
      int from = 0;
      while (true) {
        int end = text.indexOf('\n', from);
        int to = end < 0 ? text.length() : end;
        out.append('\n');
        if (to > from) {
          spaces(out, indent + 2);
          out.append(text, from, to);
        }
        if (end < 0) {
          break;
        }
        from = end + 1;
      }
    }
  }

  /** The kept line of the first header line, or of a later one (the author line); null when none. */
  private static String keptLine(List<SourceLine> kept, int first, boolean header) {
    for (SourceLine line : kept) {
      if ((line.line() == first) == header) {
        return line.text();
      }
    }
    return null;
  }

  private void authorRest(Comment comment, Appendable out) throws IOException {
    Optional<String> name = comment.author().flatMap(a -> a.name());
    if (name.isPresent()) {
      out.append(" (").append(name.get()).append(')');
    }
    if (comment.time().isPresent()) {
      out.append(' ');
      CommentTime time = comment.time().get();
      if (time instanceof CommentTime.Exact) {
        out.append(date(((CommentTime.Exact) time).at()));
      } else {
        out.append(((CommentTime.Relative) time).written());
      }
    }
  }

  /** The dialect's date: day unpadded, month name, year, then {@code HH: MM} with the stray space after the colon. */
  String date(LocalDateTime time) {
    StringBuilder out = new StringBuilder(28)
        .append(time.getDayOfMonth()).append(' ')
        .append(words.monthName(time.getMonthValue())).append(' ')
        .append(time.getYear()).append(' ');
    if (time.getHour() < 10) {
      out.append('0');
    }
    out.append(time.getHour()).append(": ");
    if (time.getMinute() < 10) {
      out.append('0');
    }
    return out.append(time.getMinute()).toString();
  }

  private static void spaces(Appendable out, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
  }
}
