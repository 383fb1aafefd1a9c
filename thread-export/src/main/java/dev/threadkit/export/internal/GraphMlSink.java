package dev.threadkit.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a graph as GraphML with the JDK's streaming XML writer. */
public final class GraphMlSink implements Graphs.Sink {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Writer out;
  private final XMLStreamWriter xml;
  private List<Graphs.Key> nodeKeys;
  private List<Graphs.Key> edgeKeys;

  /** Starts a document on {@code out}. */
  public GraphMlSink(Writer out) throws IOException {
    this.out = out;
    try {
      this.xml = FACTORY.createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void begin(List<Graphs.Key> graphKeys, List<Object> graphValues, List<Graphs.Key> nodeKeys,
      List<Graphs.Key> edgeKeys) throws IOException {
    this.nodeKeys = nodeKeys;
    this.edgeKeys = edgeKeys;
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NS);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      declare(graphKeys, "graph", "g_");
      declare(nodeKeys, "node", "");
      declare(edgeKeys, "edge", "e_");
      indent(1);
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "G");
      xml.writeAttribute("edgedefault", "directed");
      data(graphKeys, graphValues, "g_", 2);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void declare(List<Graphs.Key> keys, String domain, String prefix) throws XMLStreamException {
    for (Graphs.Key key : keys) {
      indent(1);
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", prefix + key.name());
      xml.writeAttribute("for", domain);
      xml.writeAttribute("attr.name", key.name());
      xml.writeAttribute("attr.type", key.integer() ? "int" : "string");
    }
  }

  @Override
  public void node(String id, List<Object> values) throws IOException {
    try {
      indent(2);
      xml.writeStartElement("node");
      xml.writeAttribute("id", id);
      data(nodeKeys, values, "", 3);
      indent(2);
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void edge(String source, String target, List<Object> values) throws IOException {
    try {
      indent(2);
      boolean empty = values.stream().allMatch(v -> v == null);
      if (empty) {
        xml.writeEmptyElement("edge");
      } else {
        xml.writeStartElement("edge");
      }
      xml.writeAttribute("source", source);
      xml.writeAttribute("target", target);
      if (!empty) {
        data(edgeKeys, values, "e_", 3);
        indent(2);
        xml.writeEndElement();
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void end() throws IOException {
    try {
      indent(1);
      xml.writeEndElement(); // graph
      xml.writeCharacters("\n");
      xml.writeEndElement(); // graphml
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close(); // does not close the underlying writer
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    out.flush();
  }

  private void data(List<Graphs.Key> keys, List<Object> values, String prefix, int level) throws XMLStreamException {
    for (int i = 0; i < keys.size(); i++) {
      Object value = values.get(i);
      if (value != null) {
        indent(level);
        xml.writeStartElement("data");
        xml.writeAttribute("key", prefix + keys.get(i).name());
        xml.writeCharacters(xmlSafe(value.toString()));
        xml.writeEndElement();
      }
    }
  }

  private void indent(int level) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(level));
  }

  /**
   * Replaces the characters XML 1.0 cannot represent at all (most C0 controls, unpaired
   * surrogates, U+FFFE and U+FFFF) with U+FFFD; a parser would reject the document otherwise.
   */
  static String xmlSafe(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (safe != null) {
            safe.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
      }
      if (!ok && safe == null) {
        safe = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (safe != null) {
        safe.append(ok ? c : '\uFFFD');
      }
    }
    return safe == null ? text : safe.toString();
  }
}
