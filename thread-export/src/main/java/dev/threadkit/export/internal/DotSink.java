package dev.threadkit.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a graph in Graphviz DOT, every id and string value quoted and escaped. */
public final class DotSink implements Graphs.Sink {
  private final Writer out;
  private List<Graphs.Key> nodeKeys;
  private List<Graphs.Key> edgeKeys;

  /** Starts a graph on {@code out}. */
  public DotSink(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(List<Graphs.Key> graphKeys, List<Object> graphValues, List<Graphs.Key> nodeKeys,
      List<Graphs.Key> edgeKeys) throws IOException {
    this.nodeKeys = nodeKeys;
    this.edgeKeys = edgeKeys;
    out.write("digraph ");
    out.write(quote(String.valueOf(graphValues.get(1)))); // the discussion id
    out.write(" {\n  graph");
    attributes(graphKeys, graphValues);
    out.write(";\n");
  }

  @Override
  public void node(String id, List<Object> values) throws IOException {
    out.write("  ");
    out.write(quote(id));
    attributes(nodeKeys, values);
    out.write(";\n");
  }

  @Override
  public void edge(String source, String target, List<Object> values) throws IOException {
    out.write("  ");
    out.write(quote(source));
    out.write(" -> ");
    out.write(quote(target));
    attributes(edgeKeys, values);
    out.write(";\n");
  }

  @Override
  public void end() throws IOException {
    out.write("}\n");
    out.flush();
  }

  private void attributes(List<Graphs.Key> keys, List<Object> values) throws IOException {
    boolean first = true;
    for (int i = 0; i < keys.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue;
      }
      out.write(first ? " [" : ", ");
      first = false;
      out.write(name(keys.get(i).name()));
      out.write('=');
      out.write(keys.get(i).integer() ? value.toString() : quote(value.toString()));
    }
    if (!first) {
      out.write(']');
    }
  }

  /** An attribute name as is, or quoted when it is a DOT keyword, which would be a syntax error. */
  static String name(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "node", "edge", "graph", "digraph", "subgraph", "strict" -> quote(name);
      default -> name;
    };
  }

  /**
   * A DOT double-quoted string. Inside one, {@code \"} stands for a quote; in labels Graphviz
   * also reads {@code \\} as a backslash and {@code \n} as a line break. So backslashes are
   * doubled (a value can never end in an escaping backslash), quotes escaped and line breaks
   * written as {@code \n}.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
