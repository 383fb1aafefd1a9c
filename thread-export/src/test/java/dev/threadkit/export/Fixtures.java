package dev.threadkit.export;

import dev.threadkit.model.Article;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import java.time.LocalDateTime;
import java.util.List;

/** Discussions that stress what the seed does not. */
final class Fixtures {
  private Fixtures() {}

  /** Depth going up and down by more than one level: 1, 1.1, 1.1.1, 1.2, 2, 2.1, 2.1.1, 2.1.1.1, 3. */
  static Discussion zigzag() {
    Discussion.Builder builder = Discussion.builder("zigzag").article(Article.of("Zigzag", List.of("Body.")));
    int minute = 0;
    for (int[] path : new int[][] {{1}, {1, 1}, {1, 1, 1}, {1, 2}, {2}, {2, 1}, {2, 1, 1}, {2, 1, 1, 1}, {3}}) {
      CommentId id = CommentId.of(path);
      builder.add(Comment.builder(id, minute % 2 == 0 ? Author.of("user" + path.length, "Name " + minute) : Author.of("user" + path.length))
          .posted(LocalDateTime.of(2021, 3, 4, 5, minute++))
          .text("text of " + id)
          .build());
    }
    return builder.build();
  }

  /**
   * Ids a reader takes for numbers: comment {@code 1} with ten replies, so {@code 1.1} and
   * {@code 1.10} (the same float), under a numeric discussion id.
   */
  static Discussion numericIds(String discussionId) {
    Discussion.Builder builder = Discussion.builder(discussionId).article(Article.of("Numbers", List.of("Body.")));
    builder.add(Comment.builder(CommentId.of(1), Author.of("root")).text("the parent").build());
    for (int reply = 1; reply <= 10; reply++) {
      builder.add(Comment.builder(CommentId.of(1, reply), Author.of("r" + reply)).text("reply " + reply).build());
    }
    return builder.build();
  }

  /**
   * Text every format must escape or quote: separators, quotes, line breaks, leading spaces,
   * markup characters of CSV, JSON, XML, DOT and Markdown, non-Latin scripts, and a control
   * character XML cannot carry.
   */
  static Discussion tricky() {
    String nasty = "Commas, \"quotes\", 'single'\nsecond line; tab\there\n\n  indented <b>&amp;</b> \\ back\\slash\n"
        + "# not a heading\n1. not a list\n> not a quote\n*stars* _under_ `code` [link](x) |pipe|\nКириллица ✓ \u0007bell";
    return Discussion.builder("tricky \"one\"")
        .article(Article.of("A \"title\" with <tags> & \\ backslash", List.of("Para, one\nline two", "Para <two>"))
            .withCommentCount(3)
            .withPhotoCredit("Used photos: \"pixabay.com\"")
            .withTrailer(List.of("Site & boilerplate")))
        .add(Comment.builder(CommentId.of(1), Author.of("Online Warrior", "Иван \"Ваня\""))
            .presence(Presence.ONLINE)
            .posted(LocalDateTime.of(2020, 1, 2, 3, 4))
            .text(nasty)
            .build())
        .add(Comment.builder(CommentId.of(1, 1), Author.of("a,b\"c\\d")).text("").build())
        .add(Comment.builder(CommentId.of(2), Author.of("Online Warrior", "Иван \"Ваня\""))
            .presence(Presence.OFFLINE)
            .text(" leading and trailing space ")
            .build())
        .build();
  }

  /** A single chain of replies {@code depth + 1} comments long: 1, 1.1, 1.1.1, … */
  static Discussion chain(int depth) {
    Discussion.Builder builder = Discussion.builder("chain-" + depth).article(Article.of("Chain", List.of("Deep.")));
    CommentId id = CommentId.root(1);
    for (int d = 0; d <= depth; d++) {
      builder.add(Comment.builder(id, Author.of("user" + (d % 3))).presence(Presence.OFFLINE)
          .posted(LocalDateTime.of(2022, 6, 1, 12, d % 60)).text("level " + d).build());
      id = id.child(1);
    }
    return builder.build();
  }
}
