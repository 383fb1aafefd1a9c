package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Optional;

/**
 * {@code disqus}: the Disqus comment widget under news articles, copied from a browser. Each
 * comment is an {@code Avatar} line (the picture's alt text), a header {@code NAME • AGE ago}
 * or, for a reply, {@code REPLIER  REPLIED-TO • AGE ago} (the names split on the double
 * space: names hold single spaces), its body, and an action line {@code 3 • Reply•Share ›}
 * whose leading number is the upvote count. The tree comes from the replied-to names and,
 * when the copy kept it, the indentation. Its words are data: {@code disqus.vocabulary}
 * beside this class.
 */
public final class DisqusDialect extends VocabularyDialect<DisqusLines> {
  /** The dialect's name. */
  public static final String NAME = "disqus";

  private static final Vocabulary DEFAULT = Vocabulary.resource(DisqusDialect.class, "disqus.vocabulary");
  private static final String DESCRIPTION = "the Disqus widget copied from a browser: 'NAME • AGE ago' and 'REPLIER  REPLIED-TO • AGE ago' headers, "
      + "Avatar and action lines; the tree from the replied-to names";

  /** Creates the dialect with its default vocabulary, for {@link java.util.ServiceLoader}. */
  public DisqusDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with a vocabulary, for a widget in another language.
   *
   * @param words the words to read
   */
  public DisqusDialect(Vocabulary words) {
    super(NAME, DESCRIPTION, words, DisqusLines::new, DisqusDialect::new);
  }

  static Vocabulary defaultVocabulary() {
    return DEFAULT;
  }

  /**
   * Scores headers ({@code NAME • AGE ago}), action lines, {@code Avatar} lines and a count
   * line; 0 without a header, at most 15 without an action or Avatar line (a news article's
   * byline {@code By Ann Lee • 3 hours ago} alone is no comment section), at most 95.
   */
  @Override
  public int detect(Sample sample) {
    if (!sample.contains("\u2022")) {
      return 0; // every header holds a bullet: without one, no header and a score of 0
    }
    int headers = 0;
    int actions = 0;
    int avatars = 0;
    boolean count = false;
    int bulletAt = -1; // the first bullet at or after the line looked at: one search passes over the lines without
    for (Line line = sample.first(); line != null && score(headers, actions, avatars, count) < MAX_SCORE;
        line = sample.after(line)) {
      // Headers and action lines hold a bullet: most lines of other layouts are passed over here.
      if (bulletAt < line.contentStart() && bulletAt != NONE) {
        bulletAt = sample.indexOf(DisqusLines.BULLET, line.contentStart());
        bulletAt = bulletAt < 0 ? NONE : bulletAt;
      }
      boolean bullet = bulletAt < line.end();
      if (!bullet && !Scan.isDigit(line.charAt(line.contentStart()))) {
        if (lines.isAvatar(line)) {
          avatars++;
        }
        continue;
      }
      if (lines.isAvatar(line)) {
        avatars++;
      } else if (bullet && lines.header(line) != null) {
        headers++;
      } else if (lines.action(line) >= -1) {
        actions++;
      } else if (!count && lines.countLine(line) >= 0) {
        count = true;
      }
    }
    return score(headers, actions, avatars, count);
  }

  private static final int MAX_SCORE = 95;

  private static int score(int headers, int actions, int avatars, boolean count) {
    if (headers == 0) {
      return 0;
    }
    int score = 40 + 10 * Math.min(headers, 3) + 8 * Math.min(actions, 3) + 4 * Math.min(avatars, 3) + (count ? 6 : 0);
    return actions + avatars == 0 ? Math.min(score, 15) : Math.min(MAX_SCORE, score);
  }

  @Override
  public int maxScore() {
    return MAX_SCORE;
  }

  /** Every header holds a bullet: a sample without one scores 0. */
  @Override
  public boolean scoresBelow(Sample sample, int score) {
    return score > MAX_SCORE || !sample.contains("\u2022");
  }

  /** Stands for no bullet in the rest of the sample: after every line. */
  private static final int NONE = Integer.MAX_VALUE;

  @Override
  public DialectReader newReader() {
    return new DisqusReader(lines);
  }

  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new DisqusWriter());
  }
}
