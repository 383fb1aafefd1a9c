package dev.threadkit.cli.internal;

import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.Discussion;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The figures {@code threadkit stats} shows for one discussion or for many together. Authors
 * are counted by handle, the site's identity of a person; real names only decorate it.
 * Mutable: {@link #add(Discussion)} folds in one discussion at a time, or the streaming parser's
 * comments one by one ({@link #startDiscussion}, {@link #comment}, {@link #endDiscussion}),
 * keeping only counters and one entry per distinct author, never the discussion.
 */
public final class DiscussionStats {

  /** How many authors "most active" lists. */
  public static final int TOP_AUTHORS = 5;

  private final String name;
  private int discussions;
  private long comments;
  private int maxDepth = -1;
  private long widestLevel;
  private LocalDateTime first;
  private LocalDateTime last;
  private final Map<String, Long> commentsByHandle = new LinkedHashMap<>();
  private final SortedSet<String> dialects = new TreeSet<>();
  /** Comments per depth of the discussion being added. */
  private long[] perDepth = NO_LEVELS;

  private static final long[] NO_LEVELS = new long[0];

  /**
   * Creates empty figures.
   *
   * @param name the discussion id, or {@code total}
   */
  public DiscussionStats(String name) {
    this.name = name;
  }

  /**
   * Returns the figures of one discussion.
   *
   * @param discussion the discussion
   * @return its figures, named by its id
   */
  public static DiscussionStats of(Discussion discussion) {
    DiscussionStats stats = new DiscussionStats(discussion.id());
    stats.add(discussion);
    return stats;
  }

  /**
   * Folds one discussion into the figures.
   *
   * @param discussion the discussion
   */
  public void add(Discussion discussion) {
    startDiscussion(discussion.dialect());
    for (Comment comment : discussion.comments()) {
      comment(comment);
    }
    endDiscussion();
  }

  /**
   * Starts folding in one discussion comment by comment, as the streaming parser reads it:
   * then {@link #comment(CommentView)} for each of its comments and {@link #endDiscussion()}.
   *
   * @param dialect the dialect it was read in
   */
  public void startDiscussion(String dialect) {
    discussions++;
    dialects.add(dialect);
    perDepth = new long[8];
  }

  /**
   * Folds in the next comment of the discussion started last.
   *
   * @param comment the comment; read during the call only
   */
  public void comment(CommentView comment) {
    comments++;
    int depth = comment.depth();
    maxDepth = Math.max(maxDepth, depth);
    if (depth >= perDepth.length) {
      perDepth = Arrays.copyOf(perDepth, Math.max(depth + 1, 2 * perDepth.length));
    }
    perDepth[depth]++;
    comment.author().ifPresent(author -> commentsByHandle.merge(author.handle(), 1L, Long::sum));
    Optional<CommentTime> time = comment.time();
    if (time.isPresent()) {
      time.get().exactValue().ifPresent(this::posted);
    }
  }

  /** Ends the discussion started last: its widest level counts from now on. */
  public void endDiscussion() {
    for (long count : perDepth) {
      widestLevel = Math.max(widestLevel, count);
    }
    perDepth = NO_LEVELS;
  }

  /**
   * Folds in the figures of other discussions, as if they had been added here one by one.
   *
   * @param other their figures; not changed
   */
  public void add(DiscussionStats other) {
    discussions += other.discussions;
    dialects.addAll(other.dialects);
    comments += other.comments;
    maxDepth = Math.max(maxDepth, other.maxDepth);
    widestLevel = Math.max(widestLevel, other.widestLevel);
    other.commentsByHandle.forEach((handle, count) -> commentsByHandle.merge(handle, count, Long::sum));
    if (other.first != null) {
      posted(other.first);
    }
    if (other.last != null) {
      posted(other.last);
    }
  }

  private void posted(LocalDateTime posted) {
    if (first == null || posted.isBefore(first)) {
      first = posted;
    }
    if (last == null || posted.isAfter(last)) {
      last = posted;
    }
  }

  /** @return the discussion id, or {@code total} */
  public String name() {
    return name;
  }

  /** @return the dialects the discussions were read in, in name order */
  public SortedSet<String> dialects() {
    return java.util.Collections.unmodifiableSortedSet(dialects);
  }

  /** @return the dialects joined with commas, such as {@code topcor}; {@code -} when there are none */
  public String dialect() {
    return dialects.isEmpty() ? "-" : String.join(",", dialects);
  }

  /** @return how many discussions were added */
  public int discussions() {
    return discussions;
  }

  /** @return how many comments */
  public long comments() {
    return comments;
  }

  /** @return how many distinct handles wrote them; anonymous comments count none */
  public int authors() {
    return commentsByHandle.size();
  }

  /** @return the depth of the deepest comment: 0 when all are top-level, -1 when there are none */
  public int maxDepth() {
    return maxDepth;
  }

  /** @return the largest number of comments at one depth of one discussion */
  public long widestLevel() {
    return widestLevel;
  }

  /** @return the earliest comment time, if any comment has one */
  public Optional<LocalDateTime> first() {
    return Optional.ofNullable(first);
  }

  /** @return the latest comment time, if any comment has one */
  public Optional<LocalDateTime> last() {
    return Optional.ofNullable(last);
  }

  /**
   * Returns the most active authors: the five with the most comments, most first; among
   * equals, the one who commented first comes first.
   *
   * @return handles with their comment counts
   */
  public List<Map.Entry<String, Long>> mostActive() {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(commentsByHandle.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())); // stable
    return entries.subList(0, Math.min(TOP_AUTHORS, entries.size())).stream()
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }
}
