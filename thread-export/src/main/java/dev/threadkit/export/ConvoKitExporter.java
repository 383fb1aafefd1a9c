package dev.threadkit.export;

import static java.util.Objects.requireNonNull;

import dev.threadkit.export.internal.ConvoKitSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Writes discussions as a ConvoKit corpus directory, which Cornell's Conversational Analysis
 * Toolkit loads with {@code Corpus(filename="that/directory")}. Any number of discussions go
 * into one corpus. Format name {@code convokit}.
 *
 * <p>Each discussion becomes one conversation. Its article is the conversation's root
 * utterance (id {@code <discussion>:article}, spoken by a synthetic speaker, replying to
 * nothing, text the paragraphs joined by blank lines); the conversation's id is the root's id,
 * as ConvoKit expects. Each comment is an utterance with id {@code <discussion>:<comment id>},
 * so ids stay unique across discussions; top-level comments reply to the article, replies to
 * their parent. The files:
 * <ul>
 *   <li>{@code utterances.jsonl}: one JSON object per line with {@code id},
 *       {@code conversation_id}, {@code text}, {@code speaker} (the handle; {@code (anonymous)}
 *       for every anonymous comment), {@code meta}, {@code reply-to}, {@code timestamp} (epoch
 *       seconds of an exact posting time read in the configured zone, or {@code null}) and
 *       {@code vectors} ({@code []}). Meta: {@code discussion}, {@code kind} ({@code article},
 *       or the comment's kind: {@code comment}, {@code pingback}, {@code deleted}),
 *       {@code comment_id}, {@code depth}, {@code posted} (an exact time in ISO local form as
 *       the dump wrote it), {@code time_written} (a relative time's words), {@code status},
 *       {@code unplaced} (the lines kept as written, joined with {@code \n}, or {@code null});
 *   <li>{@code speakers.json}: {@code {handle: {"meta": {"name", "synthetic"}, "vectors": []}}},
 *       the name being the first real name seen for the handle; the article's speaker and the
 *       {@code (anonymous)} placeholder are {@code synthetic};
 *   <li>{@code conversations.json}:
 *       {@code {id: {"meta": {"discussion", "dialect", "title", "comment_count", "num_comments",
 *       "photo_credit"}, "vectors": []}}};
 *   <li>{@code corpus.json}: {@code {"generator": "threadkit", "discussions": n}};
 *   <li>{@code index.json}: every meta key of each of the four with its Python type as
 *       ConvoKit writes it ({@code ["<class 'str'>"]}), {@code "version": 1} and
 *       {@code "vectors": []}.
 * </ul>
 * Utterances stream to disk as discussions are written; the other files, which summarise the
 * corpus, are written when the session is closed. Discussion ids must be unique in a corpus.
 *
 * <pre>{@code
 * CorpusExporter convokit = ConvoKitExporter.builder().zone(ZoneId.of("Europe/Moscow")).build();
 * try (ExportSession corpus = convokit.open(Path.of("corpus"))) {
 *   for (Discussion discussion : discussions) {
 *     corpus.write(discussion);
 *   }
 * }
 * }</pre>
 */
public final class ConvoKitExporter implements CorpusExporter {
  /** The default speaker id of article utterances. */
  public static final String DEFAULT_ARTICLE_SPEAKER = "[article]";

  private final ZoneId zone;
  private final String articleSpeaker;

  private ConvoKitExporter(Builder builder) {
    this.zone = builder.zone;
    this.articleSpeaker = builder.articleSpeaker;
  }

  /**
   * Starts configuring a ConvoKit exporter: times read as UTC, articles spoken by
   * {@value #DEFAULT_ARTICLE_SPEAKER}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code convokit}.
   *
   * @return the format name
   */
  @Override
  public String name() {
    return "convokit";
  }

  @Override
  public ExportSession open(Path directory) throws IOException {
    return new ConvoKitSession(requireNonNull(directory, "directory"), zone, articleSpeaker);
  }

  /** Configures a {@link ConvoKitExporter}; not thread-safe, the exporter it builds is. */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private String articleSpeaker = DEFAULT_ARTICLE_SPEAKER;

    private Builder() {}

    /**
     * Sets the time zone the dumps' local times are read in to compute epoch-second
     * timestamps. Dumps state no zone; the site's own zone gives true instants. Default: UTC.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = requireNonNull(value, "zone");
      return this;
    }

    /**
     * Sets the speaker id of the article utterances, a synthetic author; choose one no real
     * handle uses. Default: {@value #DEFAULT_ARTICLE_SPEAKER}.
     *
     * @param value a non-blank speaker id
     * @return this builder
     */
    public Builder articleSpeaker(String value) {
      if (requireNonNull(value, "articleSpeaker").isBlank()) {
        throw new IllegalArgumentException("the article speaker id must not be blank");
      }
      this.articleSpeaker = value;
      return this;
    }

    /**
     * Returns the exporter.
     *
     * @return a new immutable exporter
     */
    public ConvoKitExporter build() {
      return new ConvoKitExporter(this);
    }
  }
}
