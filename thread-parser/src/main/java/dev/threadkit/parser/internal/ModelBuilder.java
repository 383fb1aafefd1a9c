package dev.threadkit.parser.internal;

import com.google.common.collect.ImmutableList;
import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.SourceLine;
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
  private final ImmutableList.Builder<Comment> comments = ImmutableList.builder();
  private final List<SourceLine> unplaced = new ArrayList<>();

  /**
   * Creates a builder.
   *
   * @param id the discussion's id
   */
  public ModelBuilder(String id) {
    this.id = id;
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
    Comment made = comment.toComment();
    comments.add(made);
    unplaced.addAll(made.unplaced());
  }

  /** The discussion read. */
  public Discussion discussion() {
    Article article = new Article(title, paragraphs, commentCount < 0 ? OptionalInt.empty() : OptionalInt.of(commentCount),
        boilerplate, attributes);
    return Discussion.builder(id).dialect(dialect).article(article).addAll(comments.build()).build();
  }

  /** Every comment's unplaced lines, in input order. */
  public List<SourceLine> unplaced() {
    return unplaced;
  }
}
