package dev.threadkit.parser.internal;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.SourceLine;
import dev.threadkit.model.internal.Arenas;
import dev.threadkit.model.internal.CommentArena;
import dev.threadkit.parser.DumpHandler;
import dev.threadkit.parser.ParsedComment;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The default {@link DumpHandler}: builds the {@link Discussion} from the stream of a dump's parts. */
public final class ModelBuilder implements DumpHandler {
  private final String id;
  private String dialect = Discussion.NO_DIALECT;
  private String title = "";
  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> boilerplate = new ArrayList<>();
  private int commentCount = -1;
  private Attributes attributes = Attributes.none();
  private final CommentArena.Builder comments;
  private final List<SourceLine> unplaced = new ArrayList<>();

  /**
   * Creates a builder.
   *
   * @param id the discussion's id
   * @param source the input, which the discussion keeps and reads its comments' texts from
   */
  public ModelBuilder(String id, String source) {
    this.id = id;
    // Dumps run 400 to 1,300 chars a comment: a guess on the high side costs a few empty slots,
    // one on the low side a copy of every array when they grow.
    this.comments = new CommentArena.Builder(source, source.length() / 384);
  }

  @Override
  public void start(String name) {
    dialect = name;
  }

  @Override
  public void title(String value, int line) {
    title = value;
  }

  @Override
  public void paragraph(String text, int line) {
    paragraphs.add(text);
  }

  @Override
  public void boilerplate(String text, int line) {
    boilerplate.add(text);
  }

  @Override
  public void commentCount(int count, int line) {
    commentCount = count;
  }

  @Override
  public <T> void articleAttribute(Attribute<T> key, T value) {
    attributes = attributes.with(key, value);
  }

  @Override
  public void comment(ParsedComment comment) {
    // The core is the one source of comments, and hands over its own: its body is line ranges.
    StreamReader.OpenComment open = (StreamReader.OpenComment) comment;
    open.addTo(comments);
    List<SourceLine> lost = open.unplaced();
    if (!lost.isEmpty()) {
      unplaced.addAll(lost);
    }
  }


  /** The discussion read. */
  public Discussion discussion() {
    Article article = new Article(title, paragraphs, commentCount < 0 ? OptionalInt.empty() : OptionalInt.of(commentCount),
        boilerplate, attributes);
    return Arenas.discussion(id, dialect, article, comments.build(true));
  }

  /** Every comment's unplaced lines, in input order. */
  public List<SourceLine> unplaced() {
    return unplaced;
  }
}
