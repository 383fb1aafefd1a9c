package dev.threadkit.bench;

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

/** A discussion with every field of schema 2, for the peers' read-back tests. */
final class SchemaTwo {
  private SchemaTwo() {}

  /**
   * What the generated dumps and the seed do not have: anonymity, kinds, relative times, every
   * kind of attribute, kept lines.
   */
  static Discussion everyField() {
    return Discussion.builder("schema-2").dialect("numbered")
        .article(Article.of("T", List.of("P")).withCommentCount(3).withBoilerplate(List.of("Leave a reply"))
            .with(Attribute.PHOTO_CREDIT, "Photo: x").with(Attribute.COUNT_LINE, "3 comments"))
        .add(Comment.builder(CommentId.of(1), Author.of("alice", "Alice"))
            .time(new CommentTime.Relative("5 hours ago", Optional.of(new CommentTime.Interval(
                Instant.parse("2024-03-01T07:00:00Z"), Instant.parse("2024-03-01T07:59:59Z")))))
            .attribute(Attribute.SCORE, -4L).attribute(Attribute.LIKES, 3_000_000_000L)
            .attribute(Attribute.EDITED, true).attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .attribute(Attribute.number("stars"), 5L).attribute(Attribute.flag("verified"), false)
            .attribute(Attribute.text("badge"), "mod")
            .unplaced(List.of(new SourceLine(4, "  1. alice ?? 5 hours ago")))
            .text("first").build())
        .add(Comment.builder(CommentId.of(1, 1)).time(CommentTime.relative("yesterday"))
            .attribute(Attribute.REPLY_TO, "alice").text("anonymous").build())
        .add(Comment.builder(CommentId.of(2)).kind(CommentKind.PINGBACK).text("Pingback: elsewhere").build())
        .add(Comment.builder(CommentId.of(3), Author.of("bob")).kind(CommentKind.DELETED)
            .posted(LocalDateTime.of(2024, 2, 29, 23, 5)).attribute(Attribute.WRITTEN_ORDINAL, 4L).build())
        .build();
  }
}
