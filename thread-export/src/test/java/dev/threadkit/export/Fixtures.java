package dev.threadkit.export;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import dev.threadkit.model.SourceLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Discussions that stress what the seed does not. */
final class Fixtures {
  private Fixtures() {}

  /** Depth going up and down by more than one level: 1, 1.1, 1.1.1, 1.2, 2, 2.1, 2.1.1, 2.1.1.1, 3. */
  static Discussion zigzag() {
    Discussion.Builder builder = Discussion.builder("zigzag").dialect("topcor").article(Article.of("Zigzag", List.of("Body.")));
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
            .with(Attribute.PHOTO_CREDIT, "Used photos: \"pixabay.com\"")
            .withBoilerplate(List.of("Site & boilerplate")))
        .add(Comment.builder(CommentId.of(1), Author.of("Online Warrior", "Иван \"Ваня\""))
            .attribute(Attribute.PRESENCE, Presence.ONLINE)
            .posted(LocalDateTime.of(2020, 1, 2, 3, 4))
            .text(nasty)
            .build())
        .add(Comment.builder(CommentId.of(1, 1), Author.of("a,b\"c\\d")).text("").build())
        .add(Comment.builder(CommentId.of(2), Author.of("Online Warrior", "Иван \"Ваня\""))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .text(" leading and trailing space ")
            .build())
        .build();
  }

  /**
   * What schema 2 added and the seed does not have: an anonymous comment, a pingback, a
   * deleted comment, relative times with and without their interval, attributes of every
   * kind, unplaced lines, and an article with boilerplate, a count line and a photo credit.
   * Its dialect is {@code topcor}.
   */
  static Discussion schema2() {
    return Discussion.builder("schema-2").dialect("topcor")
        .article(Article.of("Schema two", List.of("Body."))
            .withCommentCount(4)
            .withBoilerplate(List.of("Leave a reply", "Share: x, y"))
            .with(Attribute.PHOTO_CREDIT, "Photo: someone")
            .with(Attribute.COUNT_LINE, "4 comments"))
        .add(Comment.builder(CommentId.of(1), Author.of("alice", "Alice A."))
            .time(new CommentTime.Relative("5 hours ago", Optional.of(new CommentTime.Interval(
                Instant.parse("2024-03-01T07:00:00Z"), Instant.parse("2024-03-01T07:59:59Z")))))
            .attribute(Attribute.SCORE, 12L)
            .attribute(Attribute.LIKES, 3_000_000_000L)
            .attribute(Attribute.EDITED, true)
            .attribute(Attribute.PRESENCE, Presence.ONLINE)
            .text("First.")
            .unplaced(List.of(new SourceLine(7, "  1. alice Online 5 hours ago ?"), new SourceLine(8, "    stray")))
            .build())
        .add(Comment.builder(CommentId.of(1, 1))
            .time(CommentTime.relative("yesterday"))
            .attribute(Attribute.REPLY_TO, "alice")
            .attribute(Attribute.PINNED, false)
            .text("Anonymous reply.")
            .build())
        .add(Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: another page").build())
        .add(Comment.builder(CommentId.of(3), Author.of("bob")).kind(CommentKind.DELETED)
            .posted(LocalDateTime.of(2024, 2, 29, 23, 5))
            .attribute(Attribute.WRITTEN_ORDINAL, 4L)
            .build())
        .add(Comment.builder(CommentId.of(3, 1))
            .text("Second anonymous.")
            .build())
        .build();
  }

  /** A single chain of replies {@code depth + 1} comments long: 1, 1.1, 1.1.1, … */
  static Discussion chain(int depth) {
    Discussion.Builder builder = Discussion.builder("chain-" + depth).dialect("topcor").article(Article.of("Chain", List.of("Deep.")));
    CommentId id = CommentId.root(1);
    for (int d = 0; d <= depth; d++) {
      builder.add(Comment.builder(id, Author.of("user" + (d % 3))).attribute(Attribute.PRESENCE, Presence.OFFLINE)
          .posted(LocalDateTime.of(2022, 6, 1, 12, d % 60)).text("level " + d).build());
      id = id.child(1);
    }
    return builder.build();
  }
}
