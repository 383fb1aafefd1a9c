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
 * The {@code reddit} dialect over hundreds of seeds: a generated Reddit discussion of any tree
 * shape, written as an old.reddit copy by the dialect's own writer, is detected as
 * {@code reddit} and parses back to itself with no diagnostic: the child counts alone rebuild
 * the tree.
 */
class RedditPropertyTest {

  private static final String[] WORDS = {"lock", "canal", "barge", "the", "a", "was", "old", "new", "towpath",
      "chamber", "gate", "1774", "water", "вода", "and", "not", "quite", "again", "(really)", "r/canals"};
  private static final String[] NAMES = {"towpath", "lock_keeper", "barge-pilot", "A1", "narrowboat", "x"};
  private static final String[] AGES = {"1 minute ago", "5 minutes ago", "1 hour ago", "7 hours ago", "2 days ago",
      "6 months ago", "1 year ago", "3 years ago"};
  private static final String[] TAGS = {"[S]", "[M]", "Canal Trust volunteer", "[S] Lock fan"};
  private static final Attribute<Boolean> COLLAPSED = Attribute.flag("collapsed");
  private static final Attribute<Boolean> SCORE_HIDDEN = Attribute.flag("scoreHidden");
  private static final Attribute<Long> CHILD_COUNT = Attribute.number("childCount");
  private static final Attribute<String> TAG = Attribute.text("tags");

  static final DialectWriter WRITER = DialectRoundTrip.writer("reddit");

  @ParameterizedTest
  @MethodSource("dev.threadkit.parser.dialect.DialectRoundTrip#seeds")
  void aGeneratedRedditDiscussionWrittenAsOldRedditParsesBackToItself(long seed) {
    Discussion original = generate(seed);
    String dump = DialectRoundTrip.write(WRITER, original);
    DialectRoundTrip.assertParsesBack(dump, original, "reddit");
  }

  static Discussion generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = 1 + random.nextInt(30);
    // the shape first: ids in document order, and which are collapsed (those get no replies)
    List<CommentId> ids = new ArrayList<>();
    List<Boolean> collapsed = new ArrayList<>();
    List<CommentId> path = new ArrayList<>();
    boolean lastCollapsed = false;
    for (int i = 0; i < count; i++) {
      int max = path.isEmpty() ? 0 : lastCollapsed ? path.size() - 1 : Math.min(path.size(), 8);
      int depth = random.nextInt(max + 1);
      CommentId id = DialectRoundTrip.nextId(path, depth);
      while (path.size() > depth) {
        path.remove(path.size() - 1);
      }
      path.add(id);
      ids.add(id);
      lastCollapsed = random.nextInt(10) == 0;
      collapsed.add(lastCollapsed);
    }
    int[] replies = new int[count];
    for (int i = 0; i < count; i++) {
      for (int j = i + 1; j < count && ids.get(j).depth() > ids.get(i).depth(); j++) {
        if (ids.get(j).depth() == ids.get(i).depth() + 1) {
          replies[i]++;
        }
      }
    }
    String title = sentence(random, 3, 8);
    List<String> paragraphs = new ArrayList<>();
    for (int i = random.nextInt(3) - 1; i >= 0; i--) {
      paragraphs.add(sentence(random, 5, 20));
    }
    Article article = new Article(title, paragraphs, OptionalInt.of(count),
        random.nextBoolean() ? List.of("reddit inc \u00a9 2026. all rights reserved.") : List.of(),
        Attributes.of(Attribute.COUNT_LINE, "all " + count + (count == 1 ? " comment" : " comments")));
    Discussion.Builder out = Discussion.builder("reddit-" + seed).dialect("reddit").article(article);
    for (int i = 0; i < count; i++) {
      Comment.Builder comment = Comment.builder(ids.get(i))
          .time(CommentTime.relative(AGES[random.nextInt(AGES.length)]));
      if (random.nextInt(8) != 0) {
        comment.author(Author.of(NAMES[random.nextInt(NAMES.length)]));
      }
      if (random.nextInt(6) == 0) {
        comment.attribute(SCORE_HIDDEN, true);
      } else {
        comment.attribute(Attribute.SCORE, (long) (random.nextInt(300) - 20));
      }
      if (random.nextInt(5) == 0) {
        comment.attribute(TAG, TAGS[random.nextInt(TAGS.length)]);
      }
      if (random.nextInt(5) == 0) {
        comment.attribute(Attribute.EDITED, true);
      }
      if (collapsed.get(i)) {
        comment.attribute(COLLAPSED, true).attribute(CHILD_COUNT, (long) random.nextInt(5)).text("");
      } else {
        comment.attribute(CHILD_COUNT, (long) replies[i]);
        if (random.nextInt(10) == 0) {
          comment.kind(CommentKind.DELETED).text(random.nextBoolean() ? "[deleted]" : "[removed]");
        } else {
          StringBuilder text = new StringBuilder(sentence(random, 1, 15));
          for (int lines = random.nextInt(4); lines > 0; lines--) {
            int shape = random.nextInt(4);
            text.append(shape == 0 ? "\n\n" : "\n").append(shape == 1 ? "    " + sentence(random, 1, 4) : sentence(random, 1, 12));
          }
          comment.text(text.toString());
        }
      }
      out.add(comment.build());
    }
    return out.build();
  }

  private static String sentence(SplittableRandom random, int min, int max) {
    return DialectRoundTrip.sentence(random, WORDS, min, max);
  }
}
