package dev.threadkit.bench;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.CommentTime;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.testkit.DiscussionGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A generated dump of about a given size in each dialect that has a writer, for the per-dialect
 * parse benchmark ({@link DialectBenchmark}).
 *
 * <p>The discussion is {@link DiscussionGenerator}'s (topcor-shaped) from the suite's seed,
 * adapted to what the dialect's own writer can show, and written by that writer (taken from
 * {@code DumpParser.builder().build().dialects()}):
 *
 * <ul>
 *   <li>{@code topcor}: as generated (real names, presence, exact times, replies 12 deep);
 *   <li>{@code numbered}: no real names or presence; exact times; list lines {@code 1. x}
 *       written {@code 1) x} (a numbered entry's own marker);
 *   <li>{@code hn}: handles in hn's letters (ASCII, {@code _}, {@code -}; Cyrillic
 *       transliterated), relative ages; a later sibling at depth 2 or more
 *       right after a deeper comment moves to depth 1 (hn's links cannot place it);
 *   <li>{@code reddit}: handles as for hn, relative ages, a score on every comment, the
 *       child count its replies give; depth at most 8;
 *   <li>{@code disqus}: relative ages, likes on two comments in three; the replied-to name is
 *       the parent's author (the writer's default);
 *   <li>{@code youtube}: {@code @handle}s, relative ages, likes, depth at most 1 (deeper
 *       replies join their thread), each thread's reply count.
 * </ul>
 *
 * <p>The comment count is chosen (the generator's prefix is stable in its comment count) so
 * that the written dump has at least the size's characters, and at most about 1% more. {@link #of} then parses the dump once and
 * refuses it unless it is detected as its dialect and gives back as many comments as were
 * written: the benchmark parses what it claims to. {@code plain} has no writer and no comments,
 * so it has no input here.
 */
public final class DialectInputs {
  /** The dialects with a writer, the seed dialect first. */
  public static final List<String> DIALECTS = List.of("topcor", "numbered", "hn", "reddit", "disqus", "youtube");

  private static final String[] AGES = {"1 minute ago", "5 minutes ago", "2 hours ago", "7 hours ago", "3 days ago",
      "6 months ago", "1 year ago", "3 years ago"};
  private static final long[] LIKES = {0, 1, 3, 12, 999, 1_200, 10_000, 1_234, 4_000_000};
  private static final Attribute<Long> REPLY_COUNT = Attribute.number("replyCount");

  final String dialect;
  final String id;
  final String dump;
  final byte[] dumpUtf8;
  final int comments;
  final int diagnostics;

  private DialectInputs(String dialect, String id, String dump, int comments, int diagnostics) {
    this.dialect = dialect;
    this.id = id;
    this.dump = dump;
    this.dumpUtf8 = dump.getBytes(StandardCharsets.UTF_8);
    this.comments = comments;
    this.diagnostics = diagnostics;
  }

  /**
   * Makes the dump of one dialect and size and checks that it parses back.
   *
   * @param dialect one of {@link #DIALECTS}
   * @param size {@code 10K}, {@code 1M}, {@code 16M} or any count with an optional K or M
   *     suffix (see {@link Inputs#chars}); the dump has at least that many characters
   * @return the inputs
   * @throws IllegalStateException when the dump does not parse back as its dialect with every comment
   */
  public static DialectInputs of(String dialect, String size) {
    if (!DIALECTS.contains(dialect)) {
      throw new IllegalArgumentException("no input for dialect " + dialect + "; one of " + DIALECTS);
    }
    int target = Inputs.chars(size);
    DumpParser parser = DumpParser.builder().build();
    DialectWriter writer = writer(parser, dialect);
    // Scale the comment count by target / length a few times (comments vary a lot in length,
    // so a small sample misjudges), then add comments until the dump is long enough: it ends
    // within about 1% above the target.
    int n = 16;
    Discussion discussion = adapt(generate(n), dialect);
    String dump = write(writer, discussion);
    for (int round = 0; round < 4 && Math.abs(dump.length() - target) > target / 200; round++) {
      n = Math.max(1, (int) Math.round((double) n * target / dump.length()));
      discussion = adapt(generate(n), dialect);
      dump = write(writer, discussion);
    }
    while (dump.length() < target) {
      n += Math.max(1, n / 256);
      discussion = adapt(generate(n), dialect);
      dump = write(writer, discussion);
    }
    String id = dialect + "-" + size;
    ParseResult parsed = parser.parse(dump, id);
    if (!parsed.dialect().equals(dialect) || parsed.discussion().size() != discussion.size()) {
      throw new IllegalStateException("the generated " + dialect + " dump of " + size + " parses as "
          + parsed.dialect() + " with " + parsed.discussion().size() + " comments, not " + discussion.size()
          + (parsed.diagnostics().isEmpty() ? "" : "; first diagnostic: " + parsed.diagnostics().get(0)));
    }
    return new DialectInputs(dialect, id, dump, discussion.size(), parsed.diagnostics().size());
  }

  /** The writer of a dialect, as the parser's dialects give it. */
  static DialectWriter writer(DumpParser parser, String dialect) {
    for (Dialect d : parser.dialects()) {
      if (d.name().equals(dialect)) {
        return d.writer().orElseThrow(() -> new IllegalArgumentException("dialect " + dialect + " has no writer"));
      }
    }
    throw new IllegalArgumentException("the parser has no dialect " + dialect);
  }

  private static Discussion generate(int comments) {
    return DiscussionGenerator.builder().seed(Inputs.GENERATOR_SEED).comments(comments).build().generate();
  }

  static String write(DialectWriter writer, Discussion discussion) {
    StringBuilder out = new StringBuilder(1 << 16);
    try {
      writer.write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /** The generated discussion as the dialect can show it; see the class comment. */
  static Discussion adapt(Discussion generated, String dialect) {
    if (dialect.equals("topcor")) {
      return generated;
    }
    SplittableRandom random = new SplittableRandom(Inputs.GENERATOR_SEED ^ dialect.hashCode());
    List<Comment> source = generated.comments();
    int[] depths = depths(source, dialect);
    List<CommentId> ids = ids(depths);
    int[] replies = new int[depths.length];
    for (int i = 0; i < depths.length; i++) {
      if (depths[i] > 0) {
        for (int j = i - 1; j >= 0; j--) {
          if (depths[j] == depths[i] - 1) {
            replies[j]++;
            break;
          }
        }
      }
    }
    Article article = generated.article();
    Discussion.Builder out = Discussion.builder(generated.id()).dialect(dialect).article(new Article(
        article.title(), text(article.paragraphs(), dialect), OptionalInt.empty(), List.of(), Attributes.none()));
    for (int i = 0; i < source.size(); i++) {
      Comment from = source.get(i);
      String handle = from.author().orElseThrow().handle();
      Comment.Builder to = Comment.builder(ids.get(i), Author.of(handle(handle, dialect))).text(text(from.text(), dialect));
      if (dialect.equals("numbered")) {
        from.exactTime().ifPresent(to::posted);
      } else {
        to.time(CommentTime.relative(AGES[random.nextInt(AGES.length)]));
      }
      switch (dialect) {
        case "reddit" -> to.attribute(Attribute.SCORE, (long) (random.nextInt(300) - 20));
        case "disqus" -> {
          if (random.nextInt(3) > 0) {
            to.attribute(Attribute.LIKES, LIKES[random.nextInt(LIKES.length)]);
          }
        }
        case "youtube" -> {
          if (random.nextInt(3) > 0) {
            to.attribute(Attribute.LIKES, LIKES[random.nextInt(LIKES.length)]);
          }
          if (replies[i] > 0) {
            to.attribute(REPLY_COUNT, (long) replies[i]);
          }
        }
        default -> { }
      }
      out.add(to.build());
    }
    return out.build();
  }

  /** Each comment's depth in the dialect: the generated one where the dialect can show it. */
  private static int[] depths(List<Comment> comments, String dialect) {
    int cap = switch (dialect) {
      case "youtube" -> 1;
      case "reddit" -> 8;
      default -> Integer.MAX_VALUE;
    };
    int[] depths = new int[comments.size()];
    int previous = -1;
    for (int i = 0; i < depths.length; i++) {
      int depth = Math.min(Math.min(comments.get(i).depth(), previous + 1), cap);
      if (dialect.equals("hn") && depth >= 2 && depth < previous) {
        depth = 1; // a later sibling after a deeper comment: hn's links cannot say which open comment it follows
      }
      depths[i] = depth;
      previous = depth;
    }
    return depths;
  }

  /** Comment ids in document order for a sequence of depths, each at most one deeper than the one before. */
  private static List<CommentId> ids(int[] depths) {
    List<CommentId> ids = new ArrayList<>(depths.length);
    List<CommentId> path = new ArrayList<>();
    for (int depth : depths) {
      CommentId id;
      if (depth < path.size()) {
        id = depth == 0 ? CommentId.root(path.get(0).ordinal() + 1) : path.get(depth - 1).child(path.get(depth).ordinal() + 1);
      } else {
        id = depth == 0 ? CommentId.root(1) : path.get(depth - 1).child(1);
      }
      while (path.size() > depth) {
        path.remove(path.size() - 1);
      }
      path.add(id);
      ids.add(id);
    }
    return ids;
  }

  private static String handle(String handle, String dialect) {
    return switch (dialect) {
      case "hn", "reddit" -> ascii(handle);
      case "youtube" -> "@" + handle.replace(' ', '_');
      default -> handle;
    };
  }

  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n",
      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

  /** A handle as hn and reddit spell user names: ASCII letters, digits, {@code _} and {@code -}; Cyrillic transliterated. */
  static String ascii(String handle) {
    StringBuilder out = new StringBuilder(handle.length() + 4);
    for (int i = 0; i < handle.length(); i++) {
      char c = handle.charAt(i);
      int cyrillic = CYRILLIC.indexOf(Character.toLowerCase(c));
      if (cyrillic >= 0) {
        String latin = LATIN[cyrillic];
        out.append(Character.isUpperCase(c) && !latin.isEmpty()
            ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
        out.append(c);
      } else {
        out.append('_');
      }
    }
    return out.toString();
  }

  private static List<String> text(List<String> paragraphs, String dialect) {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      out.add(text(paragraph, dialect));
    }
    return out;
  }

  /** A body or paragraph as the dialect reads it back as text: numbered list lines lose their entry marker. */
  private static String text(String text, String dialect) {
    if (!dialect.equals("numbered")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      int to = end < 0 ? text.length() : end;
      int digits = from;
      while (digits < to && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      if (digits > from && digits + 1 < to && text.charAt(digits) == '.' && text.charAt(digits + 1) == ' ') {
        out.append(text, from, digits).append(')').append(text, digits + 1, to);
      } else {
        out.append(text, from, to);
      }
      if (end < 0) {
        break;
      }
      out.append('\n');
      from = end + 1;
    }
    return out.toString();
  }

  /**
   * Describes the inputs.
   *
   * @return the dialect, the dump's size and its comments
   */
  @Override
  public String toString() {
    return id + ": " + dialect + " dump " + dump.length() + " chars / " + dumpUtf8.length + " UTF-8 bytes, "
        + comments + " comments, " + diagnostics + " diagnostics";
  }
}
