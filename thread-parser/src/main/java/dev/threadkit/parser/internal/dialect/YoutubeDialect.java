package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Optional;

/**
 * {@code youtube}: a YouTube watch page's comment section, copied from a browser. A count
 * line ({@code 8,591 Comments   Sort by}), the comment box, then each comment: an optional
 * {@code Pinned by @channel} line, {@code @handle 4 years ago [(edited)]} on one line or two,
 * the body, the like count ({@code 10K}; absent when zero), an optional heart, {@code Reply},
 * and {@code 161 replies} for replies collapsed or expanded after it. Replies are one level
 * deep. Its words are data: {@code youtube.vocabulary} beside this class.
 */
public final class YoutubeDialect extends VocabularyDialect<YoutubeLines> {
  /** The dialect's name. */
  public static final String NAME = "youtube";
  /** How many replies the page counts under a comment ({@code 161 replies}), whether or not the copy holds them. */
  public static final Attribute<Long> REPLY_COUNT = Attribute.number("replyCount");
  /** The channel's heart on a comment. */
  public static final Attribute<Boolean> HEARTED = Attribute.flag("hearted");
  /** Who pinned a pinned comment, as {@code Pinned by @channel} names them. */
  public static final Attribute<String> PINNED_BY = Attribute.text("pinnedBy");

  private static final Vocabulary DEFAULT = Vocabulary.resource(YoutubeDialect.class, "youtube.vocabulary");
  private static final String DESCRIPTION = "a YouTube comment section copied from the watch page: '@handle AGE ago' headers, like counts, "
      + "Reply and 'N replies' lines; replies one level deep";

  /** Creates the dialect with its default vocabulary, for {@link java.util.ServiceLoader}. */
  public YoutubeDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with a vocabulary, for a page in another language.
   *
   * @param words the words to read
   */
  public YoutubeDialect(Vocabulary words) {
    super(NAME, DESCRIPTION, words, YoutubeLines::new, YoutubeDialect::new);
  }

  /**
   * Scores {@code @handle AGE ago} headers, {@code Reply} and {@code N replies} lines, the count
   * line and the comment box; 0 without a header, at most 15 without a {@code Reply} line, at most 93.
   */
  @Override
  public int detect(Sample sample) {
    if (!sample.contains("@")) {
      return 0; // every header starts with an @handle: without one, no header and a score of 0
    }
    int headers = 0;
    int replies = 0;
    int counts = 0;
    boolean count = false;
    boolean box = false;
    for (Line line = sample.first(); line != null && score(headers, replies, counts, count, box) < MAX_SCORE;
        line = sample.after(line)) {
      if (line.charAt(line.contentStart()) == '@' && lines.header(line, false) != null) {
        headers++;
      } else if (lines.isReply(line)) {
        replies++;
      } else if (lines.replies(line) >= 0) {
        counts++;
      } else if (!count && lines.countLine(line) >= 0) {
        count = true;
      } else if (!box && lines.isBox(line)) {
        box = true;
      }
    }
    return score(headers, replies, counts, count, box);
  }

  private static final int MAX_SCORE = 93;

  private static int score(int headers, int replies, int counts, boolean count, boolean box) {
    if (headers == 0) {
      return 0;
    }
    int score = 35 + 10 * Math.min(headers, 3) + 8 * Math.min(replies, 3) + 4 * Math.min(counts, 2)
        + (count ? 6 : 0) + (box ? 4 : 0);
    return replies == 0 ? Math.min(score, 15) : Math.min(MAX_SCORE, score);
  }

  @Override
  public int maxScore() {
    return MAX_SCORE;
  }

  /** Every header starts with an {@code @handle}: a sample without an {@code @} scores 0. */
  @Override
  public boolean scoresBelow(Sample sample, int score) {
    return score > MAX_SCORE || !sample.contains("@");
  }

  @Override
  public DialectReader newReader() {
    return new YoutubeReader(lines);
  }

  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new YoutubeWriter());
  }
}
