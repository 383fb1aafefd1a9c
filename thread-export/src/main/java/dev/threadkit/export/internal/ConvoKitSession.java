package dev.threadkit.export.internal;

import dev.threadkit.export.ExportSession;
import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A ConvoKit corpus directory being written: utterances stream into {@code utterances.jsonl}
 * as discussions arrive; speakers, conversations, corpus metadata and the metadata index,
 * which summarise the whole corpus, are written on close.
 */
public final class ConvoKitSession implements ExportSession {
  /** The suffix of an article utterance's id, after the discussion id and a colon. */
  public static final String ARTICLE_SUFFIX = ":article";

  private static final String STR = "<class 'str'>";
  private static final String INT = "<class 'int'>";
  private static final String BOOL = "<class 'bool'>";

  /** Utterance meta keys and their Python types, in the order they are written. */
  private static final Map<String, String> UTTERANCE_META = ordered(
      "discussion", STR, "kind", STR, "comment_id", STR, "depth", INT, "posted", STR, "time_written", STR,
      "status", STR, "unplaced", STR);
  private static final Map<String, String> SPEAKER_META = ordered("name", STR, "synthetic", BOOL);
  private static final Map<String, String> CONVERSATION_META = ordered(
      "discussion", STR, "dialect", STR, "title", STR, "comment_count", INT, "num_comments", INT, "photo_credit", STR);
  private static final Map<String, String> CORPUS_META = ordered("generator", STR, "discussions", INT);

  private final Path directory;
  private final ZoneId zone;
  private final String articleSpeaker;
  private final Writer utterancesOut;
  private final JsonGenerator utterances;
  private final Map<String, String> speakerNames = new LinkedHashMap<>(); // handle -> first real name seen
  private final List<Conversation> conversations = new ArrayList<>();
  private final Set<String> discussionIds = new HashSet<>();
  private final Set<String> syntheticSpeakers = new HashSet<>(); // the article's and the anonymous placeholder
  private boolean closed;

  /**
   * What conversations.json needs of a discussion: not its comments, nor the article's text,
   * which is already in utterances.jsonl. Kept until {@link #close()}, so it stays small.
   */
  private record Conversation(String discussion, String dialect, String title, OptionalInt commentCount,
      String photoCredit, int comments) {}

  /** Creates the directory if needed and starts {@code utterances.jsonl}. */
  public ConvoKitSession(Path directory, ZoneId zone, String articleSpeaker) throws IOException {
    this.directory = directory;
    this.zone = zone;
    this.articleSpeaker = articleSpeaker;
    Files.createDirectories(directory);
    this.utterancesOut = Outputs.utf8(Files.newOutputStream(directory.resolve("utterances.jsonl")));
    this.utterances = Jackson.compact(utterancesOut);
  }

  @Override
  public void write(Discussion discussion) throws IOException {
    if (closed) {
      throw new IllegalStateException("the export session is closed");
    }
    if (!discussionIds.add(discussion.id())) {
      throw new IllegalArgumentException("discussion " + discussion.id()
          + " is already in this corpus; utterance ids would collide");
    }
    String articleId = discussion.id() + ARTICLE_SUFFIX;
    try {
      Article article = discussion.article();
      utterance(articleId, articleId, String.join("\n\n", article.paragraphs()), articleSpeaker, null, null, () -> {
        utterances.writeStringProperty("discussion", discussion.id());
        utterances.writeStringProperty("kind", "article");
        utterances.writeNullProperty("comment_id");
        utterances.writeNullProperty("depth");
        utterances.writeNullProperty("posted");
        utterances.writeNullProperty("time_written");
        utterances.writeNullProperty("status");
        utterances.writeNullProperty("unplaced");
      });
      speakerNames.putIfAbsent(articleSpeaker, null);
      syntheticSpeakers.add(articleSpeaker);

      IdPaths ids = new IdPaths();
      String prefix = discussion.id() + ":";
      for (Comment comment : discussion.comments()) {
        ids.next(comment.id());
        String id = ids.id();
        String parent = ids.parent();
        Long timestamp = comment.exactTime().map(t -> t.atZone(zone).toEpochSecond()).orElse(null);
        String speaker = Texts.speaker(comment);
        utterance(prefix + id, articleId, comment.text(), speaker,
            parent == null ? articleId : prefix + parent, timestamp, () -> {
              utterances.writeStringProperty("discussion", discussion.id());
              utterances.writeStringProperty("kind", comment.kind().word());
              utterances.writeStringProperty("comment_id", id);
              utterances.writeNumberProperty("depth", comment.depth());
              utterances.writeStringProperty("posted", Texts.posted(comment));
              utterances.writeStringProperty("time_written", Texts.timeWritten(comment));
              utterances.writeStringProperty("status", Texts.status(comment));
              utterances.writeStringProperty("unplaced", comment.unplaced().isEmpty() ? null : Texts.unplaced(comment));
            });
        if (comment.author().isEmpty()) {
          syntheticSpeakers.add(speaker);
        }
        if (speakerNames.get(speaker) == null) {
          speakerNames.put(speaker, Texts.name(comment));
        }
      }
    } catch (JacksonException e) {
      throw Outputs.ioException(e);
    }
    Article article = discussion.article();
    conversations.add(new Conversation(discussion.id(), discussion.dialect(), article.title(),
        article.commentCount(), article.attribute(Attribute.PHOTO_CREDIT).orElse(null), discussion.size()));
  }

  /** One line of utterances.jsonl, in the key order of ConvoKit's own dump. */
  private void utterance(String id, String conversationId, String text, String speaker, String replyTo,
      Long timestamp, Runnable meta) {
    utterances.writeStartObject();
    utterances.writeStringProperty("id", id);
    utterances.writeStringProperty("conversation_id", conversationId);
    utterances.writeStringProperty("text", text);
    utterances.writeStringProperty("speaker", speaker);
    utterances.writeName("meta");
    utterances.writeStartObject();
    meta.run();
    utterances.writeEndObject();
    utterances.writeStringProperty("reply-to", replyTo);
    if (timestamp == null) {
      utterances.writeNullProperty("timestamp");
    } else {
      utterances.writeNumberProperty("timestamp", timestamp.longValue());
    }
    utterances.writeName("vectors");
    utterances.writeStartArray();
    utterances.writeEndArray();
    utterances.writeEndObject();
    utterances.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try {
        utterances.close();
      } finally {
        utterancesOut.close(); // even when the generator failed, so the file is never left open
      }
      writeJson("speakers.json", gen -> {
        gen.writeStartObject();
        for (Map.Entry<String, String> speaker : speakerNames.entrySet()) {
          gen.writeName(speaker.getKey());
          component(gen, () -> {
            gen.writeStringProperty("name", speaker.getValue());
            gen.writeBooleanProperty("synthetic", syntheticSpeakers.contains(speaker.getKey()));
          });
        }
        gen.writeEndObject();
      });
      writeJson("conversations.json", gen -> {
        gen.writeStartObject();
        for (Conversation conversation : conversations) {
          gen.writeName(conversation.discussion() + ARTICLE_SUFFIX);
          component(gen, () -> {
            gen.writeStringProperty("discussion", conversation.discussion());
            gen.writeStringProperty("dialect", conversation.dialect());
            gen.writeStringProperty("title", conversation.title());
            if (conversation.commentCount().isPresent()) {
              gen.writeNumberProperty("comment_count", conversation.commentCount().getAsInt());
            } else {
              gen.writeNullProperty("comment_count");
            }
            gen.writeNumberProperty("num_comments", conversation.comments());
            gen.writeStringProperty("photo_credit", conversation.photoCredit());
          });
        }
        gen.writeEndObject();
      });
      writeJson("corpus.json", gen -> {
        gen.writeStartObject();
        gen.writeStringProperty("generator", "threadkit");
        gen.writeNumberProperty("discussions", conversations.size());
        gen.writeEndObject();
      });
      writeJson("index.json", gen -> {
        gen.writeStartObject();
        index(gen, "utterances-index", UTTERANCE_META);
        index(gen, "speakers-index", SPEAKER_META);
        index(gen, "conversations-index", CONVERSATION_META);
        index(gen, "overall-index", CORPUS_META);
        gen.writeNumberProperty("version", 1);
        gen.writeName("vectors");
        gen.writeStartArray();
        gen.writeEndArray();
        gen.writeEndObject();
      });
    } catch (JacksonException e) {
      throw Outputs.ioException(e);
    }
  }

  /** {@code {"meta": {...}, "vectors": []}}, the shape ConvoKit dumps speakers and conversations in. */
  private static void component(JsonGenerator gen, Runnable meta) {
    gen.writeStartObject();
    gen.writeName("meta");
    gen.writeStartObject();
    meta.run();
    gen.writeEndObject();
    gen.writeName("vectors");
    gen.writeStartArray();
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** ConvoKit's index lists each meta key's Python types, as its own dumps do. */
  private static void index(JsonGenerator gen, String name, Map<String, String> types) {
    gen.writeName(name);
    gen.writeStartObject();
    for (Map.Entry<String, String> type : types.entrySet()) {
      gen.writeName(type.getKey());
      gen.writeStartArray();
      gen.writeString(type.getValue());
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private interface JsonBody {
    void write(JsonGenerator gen);
  }

  private void writeJson(String file, JsonBody body) throws IOException {
    try (Writer out = Outputs.utf8(Files.newOutputStream(directory.resolve(file)));
        JsonGenerator gen = Jackson.compact(out)) {
      body.write(gen);
      gen.writeRaw('\n');
    }
  }

  private static Map<String, String> ordered(String... keysAndTypes) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTypes.length; i += 2) {
      map.put(keysAndTypes[i], keysAndTypes[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
