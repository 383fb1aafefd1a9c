package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.threadkit.model.internal.Arenas;
import dev.threadkit.model.internal.CommentArena;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * One discussion: an article and its comment section.
 *
 * <p>Comments are stored flat, in document order (depth-first pre-order: a comment, then its
 * replies, then its next sibling). The reply tree is an index over that list, built once:
 * looking up a comment, its parent or its replies takes constant time, and nothing here
 * recurses over the tree, so a chain of 100,000 nested replies builds, compares, hashes and
 * prints like any other discussion.
 *
 * <pre>{@code
 * Discussion discussion = Discussion.builder("000_599c788b2f42df5e")
 *     .article(Article.of("Korea Times: ...", List.of("The most interesting sign ...")))
 *     .add(Comment.builder(CommentId.of(3), Author.of("Old man", "Old man")).text("China is ...").build())
 *     .add(Comment.builder(CommentId.of(3, 1), Author.of("Vladimir Tuzakov")).text("Here, ...").build())
 *     .build();
 * discussion.repliesOf(CommentId.of(3));   // [3.1]
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads. Two discussions are equal
 * when their ids, dialects, articles and comments are equal, source positions included.
 *
 * <p>A discussion the parser made keeps the input it was read from and its comments as a few
 * arrays over it: a {@link Comment} and its text are made when they are read, and the reply
 * index and author set on first use, so parsing makes no String per comment. The cost is that
 * the whole input stays in memory as long as the discussion does; {@link #compact()} trades it
 * for a copy of just the comments' texts, for a caller that keeps a few discussions long.
 *
 * <pre>{@code
 * Discussion kept = DumpParser.builder().build().parse(dump, "doc").discussion().compact();
 * }</pre>
 *
 * <p>A writer that goes over every comment once reads it through {@link #commentView(int)},
 * which makes no {@link Comment} and copies the text straight from the input:
 *
 * <pre>{@code
 * char[] buffer = new char[64];
 * for (int i = 0; i < discussion.size(); i++) {
 *   CommentView comment = discussion.commentView(i);
 *   if (comment.textLength() > buffer.length) {
 *     buffer = new char[comment.textLength()];
 *   }
 *   comment.getText(buffer, 0);
 *   out.append(comment.id().toShortString()).append(' ').append(buffer, 0, comment.textLength()).append('\n');
 * }
 * }</pre>
 */
public final class Discussion {

  private static final int[] NO_INTS = new int[0];

  static {
    Arenas.register(Discussion::new);
  }

  /** The dialect of a discussion built in code without naming one. */
  public static final String NO_DIALECT = "none";

  private final String id;
  private final String dialect;
  private final Article article;
  private final int size;
  private final int[] parentIndex; // -1 for a top-level comment; may be longer than size
  private final Comment[] given; // the comments of a discussion built in code, else null
  private final CommentArena arena; // the comments of a parsed discussion, else null
  private final List<Comment> comments = new IndexedView(null, 0, -1);
  // Made on first use; racy but idempotent, like String.hash: each holds immutable values.
  private CommentId[] ids;
  private Tree tree;
  private ImmutableSet<Author> authors;
  private int hash; // 0 until computed

  /** The reply index, built on first use. */
  private static final class Tree {
    final int[] replyOffsets; // replies of i: replyIndexes[replyOffsets[i] .. replyOffsets[i + 1])
    final int[] replyIndexes;
    final int[] rootIndexes;

    Tree(int[] parentIndex, int n) {
      int[] replyCounts = new int[n];
      int roots = 0;
      for (int i = 0; i < n; i++) {
        if (parentIndex[i] < 0) {
          roots++;
        } else {
          replyCounts[parentIndex[i]]++;
        }
      }
      replyOffsets = new int[n + 1];
      for (int i = 0; i < n; i++) {
        replyOffsets[i + 1] = replyOffsets[i] + replyCounts[i];
      }
      replyIndexes = n - roots == 0 ? NO_INTS : new int[n - roots];
      rootIndexes = new int[roots];
      int[] filled = replyCounts; // reused: counts up again from 0
      Arrays.fill(filled, 0);
      int nextRoot = 0;
      for (int i = 0; i < n; i++) {
        int parent = parentIndex[i];
        if (parent < 0) {
          rootIndexes[nextRoot++] = i;
        } else {
          replyIndexes[replyOffsets[parent] + filled[parent]++] = i;
        }
      }
    }
  }

  private Discussion(String id, String dialect, Article article, CommentArena arena) {
    this.id = checkId(id);
    this.dialect = checkDialect(dialect);
    this.article = requireNonNull(article, "article");
    this.arena = arena;
    this.given = null;
    this.size = arena.size();
    this.parentIndex = arena.parents();
  }

  private Discussion(String id, String dialect, Article article, Comment[] comments) {
    this.id = checkId(id);
    this.dialect = checkDialect(dialect);
    this.article = requireNonNull(article, "article");
    this.arena = null;
    this.given = comments;
    int n = comments.length;
    this.size = n;
    Map<CommentId, Integer> byId = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    parentIndex = new int[n];
    // openPath[d] is the index of the comment at depth d on the path to the previous comment.
    int[] openPath = new int[16];
    int previousDepth = -1;
    CommentId[] commentIds = new CommentId[n];
    for (int i = 0; i < n; i++) {
      Comment comment = comments[i];
      CommentId commentId = comment.id();
      commentIds[i] = commentId;
      int depth = commentId.depth();
      if (byId.putIfAbsent(commentId, i) != null) {
        throw invalid(comment, "its id appears twice");
      }
      if (depth > previousDepth + 1) {
        throw invalid(comment, "its parent " + commentId.parent().orElseThrow().toShortString()
            + " does not come right before it or its earlier siblings (comments must be in document order)");
      }
      if (depth > 0) {
        int parent = openPath[depth - 1];
        if (!commentId.parent().orElseThrow().equals(comments[parent].id())) {
          throw invalid(comment, "its parent " + commentId.parent().orElseThrow().toShortString()
              + (byId.containsKey(commentId.parent().orElseThrow()) ? " is not the open thread at this point"
                  : " does not appear before it") + " (comments must be in document order)");
        }
        parentIndex[i] = parent;
      } else {
        parentIndex[i] = -1;
      }
      if (depth <= previousDepth && comments[openPath[depth]].id().ordinal() >= commentId.ordinal()) {
        throw invalid(comment, "its ordinal is not greater than its previous sibling's ("
            + comments[openPath[depth]].id().toShortString() + ")");
      }
      if (depth == openPath.length) {
        openPath = Arrays.copyOf(openPath, depth * 2);
      }
      openPath[depth] = i;
      previousDepth = depth;
    }
    ids = commentIds;
  }

  private static String checkId(String id) {
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a discussion id must not be blank");
    }
    Checks.singleLine(id, "a discussion id");
    return id;
  }

  private static String checkDialect(String name) {
    requireNonNull(name, "dialect");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a dialect name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' && i > 0 || c == '-' && i > 0)) {
        throw new IllegalArgumentException("a dialect name is a lower-case letter, then lower-case letters, digits or"
            + " '-': '" + Checks.abbreviate(name) + "'");
      }
    }
    return name;
  }

  private static IllegalArgumentException invalid(Comment comment, String why) {
    return new IllegalArgumentException("comment " + comment.id().toShortString() + ": " + why);
  }

  /**
   * Starts building a discussion.
   *
   * @param id the discussion's id; for a dump file, its name without the extension
   * @return a new builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns the discussion's id.
   *
   * @return for a dump file, its name without the extension
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name of the dialect the discussion was read from, which the {@code dump}
   * exporter writes it back in.
   *
   * @return for example {@code topcor}; {@value #NO_DIALECT} for a discussion built in code
   *     without one
   */
  public String dialect() {
    return dialect;
  }

  /**
   * Returns the article and its page furniture.
   *
   * @return the article
   */
  public Article article() {
    return article;
  }

  /**
   * Returns every comment in document order.
   *
   * <p>A parsed discussion makes each {@link Comment} when it is read from this list, and its
   * text then: two reads of one position give equal comments, not the same object. Keep the
   * comments you need rather than reading them again.
   *
   * @return an immutable list
   */
  public List<Comment> comments() {
    return comments;
  }

  /**
   * Returns how many comments there are.
   *
   * @return the size of {@link #comments()}
   */
  public int size() {
    return size;
  }

  /**
   * Returns the comment at a position in document order, as {@code comments().get(index)}.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return the comment
   * @throws IndexOutOfBoundsException if there is no comment at that position
   */
  public Comment comment(int index) {
    Objects.checkIndex(index, size);
    return given != null ? given[index] : arena.comment(index, idAt(index));
  }

  /**
   * Returns the id of the comment at a position, without making the comment.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return its id
   * @throws IndexOutOfBoundsException if there is no comment at that position
   */
  public CommentId idAt(int index) {
    Objects.checkIndex(index, size);
    CommentId[] known = ids;
    if (known == null) {
      known = new CommentId[size];
      ids = known;
    }
    CommentId made = known[index];
    if (made != null) {
      return made;
    }
    // Walk up to the nearest ancestor whose id is made, then make the ids down from it: no
    // recursion, and in document order each id costs one step.
    int top = index;
    int steps = 0;
    while (parentIndex[top] >= 0 && known[parentIndex[top]] == null) {
      top = parentIndex[top];
      steps++;
    }
    int[] chain = new int[steps + 1];
    for (int k = steps, at = index; k >= 0; k--, at = parentIndex[at]) {
      chain[k] = at;
    }
    for (int at : chain) {
      int parent = parentIndex[at];
      known[at] = parent < 0 ? CommentId.root(arena.ordinal(at)) : known[parent].child(arena.ordinal(at));
    }
    return known[index];
  }

  /**
   * Returns a view of the comment at a position, whose fields are read when asked: for a
   * parsed discussion no {@link Comment} and no text String is made unless asked for, and
   * {@link CommentView#getText} copies the text straight from the input. Writers that go over
   * every comment once use this rather than {@link #comments()}.
   *
   * <p>See the class comment for an example.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return a view that stays valid as long as the discussion; for a discussion built in code,
   *     the comment itself
   * @throws IndexOutOfBoundsException if there is no comment at that position
   */
  public CommentView commentView(int index) {
    Objects.checkIndex(index, size);
    return given != null ? given[index] : new ArenaView(index);
  }

  /** A comment of the arena, read field by field. */
  private final class ArenaView implements CommentView {
    private final int index;

    ArenaView(int index) {
      this.index = index;
    }

    @Override
    public CommentId id() {
      return idAt(index);
    }

    @Override
    public Optional<Author> author() {
      return Optional.ofNullable(arena.author(index));
    }

    @Override
    public CommentKind kind() {
      return arena.kind(index);
    }

    @Override
    public Optional<CommentTime> time() {
      return arena.time(index);
    }

    @Override
    public String text() {
      return arena.text(index);
    }

    @Override
    public int textLength() {
      return arena.textLength(index);
    }

    @Override
    public void getText(char[] into, int at) {
      Objects.checkFromIndexSize(at, arena.textLength(index), into.length);
      arena.getText(index, into, at);
    }

    @Override
    public Attributes attributes() {
      return arena.attributes(index);
    }

    @Override
    public List<SourceLine> unplaced() {
      return arena.unplaced(index);
    }

    @Override
    public Optional<LineRange> source() {
      return arena.source(index);
    }

    @Override
    public int depth() {
      return arena.depth(index);
    }

    @Override
    public String toString() {
      return "CommentView[" + idAt(index).toShortString() + "]";
    }
  }

  /**
   * Returns the comment with the given id.
   *
   * @param commentId the id to look up
   * @return the comment, or empty if the discussion has none with that id
   */
  public Optional<Comment> comment(CommentId commentId) {
    int index = indexOf(commentId);
    return index < 0 ? Optional.empty() : Optional.of(comment(index));
  }

  /**
   * Returns the position of a comment in {@link #comments()}.
   *
   * <p>Siblings come in increasing ordinal order, so the lookup walks the id's path with a
   * binary search at each level: no index by id is kept.
   *
   * @param commentId the id to look up
   * @return the index, or -1 if the discussion has no comment with that id
   */
  public int indexOf(CommentId commentId) {
    int[] path = requireNonNull(commentId, "commentId").path();
    Tree t = tree();
    int[] among = t.rootIndexes;
    int from = 0;
    int to = among.length;
    int found = -1;
    for (int level = 0; level < path.length; level++) {
      found = search(among, from, to, path[level]);
      if (found < 0) {
        return -1;
      }
      among = t.replyIndexes;
      from = t.replyOffsets[found];
      to = t.replyOffsets[found + 1];
    }
    return found;
  }

  private int search(int[] indexes, int from, int to, int ordinal) {
    int low = from;
    int high = to - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = ordinalAt(indexes[mid]);
      if (at < ordinal) {
        low = mid + 1;
      } else if (at > ordinal) {
        high = mid - 1;
      } else {
        return indexes[mid];
      }
    }
    return -1;
  }

  private int ordinalAt(int index) {
    return given != null ? given[index].id().ordinal() : arena.ordinal(index);
  }

  private int depthAt(int index) {
    return given != null ? given[index].id().depth() : arena.depth(index);
  }

  private Tree tree() {
    Tree t = tree;
    if (t == null) {
      t = new Tree(parentIndex, size);
      tree = t;
    }
    return t;
  }

  /**
   * Returns the comment the given one replies to.
   *
   * @param commentId a comment of this discussion
   * @return its parent, or empty for a top-level comment
   * @throws IllegalArgumentException if the discussion has no comment with that id
   */
  public Optional<Comment> parentOf(CommentId commentId) {
    int parent = parentIndex[existing(commentId)];
    return parent < 0 ? Optional.empty() : Optional.of(comment(parent));
  }

  /**
   * Returns the direct replies to a comment, in document order.
   *
   * @param commentId a comment of this discussion
   * @return an immutable list, empty when nobody replied
   * @throws IllegalArgumentException if the discussion has no comment with that id
   */
  public List<Comment> repliesOf(CommentId commentId) {
    int index = existing(commentId);
    Tree t = tree();
    return new IndexedView(t.replyIndexes, t.replyOffsets[index], t.replyOffsets[index + 1]);
  }

  /**
   * Returns the top-level comments, those that reply to the article, in document order.
   *
   * @return an immutable list
   */
  public List<Comment> roots() {
    Tree t = tree();
    return new IndexedView(t.rootIndexes, 0, t.rootIndexes.length);
  }

  /**
   * Returns the depth of the most deeply nested comment.
   *
   * @return 0 when all comments are top-level, -1 when there are none
   */
  public int maxDepth() {
    if (arena != null) {
      return arena.maxDepth();
    }
    int deepest = -1;
    for (Comment comment : given) {
      deepest = Math.max(deepest, comment.id().depth());
    }
    return deepest;
  }

  /**
   * Returns the distinct authors, in the order of their first comment; anonymous comments
   * add none.
   *
   * @return an immutable set
   */
  public Set<Author> authors() {
    ImmutableSet<Author> set = authors;
    if (set == null) {
      ImmutableSet.Builder<Author> builder = ImmutableSet.builder();
      for (int i = 0; i < size; i++) {
        Author author = given != null ? given[i].author().orElse(null) : arena.author(i);
        if (author != null) {
          builder.add(author);
        }
      }
      set = builder.build();
      authors = set;
    }
    return set;
  }

  /**
   * Returns a copy whose comments carry no source positions, to compare what two
   * discussions say regardless of where it was read from.
   *
   * @return this discussion, or a copy without positions
   */
  public Discussion withoutSources() {
    if (arena != null) {
      CommentArena stripped = arena.withoutSources();
      return stripped == arena ? this : new Discussion(id, dialect, article, stripped);
    }
    boolean any = false;
    for (Comment comment : given) {
      any |= comment.source().isPresent();
    }
    if (!any) {
      return this;
    }
    Comment[] stripped = new Comment[given.length];
    for (int i = 0; i < given.length; i++) {
      stripped[i] = given[i].withoutSource();
    }
    return new Discussion(id, dialect, article, stripped);
  }

  /**
   * Returns an equal discussion that no longer holds on to the input it was parsed from.
   *
   * <p>A parsed discussion keeps its whole input and reads each comment's text from it when
   * asked: parsing makes no String per comment, and the discussion costs its input plus a few
   * dozen bytes a comment. Page furniture and header lines stay in memory as long as the
   * discussion does. A caller that keeps a few discussions of a large corpus, or keeps them
   * long, calls this to hold just the comments' texts instead.
   *
   * @return this discussion when it holds nothing more than its texts (one built in code), or
   *     an equal copy over just its comments' texts
   */
  public Discussion compact() {
    if (arena == null || !arena.holdsMoreThanTexts()) {
      return this;
    }
    return new Discussion(id, dialect, article, arena.compact());
  }

  private int existing(CommentId commentId) {
    int index = indexOf(commentId);
    if (index < 0) {
      throw new IllegalArgumentException("discussion " + id + " has no comment " + commentId.toShortString());
    }
    return index;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Discussion)) {
      return false;
    }
    Discussion other = (Discussion) obj;
    if (size != other.size || !id.equals(other.id) || !dialect.equals(other.dialect)
        || !article.equals(other.article)
        || (hash != 0 && other.hash != 0 && hash != other.hash)) {
      return false;
    }
    // Ids are compared by position: same ordinal, same depth and parent at the same index.
    // By induction over document order that is the same path, without walking it.
    for (int i = 0; i < size; i++) {
      if (ordinalAt(i) != other.ordinalAt(i) || depthAt(i) != other.depthAt(i)
          || parentIndex[i] != other.parentIndex[i]) {
        return false;
      }
    }
    for (int i = 0; i < size; i++) {
      if (!comment(i).sameContent(other.comment(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * (31 * id.hashCode() + dialect.hashCode()) + article.hashCode();
      for (int i = 0; i < size; i++) {
        h = 31 * h + comment(i).hashCode();
      }
      hash = h == 0 ? 1 : h;
    }
    return hash;
  }

  /**
   * Returns a bounded description, never the thread itself.
   *
   * @return for example {@code Discussion[000_599c788b2f42df5e (topcor): 7 comments, 7 authors, Korea Times: …]}
   */
  @Override
  public String toString() {
    return "Discussion[" + Checks.abbreviate(id) + " (" + Checks.abbreviate(dialect) + "): " + size
        + " comments, " + authors().size() + " authors, " + Checks.abbreviate(article.title()) + "]";
  }

  /**
   * A read-only list of the comments at some of the positions of an index array, or of all
   * comments when the array is null.
   */
  private final class IndexedView extends AbstractList<Comment> implements RandomAccess {
    private final int[] indexes;
    private final int from;
    private final int to; // -1 with no indexes: all comments

    IndexedView(int[] indexes, int from, int to) {
      this.indexes = indexes;
      this.from = from;
      this.to = to;
    }

    @Override
    public Comment get(int i) {
      if (indexes == null) {
        return comment(i);
      }
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException(i);
      }
      return comment(indexes[from + i]);
    }

    @Override
    public int size() {
      return indexes == null ? size : to - from;
    }
  }

  /**
   * Builds a {@link Discussion}: set the article, add comments in document order, build.
   * Not thread-safe; the discussion it builds is.
   */
  public static final class Builder {
    private final String id;
    private String dialect = NO_DIALECT;
    private Article article = Article.of("", List.of());
    private final List<Comment> comments = new ArrayList<>();

    private Builder(String id) {
      this.id = requireNonNull(id, "id");
    }

    /**
     * Names the dialect the discussion was read from.
     *
     * @param value a lower-case name such as {@code topcor}; the default is {@value #NO_DIALECT}
     * @return this builder
     */
    public Builder dialect(String value) {
      this.dialect = requireNonNull(value, "dialect");
      return this;
    }

    /**
     * Sets the article; without one the discussion has an empty title and no paragraphs.
     *
     * @param value the article
     * @return this builder
     */
    public Builder article(Article value) {
      this.article = requireNonNull(value, "article");
      return this;
    }

    /**
     * Adds the next comment in document order.
     *
     * @param comment a comment whose parent, if any, was added before it
     * @return this builder
     */
    public Builder add(Comment comment) {
      comments.add(requireNonNull(comment, "comment"));
      return this;
    }

    /**
     * Adds comments in document order.
     *
     * @param values the comments
     * @return this builder
     */
    public Builder addAll(Iterable<Comment> values) {
      for (Comment comment : values) {
        add(comment);
      }
      return this;
    }

    /**
     * Validates the comments and returns the discussion.
     *
     * @return the discussion
     * @throws IllegalArgumentException naming the first comment that breaks a rule: ids are
     *     unique, each reply comes after its parent within the parent's thread, siblings come
     *     in increasing ordinal order
     */
    public Discussion build() {
      return new Discussion(id, dialect, article, comments.toArray(new Comment[0]));
    }
  }
}
