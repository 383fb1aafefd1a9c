package dev.threadkit.examples.github;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.Severity;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Events;
import dev.threadkit.parser.spi.Line;

/**
 * Reads one GitHub issue export. Before the first comment: the title, the {@code _Opened by_}
 * line (the article's attributes) and the issue's text (the article). Then the timeline: each
 * {@code _Comment by_} header starts a top-level comment whose text runs to the next header
 * or event line; event lines are boilerplate.
 */
final class GithubReader implements DialectReader {
  /** Text in the timeline that follows an event line, so belongs to no comment. */
  static final DiagnosticCode TEXT_OUTSIDE_COMMENT = DiagnosticCode.of("text-outside-comment", Severity.WARNING);

  private final GithubLines lines;
  private boolean timeline; // the first comment has started
  private boolean openedSeen;

  GithubReader(GithubLines lines) {
    this.lines = lines;
  }

  @Override
  public void line(Line line, Events events) {
    String text = line.input();
    boolean margin = line.contentStart() == line.start();
    GithubLines.Header header = margin ? GithubLines.header(text, line.contentStart(), line.end()) : null;
    if (header != null && header.verb == GithubLines.Verb.COMMENT) {
      timeline = true;
      comment(header, line, events);
    } else if (header != null && !timeline && !openedSeen) {
      openedSeen = true;
      opened(header, line, events);
    } else if (header != null || margin && lines.isEvent(text, line.contentStart(), line.end())) {
      events.boilerplate(line); // an event of the timeline (or a second _Opened_ line): kept apart
    } else if (!timeline) {
      events.article(line);
    } else if (events.inComment()) {
      events.body(line, 0); // Markdown keeps its indentation: nothing is stripped
    } else {
      events.diagnostic(TEXT_OUTSIDE_COMMENT, line, 1, "text after an event line, before the next comment header;"
          + " kept with the boilerplate");
      events.boilerplate(line);
    }
  }

  private void comment(GithubLines.Header header, Line line, Events events) {
    // GitHub issues have no threads: every comment is top-level, numbered in page order.
    CommentHeader comment = events.comment(line, 0, Events.NEXT_ORDINAL);
    if (header.handleStart >= 0) {
      comment.author(line, header.handleStart, header.handleEnd, -1, -1);
    }
    if (header.edited) {
      comment.attribute(Attribute.EDITED, true);
    }
    if (header.exact != null) {
      comment.time(CommentTime.exact(header.exact));
    } else if (header.relative()) {
      comment.time(CommentTime.relative(line.input().substring(header.timeStart, header.timeEnd)));
    } else if (header.problem != null) {
      events.diagnostic(DiagnosticCode.INVALID_DATE, line, line.column(header.timeStart), header.problem
          + "; comment " + events.openId() + " has no time, the line is kept among the unplaced lines");
      events.unplaced(line);
    }
  }

  private void opened(GithubLines.Header header, Line line, Events events) {
    if (header.problem != null) {
      events.diagnostic(DiagnosticCode.INVALID_DATE, line, line.column(header.timeStart), header.problem
          + "; the line is kept with the boilerplate");
      events.boilerplate(line);
      return;
    }
    String text = line.input();
    // One line, several facts: each is an attribute of the article.
    if (header.handleStart >= 0) {
      events.articleAttribute(line, GithubDialect.OPENED_BY, text.substring(header.handleStart, header.handleEnd));
    }
    if (header.hasTime()) {
      events.articleAttribute(line, GithubDialect.OPENED_AT,
          header.exact != null ? header.exact.toString() : text.substring(header.timeStart, header.timeEnd));
    }
    if (header.edited) {
      events.articleAttribute(line, Attribute.EDITED, true);
    }
  }
}
