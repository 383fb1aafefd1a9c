package dev.threadkit.export.internal;

import dev.threadkit.export.ExportDiagnostic;
import dev.threadkit.model.Article;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentView;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.SourceLine;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the nested {@code threadkit.discussion/2} JSON document with a streaming generator.
 *
 * <p>Comments arrive in pre-order, so the tree needs no recursion: a comment one level deeper
 * than the previous one opens the previous one's {@code replies} array; a shallower one closes
 * as many {@code replies} arrays and comment objects as the depth drops.
 */
public final class JsonTreeWriter {
  /** The value of the document's {@code schema} field. */
  public static final String SCHEMA = "threadkit.discussion/2";

  private JsonTreeWriter() {}

  /** Writes the document; {@code diagnostics} is null when there are none to report. */
  public static void write(Discussion discussion, List<ExportDiagnostic> diagnostics, boolean sourceLines,
      JsonGenerator gen) {
    gen.writeStartObject();
    gen.writeStringProperty("schema", SCHEMA);
    gen.writeStringProperty("dialect", discussion.dialect());
    gen.writeStringProperty("id", discussion.id());
    writeArticle(discussion.article(), gen);
    gen.writeName("comments");
    gen.writeStartArray();
    IdPaths ids = new IdPaths();
    int open = -1; // depth of the comment whose object is open, -1 when none
    TextBuffer text = new TextBuffer();
    for (int i = 0; i < discussion.size(); i++) {
      CommentView comment = discussion.commentView(i);
      int depth = comment.depth();
      if (open >= 0 && depth > open) {
        gen.writeName("replies"); // the open comment's first reply
        gen.writeStartArray();
      } else {
        closeTo(depth, open, gen);
      }
      writeComment(comment, ids.next(comment.id()), sourceLines, text, gen);
      open = depth;
    }
    closeTo(0, open, gen);
    gen.writeEndArray();
    if (diagnostics != null) {
      writeDiagnostics(diagnostics, gen);
    }
    gen.writeEndObject();
  }

  /** Closes the open comment at depth {@code open} and its ancestors deeper than {@code depth}. */
  private static void closeTo(int depth, int open, JsonGenerator gen) {
    if (open < 0) {
      return;
    }
    gen.writeName("replies"); // the open comment had no replies
    gen.writeStartArray();
    gen.writeEndArray();
    gen.writeEndObject();
    for (int d = open; d > depth; d--) {
      gen.writeEndArray(); // the parent's replies
      gen.writeEndObject(); // the parent
    }
  }

  private static void writeArticle(Article article, JsonGenerator gen) {
    gen.writeName("article");
    gen.writeStartObject();
    gen.writeStringProperty("title", article.title());
    strings(gen, "paragraphs", article.paragraphs());
    if (article.commentCount().isPresent()) {
      gen.writeNumberProperty("commentCount", article.commentCount().getAsInt());
    } else {
      gen.writeNullProperty("commentCount");
    }
    strings(gen, "boilerplate", article.boilerplate());
    attributes(gen, article.attributes());
    gen.writeEndObject();
  }

  /**
   * Writes an {@code attributes} object: each attribute by name, a number attribute as a JSON
   * number, a flag as a boolean, text (presence too) as a string.
   */
  public static void attributes(JsonGenerator gen, Attributes attributes) {
    gen.writeName("attributes");
    gen.writeStartObject();
    for (int i = 0; i < attributes.size(); i++) {
      String name = attributes.keyAt(i).name();
      switch (attributes.keyAt(i).kind()) {
        case NUMBER -> gen.writeNumberProperty(name, ((Number) attributes.valueAt(i)).longValue());
        case FLAG -> gen.writeBooleanProperty(name, (Boolean) attributes.valueAt(i));
        default -> gen.writeStringProperty(name, attributes.formatAt(i));
      }
    }
    gen.writeEndObject();
  }

  /** Writes one comment, its text through {@code text}. */
  private static void writeComment(CommentView comment, IdPaths ids, boolean sourceLines, TextBuffer text,
      JsonGenerator gen) {
    gen.writeStartObject();
    gen.writeStringProperty("id", ids.id());
    gen.writeName("author");
    if (comment.author().isPresent()) {
      gen.writeStartObject();
      gen.writeStringProperty("handle", comment.author().get().handle());
      gen.writeStringProperty("name", comment.author().get().name().orElse(null));
      gen.writeEndObject();
    } else {
      gen.writeNull();
    }
    gen.writeStringProperty("kind", comment.kind().word());
    gen.writeStringProperty("posted", Texts.posted(comment));
    gen.writeStringProperty("postedAfter", Texts.postedAfter(comment));
    gen.writeStringProperty("postedBefore", Texts.postedBefore(comment));
    gen.writeStringProperty("timeWritten", Texts.timeWritten(comment));
    text.write(gen, "text", comment);
    attributes(gen, comment.attributes());
    gen.writeName("unplaced");
    gen.writeStartArray();
    for (SourceLine line : comment.unplaced()) {
      gen.writeStartObject();
      gen.writeNumberProperty("line", line.line());
      gen.writeStringProperty("text", line.text());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    if (sourceLines) {
      gen.writeName("lines");
      if (comment.source().isPresent()) {
        LineRange lines = comment.source().get();
        gen.writeStartObject();
        gen.writeNumberProperty("first", lines.first());
        gen.writeNumberProperty("last", lines.last());
        gen.writeEndObject();
      } else {
        gen.writeNull();
      }
    }
    // "replies" follows, written by the caller once it knows whether a reply comes next.
  }

  private static void writeDiagnostics(List<ExportDiagnostic> diagnostics, JsonGenerator gen) {
    gen.writeName("diagnostics");
    gen.writeStartArray();
    for (ExportDiagnostic diagnostic : diagnostics) {
      gen.writeStartObject();
      gen.writeStringProperty("severity", diagnostic.severity());
      gen.writeStringProperty("code", diagnostic.code());
      gen.writeNumberProperty("line", diagnostic.line());
      gen.writeNumberProperty("column", diagnostic.column());
      gen.writeStringProperty("message", diagnostic.message());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void strings(JsonGenerator gen, String name, List<String> values) {
    gen.writeName(name);
    gen.writeStartArray();
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }
}
