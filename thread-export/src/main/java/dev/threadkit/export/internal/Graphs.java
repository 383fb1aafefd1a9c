package dev.threadkit.export.internal;

import dev.threadkit.export.GraphKind;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graphs of a discussion, described once and fed to a {@link Sink} that writes them in
 * one syntax (GraphML, DOT). Node ids are {@code article} and the comments' dotted ids for
 * the reply graph, {@code a1}, {@code a2}, … for the author graph: all valid XML name tokens.
 */
public final class Graphs {
  /** The node id of the article in the reply graph. */
  public static final String ARTICLE = "article";

  /**
   * A declared attribute.
   *
   * @param name the attribute name
   * @param integer whether its values are integers (otherwise strings)
   */
  public record Key(String name, boolean integer) {
    static Key text(String name) {
      return new Key(name, false);
    }

    static Key number(String name) {
      return new Key(name, true);
    }
  }

  /** Receives a graph: its declarations, then nodes, then edges. Values align with the keys; null is absent. */
  public interface Sink {
    /** Starts the graph with its attribute declarations and graph-level values. */
    void begin(List<Key> graphKeys, List<Object> graphValues, List<Key> nodeKeys, List<Key> edgeKeys)
        throws IOException;

    /** One node. */
    void node(String id, List<Object> values) throws IOException;

    /** One directed edge. */
    void edge(String source, String target, List<Object> values) throws IOException;

    /** Ends the graph. */
    void end() throws IOException;
  }

  private static final List<Key> GRAPH_KEYS = List.of(Key.text("kind"), Key.text("discussion"), Key.text("dialect"),
      Key.text("title"));
  private static final List<Key> REPLY_NODE_KEYS = List.of(Key.text("kind"), Key.text("label"), Key.text("author"),
      Key.text("name"), Key.text("status"), Key.text("posted"), Key.text("time_written"), Key.number("depth"));
  private static final List<Key> AUTHOR_NODE_KEYS = List.of(Key.text("label"), Key.text("handle"), Key.text("name"),
      Key.number("comments"));
  private static final List<Key> AUTHOR_EDGE_KEYS = List.of(Key.number("weight"));

  private Graphs() {}

  /** Feeds the chosen graph of {@code discussion} to {@code sink}. */
  public static void write(Discussion discussion, GraphKind kind, Sink sink) throws IOException {
    List<Object> graphValues = List.of(kind.name().toLowerCase(java.util.Locale.ROOT), discussion.id(),
        discussion.dialect(), discussion.article().title());
    if (kind == GraphKind.REPLIES) {
      replies(discussion, graphValues, sink);
    } else {
      authors(discussion, graphValues, sink);
    }
  }

  private static void replies(Discussion discussion, List<Object> graphValues, Sink sink) throws IOException {
    sink.begin(GRAPH_KEYS, graphValues, REPLY_NODE_KEYS, List.of());
    sink.node(ARTICLE, Arrays.asList("article", discussion.article().title(), null, null, null, null, null, null));
    IdPaths ids = new IdPaths();
    for (Comment comment : discussion.comments()) {
      ids.next(comment.id());
      sink.node(ids.id(), Arrays.asList(comment.kind().word(), Texts.speaker(comment), Texts.handle(comment),
          Texts.name(comment), Texts.status(comment), Texts.posted(comment), Texts.timeWritten(comment),
          comment.depth()));
    }
    ids = new IdPaths();
    for (Comment comment : discussion.comments()) {
      ids.next(comment.id());
      String parent = ids.parent();
      sink.edge(ids.id(), parent == null ? ARTICLE : parent, List.of());
    }
    sink.end();
  }

  private static void authors(Discussion discussion, List<Object> graphValues, Sink sink) throws IOException {
    Map<String, Integer> indexByHandle = new HashMap<>();
    List<Author> authors = new ArrayList<>(); // null: the one node of every anonymous comment
    List<int[]> commentCounts = new ArrayList<>();
    Map<Long, int[]> weights = new LinkedHashMap<>(); // (from << 32 | to) -> count, in order of first reply
    int[] authorAtDepth = new int[16];
    int anonymous = -1;
    for (Comment comment : discussion.comments()) {
      Integer index;
      if (comment.author().isEmpty()) {
        if (anonymous < 0) {
          anonymous = authors.size();
          authors.add(null);
          commentCounts.add(new int[1]);
        }
        index = anonymous;
      } else {
        index = indexByHandle.get(comment.author().get().handle());
        if (index == null) {
          index = authors.size();
          indexByHandle.put(comment.author().get().handle(), index);
          authors.add(comment.author().get());
          commentCounts.add(new int[1]);
        }
      }
      commentCounts.get(index)[0]++;
      int depth = comment.depth();
      if (depth > 0) {
        long pair = ((long) index << 32) | authorAtDepth[depth - 1];
        weights.computeIfAbsent(pair, p -> new int[1])[0]++;
      }
      if (depth == authorAtDepth.length) {
        authorAtDepth = Arrays.copyOf(authorAtDepth, depth * 2);
      }
      authorAtDepth[depth] = index;
    }
    sink.begin(GRAPH_KEYS, graphValues, AUTHOR_NODE_KEYS, AUTHOR_EDGE_KEYS);
    for (int i = 0; i < authors.size(); i++) {
      Author author = authors.get(i);
      sink.node(authorId(i), author == null ? Arrays.asList(Texts.ANONYMOUS, null, null, commentCounts.get(i)[0])
          : Arrays.asList(author.handle(), author.handle(), author.name().orElse(null), commentCounts.get(i)[0]));
    }
    for (Map.Entry<Long, int[]> edge : weights.entrySet()) {
      long pair = edge.getKey();
      sink.edge(authorId((int) (pair >>> 32)), authorId((int) pair), List.of(edge.getValue()[0]));
    }
    sink.end();
  }

  private static String authorId(int index) {
    return "a" + (index + 1);
  }
}
