package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.Severity;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Optional;

/**
 * {@code reddit}: Reddit threads in their copy forms. old.reddit
 * ({@code [–]user 12 points 3 hours ago (2 children)}, the tree from the child counts), new
 * reddit ({@code level N} lines, the tree from them) and mirrors ({@code u/name Aug 09 '23}).
 * Its words are data: {@code reddit.vocabulary} beside this class.
 */
public final class RedditDialect extends VocabularyDialect<RedditLines> {
  /** The dialect's name. */
  public static final String NAME = "reddit";

  /** The page hid the score ({@code [score hidden]}). */
  public static final Attribute<Boolean> SCORE_HIDDEN = Attribute.flag("scoreHidden");
  /** The tags after the user: {@code [S]} (submitter), {@code [M]} (moderator), flair text, {@code OP}. */
  public static final Attribute<String> TAGS = Attribute.text("tags");
  /** The comment was collapsed ({@code [+]}): its replies are not in the copy. */
  public static final Attribute<Boolean> COLLAPSED = Attribute.flag("collapsed");
  /** How many direct replies the header says the comment has ({@code (2 children)}). */
  public static final Attribute<Long> CHILD_COUNT = Attribute.number("childCount");

  /** A child count that disagrees with the replies in the copy. */
  public static final DiagnosticCode CHILD_COUNT_MISMATCH = DiagnosticCode.of("reddit-child-count-mismatch", Severity.WARNING);
  /** The copy starts mid-thread: its first comment is a reply to one not in the copy. */
  public static final DiagnosticCode STARTS_MID_THREAD = DiagnosticCode.of("reddit-starts-mid-thread", Severity.WARNING);
  /** An age whose unit word is not a known relative-time word. */
  public static final DiagnosticCode UNKNOWN_AGE = DiagnosticCode.of("reddit-unknown-age", Severity.WARNING);
  /** The copy ends inside a header or inside a comment's text. */
  public static final DiagnosticCode CUT_OFF = DiagnosticCode.of("reddit-cut-off", Severity.WARNING);

  private static final Vocabulary DEFAULT = Vocabulary.resource(RedditDialect.class, "reddit.vocabulary");
  private static final String DESCRIPTION = "Reddit threads copied from old.reddit ('[–]user 12 points 3 hours ago (2 "
      + "children)'), new reddit ('level N') or mirrors";

  /** Creates the dialect with its default vocabulary, for {@link java.util.ServiceLoader}. */
  public RedditDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with a vocabulary.
   *
   * @param words the words to read
   */
  public RedditDialect(Vocabulary words) {
    super(NAME, DESCRIPTION, words, RedditLines::new, RedditDialect::new);
  }

  static Vocabulary defaultVocabulary() {
    return DEFAULT;
  }

  /**
   * Scores old.reddit headers and action lines, new reddit's {@code level N} lines with the
   * user after them and its {@code · AGE} lines, and mirror headers: 50, and 10 more for each
   * header. No other built-in dialect's lines look like these.
   */
  @Override
  public int detect(Sample sample) {
    int headers = 0;
    int actions = 0;
    int levels = 0;
    int ages = 0;
    // the action lines the readers have read lately are told by comparing them, as a reader does
    RedditLines.Actions known = new RedditLines.Actions(lines);
    for (Line line = sample.first(); line != null && score(headers + Math.min(levels, ages), actions) < 100;
        line = sample.after(line)) {
      String text = line.input();
      if (lines.oldHeader(text, line.contentStart(), line.end(), false) != null || lines.mirrorDate(line) > 0
          || lines.userDotEnd(line) > 0) {
        headers++;
      } else if (known.read(text, line.contentStart(), line.end()) >= 0 || lines.newAction(line) >= 0) {
        actions++;
      } else if (lines.level(line) > 0) {
        levels++;
      } else if (lines.dotAge(text, line.contentStart(), line.end()) != null) {
        ages++;
      }
    }
    return score(headers + Math.min(levels, ages), actions);
  }

  private static int score(int found, int actions) {
    if (found == 0) {
      return 0;
    }
    return Math.min(100, 50 + 10 * found + 5 * Math.min(actions, found));
  }

  /**
   * Without a header or a {@code · AGE} line a sample scores 0, and each of them holds
   * {@code u/} (a mirror header), or the age's {@code " ago"} with a dot ({@code ·}, a new
   * reddit age) or, first on its line, an old.reddit header's toggle {@code [–]}.
   */
  @Override
  public boolean scoresBelow(Sample sample, int score) {
    if (score > 100) {
      return true;
    }
    // single characters first: a search for one runs several times faster than one for a word
    boolean mirrors = sample.contains("/") && sample.contains("u/");
    return !mirrors && (!anyToggleFirst(sample) && !lines.anyDot(sample) || !sample.contains(lines.spaceAgo()));
  }

  /** Tells whether a line of the searched text starts with {@code [?]}, as an old.reddit header does. */
  private static boolean anyToggleFirst(Sample sample) {
    int at = sample.indexOf('[', 0); // none before the first line but on blank lines
    if (at < 0) {
      return false;
    }
    Line first = sample.first();
    String text = first.input();
    int from = first.start();
    int end = sample.searchEnd();
    boolean bounded = SampleSigns.bounded(text, end);
    for (; at >= 0 && at < end; at = bounded ? sample.indexOf('[', at + 1) : text.indexOf('[', at + 1)) {
      if (at + 2 < text.length() && text.charAt(at + 2) == ']' && SampleSigns.indentStart(text, at, from) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public DialectReader newReader() {
    return new RedditReader(lines);
  }

  /** Writes old.reddit copies; see {@link RedditWriter}. */
  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new RedditWriter());
  }
}
