package dev.threadkit.parser.dialect;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
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
 * The {@code youtube} dialect over hundreds of seeds: a generated comment section, written
 * with the dialect's own writer (headers on one line, or split on two lines as some copies
 * do), is detected as {@code youtube} and parses back to itself with no diagnostic.
 */
class YoutubePropertyTest {

  private static final String[] WORDS = {"rain", "roof", "sleep", "the", "a", "was", "old", "new", "storm",
      "music", "minute", "every", "night", "1:07", "not", "quite", "again", "дождь", "and", "why"};
  private static final String[] HANDLES = {"@mira.sleeps", "@oldfarmer_nl", "@quiet_listener", "@tide-77", "@Ольга"};
  private static final String[] AGES = {"4 years ago", "a year ago", "2 hours ago", "1 month ago", "3 days ago",
      "just now", "11 months ago", "2 weeks ago"};
  private static final long[] LIKES = {1, 3, 12, 999, 1_200, 10_000, 1_234, 4_000_000, 351_000};

  static final DialectWriter WRITER = DialectRoundTrip.writer("youtube");

  @ParameterizedTest
  @MethodSource("dev.threadkit.parser.dialect.DialectRoundTrip#seeds")
  void aGeneratedCommentSectionWrittenAsYoutubeParsesBackToItself(long seed) {
    Discussion original = generate(seed);
    String written = DialectRoundTrip.write(WRITER, original);
    String dump = seed % 2 == 0 ? written : twoLineHeaders(written);
    DialectRoundTrip.assertParsesBack(dump, original, "youtube");
  }

  /** Puts the age of every header on the line below its handle, at the same indentation. */
  private static String twoLineHeaders(String dump) {
    StringBuilder out = new StringBuilder();
    for (String line : dump.split("\n", -1)) {
      String content = line.stripLeading();
      String indent = line.substring(0, line.length() - content.length());
      int space = content.indexOf(' ');
      if (content.startsWith("@") && space > 0 && (content.endsWith(" ago") || content.endsWith(" ago (edited)")
          || content.endsWith("just now") || content.endsWith("just now (edited)"))) {
        out.append(indent).append(content, 0, space).append('\n').append(indent).append(content.substring(space + 1));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  static Discussion generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int top = 1 + random.nextInt(12);
    String title = sentence(random, 3, 8);
    List<String> paragraphs = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      paragraphs.add(sentence(random, 5, 20));
    }
    List<Comment> comments = new ArrayList<>();
    for (int t = 1; t <= top; t++) {
      int replies = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
      String author = HANDLES[random.nextInt(HANDLES.length)];
      Comment.Builder comment = common(random, Comment.builder(CommentId.root(t), Author.of(author)));
      comment.text(text(random));
      if (replies > 0 || random.nextInt(4) == 0) {
        comment.attribute(Attribute.number("replyCount"), (long) replies + random.nextInt(3));
      }
      if (t == 1 && random.nextInt(4) == 0) {
        comment.attribute(Attribute.PINNED, true);
        if (random.nextBoolean()) {
          comment.attribute(Attribute.text("pinnedBy"), "@channel");
        }
      }
      comments.add(comment.build());
      List<String> inThread = new ArrayList<>(List.of(author));
      for (int r = 1; r <= replies; r++) {
        String replier = HANDLES[random.nextInt(HANDLES.length)];
        Comment.Builder reply = common(random, Comment.builder(CommentId.root(t).child(r), Author.of(replier)));
        if (random.nextBoolean()) {
          String to = inThread.get(random.nextInt(inThread.size()));
          reply.attribute(Attribute.REPLY_TO, to).text(to + " " + text(random));
        } else {
          reply.text(text(random));
        }
        inThread.add(replier);
        comments.add(reply.build());
      }
    }
    Article article = new Article(title, paragraphs, OptionalInt.empty(),
        random.nextBoolean() ? List.of("Show more") : List.of("Show more replies\nType here to search"), Attributes.none());
    if (random.nextBoolean()) {
      int count = comments.size();
      article = article.withCommentCount(count).with(Attribute.COUNT_LINE,
          String.format("%,d", count) + (count == 1 ? " Comment" : " Comments") + (random.nextBoolean() ? "   Sort by" : ""));
    }
    return Discussion.builder("youtube-" + seed).dialect("youtube").article(article).addAll(comments).build();
  }

  private static Comment.Builder common(SplittableRandom random, Comment.Builder comment) {
    comment.time(CommentTime.relative(AGES[random.nextInt(AGES.length)]));
    if (random.nextInt(3) > 0) {
      comment.attribute(Attribute.LIKES, LIKES[random.nextInt(LIKES.length)]);
    }
    if (random.nextInt(5) == 0) {
      comment.attribute(Attribute.EDITED, true);
    }
    if (random.nextInt(6) == 0) {
      comment.attribute(Attribute.flag("hearted"), true);
    }
    return comment;
  }

  private static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder(sentence(random, 1, 15));
    for (int lines = random.nextInt(3); lines > 0; lines--) {
      text.append(random.nextInt(3) == 0 ? "\n\n" : "\n").append(sentence(random, 1, 12));
    }
    return text.toString();
  }

  private static String sentence(SplittableRandom random, int min, int max) {
    return DialectRoundTrip.sentence(random, WORDS, min, max);
  }
}
