package dev.threadkit.parser.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code hn} dialect over hundreds of seeds: a generated Hacker News discussion, written
 * with the dialect's own writer, is detected as {@code hn} and parses back to itself with no
 * diagnostic. The generator keeps to trees the links can express: a later sibling at depth 2
 * or more follows its previous sibling directly (one with no replies), and below depth 2 such
 * a sibling carries the {@code depthInferred} flag the parser sets.
 */
class HnPropertyTest {

  private static final String[] WORDS = {"tide", "ferry", "compiler", "the", "a", "was", "old", "new", "port",
      "latency", "map", "photo", "kernel", "water", "канал", "and", "not", "quite", "again", "(really)", "1,5"};
  private static final String[] NAMES = {"harbourmaster", "pilot_fish", "kelp-rider", "a1", "Xyz", "dang_", "oyster"};
  private static final String[] AGES = {"1 minute ago", "5 minutes ago", "1 hour ago", "7 hours ago", "2 days ago",
      "6 months ago", "1 year ago", "3 years ago"};
  private static final Attribute<Boolean> DEPTH_INFERRED = Attribute.flag("depthInferred");
  private static final Attribute<Boolean> OWN = Attribute.flag("own");
  private static final Attribute<Boolean> COLLAPSED = Attribute.flag("collapsed");
  private static final Attribute<Long> HIDDEN = Attribute.number("hiddenComments");
  private static final Attribute<String> MODERATION = Attribute.text("moderation");

  static final DialectWriter WRITER = DialectRoundTrip.writer("hn");

  @ParameterizedTest
  @MethodSource("dev.threadkit.parser.dialect.DialectRoundTrip#seeds")
  void aGeneratedHnDiscussionWrittenAsHnParsesBackToItself(long seed) {
    Discussion original = generate(seed);
    String dump = DialectRoundTrip.write(WRITER, original);
    DialectRoundTrip.assertParsesBack(dump, original, "hn");
  }

  static Discussion generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = 1 + random.nextInt(30);
    String title = sentence(random, 3, 8);
    long points = 1 + random.nextInt(900);
    String submitter = NAMES[random.nextInt(NAMES.length)];
    String storyLine = points + " points by " + submitter + " " + AGES[random.nextInt(AGES.length)]
        + " | hide | past | favorite | " + count + (count == 1 ? " comment" : " comments");
    List<String> paragraphs = new ArrayList<>();
    for (int i = random.nextInt(3) - 1; i >= 0; i--) {
      paragraphs.add(sentence(random, 5, 20));
    }
    Attributes attributes = Attributes.of(Attribute.COUNT_LINE, storyLine).with(Attribute.SCORE, points)
        .with(Attribute.text("submitter"), submitter);
    Article article = new Article(title, paragraphs, OptionalInt.of(count),
        random.nextBoolean() ? List.of("Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact")
            : List.of(), attributes);
    Discussion.Builder out = Discussion.builder("hn-" + seed).dialect("hn").article(article);
    List<CommentId> path = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int previous = path.size() - 1;
      int depth;
      int roll = random.nextInt(4);
      if (path.isEmpty()) {
        depth = 0;
      } else if (roll == 0 && previous < 6) {
        depth = previous + 1; // first reply
      } else if (roll == 1 || previous < 2) {
        depth = random.nextInt(Math.min(previous, 1) + 1); // a later comment at depth 0 or 1
      } else {
        depth = previous; // a later sibling right after its previous sibling
      }
      boolean laterSibling = depth < path.size();
      CommentId id = DialectRoundTrip.nextId(path, depth);
      while (path.size() > depth) {
        path.remove(path.size() - 1);
      }
      path.add(id);
      Comment.Builder comment = Comment.builder(id, Author.of(NAMES[random.nextInt(NAMES.length)]))
          .time(CommentTime.relative(AGES[random.nextInt(AGES.length)]));
      if (laterSibling && depth > 2) {
        comment.attribute(DEPTH_INFERRED, true);
      }
      int kind = random.nextInt(12);
      if (kind == 0) {
        comment.kind(CommentKind.DELETED).attribute(MODERATION, "flagged").text("[flagged]");
      } else if (kind == 1) {
        comment.kind(CommentKind.DELETED).attribute(MODERATION, "dead").text(sentence(random, 1, 8));
      } else if (kind == 2) {
        comment.attribute(COLLAPSED, true).text("");
        if (random.nextBoolean()) {
          comment.attribute(HIDDEN, (long) (1 + random.nextInt(40)));
        }
      } else {
        if (kind == 3) {
          long score = 1 + random.nextInt(20);
          comment.attribute(Attribute.SCORE, score).attribute(OWN, true);
        }
        StringBuilder text = new StringBuilder(sentence(random, 1, 15));
        for (int lines = random.nextInt(4); lines > 0; lines--) {
          int shape = random.nextInt(4);
          text.append(shape == 0 ? "\n\n" : "\n").append(shape == 1 ? "  " + sentence(random, 1, 4) : sentence(random, 1, 12));
        }
        comment.text(text.toString());
      }
      out.add(comment.build());
    }
    return out.build();
  }

  private static String sentence(SplittableRandom random, int min, int max) {
    return DialectRoundTrip.sentence(random, WORDS, min, max);
  }
}
