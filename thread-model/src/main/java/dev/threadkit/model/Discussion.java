package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class Discussion {

  private static final int[] NO_INTS = new int[0];

  /** The dialect of a discussion built in code without naming one. */
  public static final String NO_DIALECT = "none";

  private final String id;
  private final String dialect;
  private final Article article;
  private final ImmutableList<Comment> comments;
  private final Map<CommentId, Integer> indexById;
  private final int[] parentIndex; // -1 for a top-level comment
  private final int[] replyOffsets; // replies of i: replyIndexes[replyOffsets[i] .. replyOffsets[i + 1])
  private final int[] replyIndexes;
  private final int[] rootIndexes;
  private final ImmutableSet<Author> authors;
  private final int maxDepth;
  private int hash; // 0 until computed; racy but idempotent, like String.hash

  private Discussion(String id, String dialect, Article article, ImmutableList<Comment> comments) {
    this.id = requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a discussion id must not be blank");
    }
    Checks.singleLine(id, "a discussion id");
    this.dialect = checkDialect(dialect);
    this.article = requireNonNull(article, "article");
    this.comments = comments;

    int n = comments.size();
    Map<CommentId, Integer> byId = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    parentIndex = new int[n];
    int[] replyCounts = new int[n];
    int roots = 0;
    // openPath[d] is the index of the comment at depth d on the path to the previous comment.
    int[] openPath = new int[16];
    int previousDepth = -1;
    int deepest = -1;
    ImmutableSet.Builder<Author> authorSet = ImmutableSet.builder();
    for (int i = 0; i < n; i++) {
      Comment comment = comments.get(i);
      CommentId commentId = comment.id();
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
        if (!commentId.parent().orElseThrow().equals(comments.get(parent).id())) {
          throw invalid(comment, "its parent " + commentId.parent().orElseThrow().toShortString()
              + (byId.containsKey(commentId.parent().orElseThrow()) ? " is not the open thread at this point"
                  : " does not appear before it") + " (comments must be in document order)");
        }
        parentIndex[i] = parent;
        replyCounts[parent]++;
      } else {
        parentIndex[i] = -1;
        roots++;
      }
      if (depth <= previousDepth && comments.get(openPath[depth]).id().ordinal() >= commentId.ordinal()) {
        throw invalid(comment, "its ordinal is not greater than its previous sibling's ("
            + comments.get(openPath[depth]).id().toShortString() + ")");
      }
      if (depth == openPath.length) {
        openPath = Arrays.copyOf(openPath, depth * 2);
      }
      openPath[depth] = i;
      previousDepth = depth;
      deepest = Math.max(deepest, depth);
      comment.author().ifPresent(authorSet::add);
    }
    maxDepth = deepest;
    authors = authorSet.build();
    indexById = byId;

    replyOffsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      replyOffsets[i + 1] = replyOffsets[i] + replyCounts[i];
    }
    replyIndexes = n - roots == 0 ? NO_INTS : new int[n - roots];
    rootIndexes = new int[roots];
    int[] filled = new int[n];
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
    return comments.size();
  }

  /**
   * Returns the comment with the given id.
   *
   * @param commentId the id to look up
   * @return the comment, or empty if the discussion has none with that id
   */
  public Optional<Comment> comment(CommentId commentId) {
    int index = indexOf(commentId);
    return index < 0 ? Optional.empty() : Optional.of(comments.get(index));
  }

  /**
   * Returns the position of a comment in {@link #comments()}.
   *
   * @param commentId the id to look up
   * @return the index, or -1 if the discussion has no comment with that id
   */
  public int indexOf(CommentId commentId) {
    Integer index = indexById.get(requireNonNull(commentId, "commentId"));
    return index == null ? -1 : index;
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
    return parent < 0 ? Optional.empty() : Optional.of(comments.get(parent));
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
    return new IndexedView(replyIndexes, replyOffsets[index], replyOffsets[index + 1]);
  }

  /**
   * Returns the top-level comments, those that reply to the article, in document order.
   *
   * @return an immutable list
   */
  public List<Comment> roots() {
    return new IndexedView(rootIndexes, 0, rootIndexes.length);
  }

  /**
   * Returns the depth of the most deeply nested comment.
   *
   * @return 0 when all comments are top-level, -1 when there are none
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the distinct authors, in the order of their first comment; anonymous comments
   * add none.
   *
   * @return an immutable set
   */
  public Set<Author> authors() {
    return authors;
  }

  /**
   * Returns a copy whose comments carry no source positions, to compare what two
   * discussions say regardless of where it was read from.
   *
   * @return this discussion, or a copy without positions
   */
  public Discussion withoutSources() {
    boolean any = false;
    for (Comment comment : comments) {
      any |= comment.source().isPresent();
    }
    if (!any) {
      return this;
    }
    List<Comment> stripped = new ArrayList<>(comments.size());
    for (Comment comment : comments) {
      stripped.add(comment.withoutSource());
    }
    return new Discussion(id, dialect, article, ImmutableList.copyOf(stripped));
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
    if (comments.size() != other.comments.size() || !id.equals(other.id) || !dialect.equals(other.dialect)
        || !article.equals(other.article)
        || (hash != 0 && other.hash != 0 && hash != other.hash)) {
      return false;
    }
    // Ids are compared by position: same ordinal, same depth and parent at the same index.
    // By induction over document order that is the same path, without walking it.
    for (int i = 0; i < comments.size(); i++) {
      Comment a = comments.get(i);
      Comment b = other.comments.get(i);
      if (a.id().ordinal() != b.id().ordinal() || a.id().depth() != b.id().depth()
          || parentIndex[i] != other.parentIndex[i] || !a.sameContent(b)) {
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
      for (Comment comment : comments) {
        h = 31 * h + comment.hashCode();
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
    return "Discussion[" + Checks.abbreviate(id) + " (" + Checks.abbreviate(dialect) + "): " + comments.size()
        + " comments, " + authors.size() + " authors, " + Checks.abbreviate(article.title()) + "]";
  }

  /** A read-only list of the comments at some of the positions of an index array. */
  private final class IndexedView extends AbstractList<Comment> implements RandomAccess {
    private final int[] indexes;
    private final int from;
    private final int to;

    IndexedView(int[] indexes, int from, int to) {
      this.indexes = indexes;
      this.from = from;
      this.to = to;
    }

    @Override
    public Comment get(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException(i);
      }
      return comments.get(indexes[from + i]);
    }

    @Override
    public int size() {
      return to - from;
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
    private final ImmutableList.Builder<Comment> comments = ImmutableList.builder();

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
      return new Discussion(id, dialect, article, comments.build());
    }
  }
}
