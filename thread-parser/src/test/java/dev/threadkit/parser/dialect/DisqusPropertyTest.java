package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code disqus} dialect over hundreds of seeds: a generated widget discussion, written
 * with the dialect's own writer, is detected as {@code disqus} and parses back to itself with
 * no diagnostic; where every author is distinct, the tree reads back from the replied-to
 * names alone, with the indentation stripped.
 */
class DisqusPropertyTest {

  private static final String[] WORDS = {"ferry", "landing", "council", "the", "a", "was", "old", "new", "town",
      "budget", "bus", "summer", "report", "2019", "not", "quite", "again", "вода", "and", "why"};
  private static final String[] NAMES = {"Dana Holt", "rivera_k", "M. van Loon", "Pieter", "Ольга К.", "guest 42"};
  private static final String[] AGES = {"9 months ago", "a year ago", "2 hours ago", "an hour ago", "3 days ago",
      "just now", "5 years ago", "a minute ago"};
  private static final long[] LIKES = {0, 1, 3, 12, 999, 1_200, 10_000, 1_234, 4_000_000};

  static final DialectWriter WRITER = DialectRoundTrip.writer("disqus");

  @ParameterizedTest
  @MethodSource("dev.threadkit.parser.dialect.DialectRoundTrip#seeds")
  void aGeneratedWidgetDiscussionWrittenAsDisqusParsesBackToItself(long seed) {
    boolean distinct = seed % 3 == 0;
    Discussion original = generate(seed, distinct);
    String dump = DialectRoundTrip.write(WRITER, original);
    DialectRoundTrip.assertParsesBack(dump, original, "disqus");
    if (distinct) {
      String flat = dump.lines().map(String::stripLeading).collect(Collectors.joining("\n"));
      ParseResult names = DumpParser.builder().build().parse(flat, original.id());
      assertThat(names.diagnostics()).as("%s", flat).isEmpty();
      assertThat(names.discussion().withoutSources()).as("%s", flat).isEqualTo(original);
    }
  }

  static Discussion generate(long seed, boolean distinct) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = 1 + random.nextInt(25);
    String title = sentence(random, 3, 8);
    List<String> paragraphs = new ArrayList<>();
    for (int i = random.nextInt(3); i >= 0; i--) {
      paragraphs.add(sentence(random, 5, 20));
    }
    Article article = new Article(title, paragraphs, OptionalInt.empty(),
        random.nextBoolean() ? List.of("Load more comments") : List.of("Load more comments\nPowered by Disqus"),
        Attributes.none());
    if (random.nextBoolean()) {
      article = article.withCommentCount(count).with(Attribute.COUNT_LINE,
          count + (count == 1 ? " comment" : " comments") + (random.nextBoolean() ? "        Sort by Best" : ""));
    }
    Discussion.Builder out = Discussion.builder("disqus-" + seed).dialect("disqus").article(article);
    List<CommentId> path = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int depth = path.isEmpty() ? 0 : random.nextInt(Math.min(path.size() + 1, 5));
      CommentId id = DialectRoundTrip.nextId(path, depth);
      while (path.size() > depth) {
        path.remove(path.size() - 1);
        authors.remove(authors.size() - 1);
      }
      if (!distinct && random.nextInt(12) == 0) {
        // a deleted comment: no author, time or text; its replies name no one and hang by their indentation
        out.add(Comment.builder(id).kind(CommentKind.DELETED).build());
        path.add(id);
        authors.add(null);
        continue;
      }
      String author = distinct ? "reader " + i : NAMES[random.nextInt(NAMES.length)];
      Comment.Builder comment = Comment.builder(id, Author.of(author))
          .time(CommentTime.relative(AGES[random.nextInt(AGES.length)]));
      if (depth > 0 && authors.get(depth - 1) != null) {
        comment.attribute(Attribute.REPLY_TO, authors.get(depth - 1));
      }
      if (random.nextInt(3) > 0) {
        comment.attribute(Attribute.LIKES, LIKES[random.nextInt(LIKES.length)]);
      }
      if (random.nextInt(5) == 0) {
        comment.attribute(Attribute.EDITED, true);
      }
      StringBuilder text = new StringBuilder(sentence(random, 1, 15));
      for (int lines = random.nextInt(3); lines > 0; lines--) {
        text.append(random.nextInt(3) == 0 ? "\n\n" : "\n").append(sentence(random, 1, 12));
      }
      comment.text(text.toString());
      out.add(comment.build());
      path.add(id);
      authors.add(author);
    }
    return out.build();
  }

  private static String sentence(SplittableRandom random, int min, int max) {
    return DialectRoundTrip.sentence(random, WORDS, min, max);
  }
}
