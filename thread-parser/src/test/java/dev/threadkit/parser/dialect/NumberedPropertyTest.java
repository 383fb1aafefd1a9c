package dev.threadkit.parser.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code numbered} dialect over hundreds of seeds: a generated blog discussion, written
 * with the dialect's own writer, is detected as {@code numbered} and parses back to itself
 * with no diagnostic.
 */
class NumberedPropertyTest {

  private static final String[] WORDS = {"river", "ferry", "bridge", "summer", "the", "a", "was", "old", "new",
      "town", "harbour", "map", "photo", "Crimea", "water", "канал", "вода", "and", "not", "quite", "again"};
  private static final String[] NAMES = {"Hanna Roos", "piet", "Oskar Brand", "Marta L.", "river_fan", "Ольга"};

  static final DialectWriter WRITER = DialectRoundTrip.writer("numbered");

  @ParameterizedTest
  @MethodSource("dev.threadkit.parser.dialect.DialectRoundTrip#seeds")
  void aGeneratedBlogDiscussionWrittenAsNumberedParsesBackToItself(long seed) {
    Discussion original = generate(seed);
    String dump = DialectRoundTrip.write(WRITER, original);
    DialectRoundTrip.assertParsesBack(dump, original, "numbered");
  }

  static Discussion generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = 1 + random.nextInt(25);
    String title = sentence(random, 3, 8);
    List<String> paragraphs = new ArrayList<>();
    for (int i = random.nextInt(3); i >= 0; i--) {
      paragraphs.add(sentence(random, 5, 20));
    }
    Article article = new Article(title, paragraphs, java.util.OptionalInt.of(count),
        random.nextBoolean() ? List.of("Leave a Reply") : List.of("Post a Comment", sentence(random, 2, 6)),
        dev.threadkit.model.Attributes.of(Attribute.COUNT_LINE,
            count + (random.nextBoolean() ? " thoughts on “" + title + "”" : count == 1 ? " comment:" : " comments:")));
    Discussion.Builder out = Discussion.builder("numbered-" + seed).dialect("numbered").article(article);
    List<CommentId> path = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int depth = path.isEmpty() ? 0 : random.nextInt(Math.min(path.size() + 1, 4));
      CommentId id = DialectRoundTrip.nextId(path, depth);
      while (path.size() > depth) {
        path.remove(path.size() - 1);
      }
      path.add(id);
      int roll = random.nextInt(10);
      Comment.Builder comment = Comment.builder(id);
      if (roll == 0) {
        comment.kind(CommentKind.PINGBACK).text("Pingback: " + sentence(random, 2, 8) + " | " + WORDS[random.nextInt(WORDS.length)]);
      } else {
        boolean anonymous = roll <= 3;
        boolean timed = random.nextBoolean();
        if (!anonymous) {
          comment.author(Author.of(NAMES[random.nextInt(NAMES.length)]));
        }
        if (timed) {
          comment.posted(LocalDateTime.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28),
              random.nextInt(24), random.nextInt(60)));
        }
        StringBuilder text = new StringBuilder(sentence(random, 1, 15));
        for (int lines = random.nextInt(3); lines > 0; lines--) {
          text.append(random.nextInt(3) == 0 ? "\n\n" : "\n").append(sentence(random, 1, 12));
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
