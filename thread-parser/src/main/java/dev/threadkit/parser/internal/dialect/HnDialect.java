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
 * {@code hn}: a Hacker News page copied from a browser. The story title and its line
 * ({@code N points by USER AGE ago | hide | past | favorite | N comments}), then comment headers
 * {@code USER AGE ago | LINKS [–]} (a logged-in reader's own comments lead with {@code N point(s)
 * by} and add {@code edit | delete}), bodies, and a {@code reply} action line after each. The
 * tree comes from the links ({@code root}, {@code parent}, {@code prev}), since a copy loses
 * the page's indentation. Its words are data: {@code hn.vocabulary} beside this class.
 */
public final class HnDialect extends VocabularyDialect<HnLines> {
  /** The dialect's name. */
  public static final String NAME = "hn";

  /** The depth of a later sibling at depth 2 or more was inferred: the links cannot say which open comment it follows. */
  public static final Attribute<Boolean> DEPTH_INFERRED = Attribute.flag("depthInferred");
  /** The depth an orphan's links imply on the page (1, or 2 for "2 or more"), for a copy that starts mid-thread. */
  public static final Attribute<Long> PAGE_DEPTH = Attribute.number("pageDepth");
  /** The comment was collapsed ({@code [+]} or {@code [N more]}): its replies are not in the copy. */
  public static final Attribute<Boolean> COLLAPSED = Attribute.flag("collapsed");
  /** The N of {@code [N more]}: how many comments the collapsed thread hides. */
  public static final Attribute<Long> HIDDEN_COMMENTS = Attribute.number("hiddenComments");
  /** The header shows {@code edit} or {@code delete}: the comment of the reader who copied the page. */
  public static final Attribute<Boolean> OWN = Attribute.flag("own");
  /** The story a comment belongs to, on pages of comments from many stories ({@code on: TITLE}). */
  public static final Attribute<String> ON_STORY = text("onStory");
  /** Why the site replaced or marked the comment: {@code flagged}, {@code dead} or {@code deleted}. */
  public static final Attribute<String> MODERATION = text("moderation");
  /** The story line as written, when it gives no comment count (otherwise it is the article's countLine). */
  public static final Attribute<String> STORY_LINE = text("storyLine");
  /** The handle that submitted the story, from the story line. */
  public static final Attribute<String> SUBMITTER = text("submitter");

  /** The copy starts mid-thread: its first comment replies to one not in the copy. */
  public static final DiagnosticCode STARTS_MID_THREAD = DiagnosticCode.of("hn-starts-mid-thread", Severity.WARNING);
  /** Text ending in a {@code reply} line before any header: a comment whose header the copy cut off. */
  public static final DiagnosticCode MISSING_HEADER = DiagnosticCode.of("hn-missing-header", Severity.WARNING);
  /** A header's links contradict the comments before it. */
  public static final DiagnosticCode LINKS_DISAGREE = DiagnosticCode.of("hn-links-disagree", Severity.WARNING);
  /** An age whose unit word is not a known relative-time word. */
  public static final DiagnosticCode UNKNOWN_AGE = DiagnosticCode.of("hn-unknown-age", Severity.WARNING);
  /** A header link word not in the vocabulary. */
  public static final DiagnosticCode UNKNOWN_LINK = DiagnosticCode.of("hn-unknown-link", Severity.INFO);
  /** The copy ends inside a header or inside a comment's text. */
  public static final DiagnosticCode CUT_OFF = DiagnosticCode.of("hn-cut-off", Severity.WARNING);

  private static final Vocabulary DEFAULT = Vocabulary.resource(HnDialect.class, "hn.vocabulary");
  private static final String DESCRIPTION = "Hacker News pages copied from a browser: 'USER AGE ago | parent | next [–]' "
      + "headers, the tree from the links";

  /** Creates the dialect with its default vocabulary, for {@link java.util.ServiceLoader}. */
  public HnDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with a vocabulary.
   *
   * @param words the words to read
   */
  public HnDialect(Vocabulary words) {
    super(NAME, DESCRIPTION, words, HnLines::new, HnDialect::new);
    this.agoSpace = lines.spaceAgo() + " ";
  }

  /** What stands before the links or toggle of every header: {@code " ago "}. */
  private final String agoSpace;

  private static Attribute<String> text(String name) {
    return Attribute.text(name);
  }

  static Vocabulary defaultVocabulary() {
    return DEFAULT;
  }

  /**
   * Scores comment headers (50, and 10 more for each), {@code reply} lines and the story line.
   * A header needs a {@code [–]} toggle or known links after {@code USER AGE ago}, which no
   * other built-in dialect's lines have.
   */
  @Override
  public int detect(Sample sample) {
    int headers = 0;
    int replies = 0;
    boolean story = false;
    HnLines.Scratch scratch = new HnLines.Scratch();
    // A header holds a '|' (its links) or ends with a '[' toggle: one search for each passes over the
    // lines without, which are only reply lines or none of the dialect's.
    int pipeAt = -1;
    int bracketAt = -1;
    for (Line line = sample.first(); line != null && score(headers, replies, story) < 100; line = sample.after(line)) {
      String text = line.input();
      int from = line.contentStart();
      if (pipeAt < from) {
        pipeAt = sample.indexOf('|', from);
        pipeAt = pipeAt < 0 ? Integer.MAX_VALUE : pipeAt;
      }
      if (bracketAt < from) {
        bracketAt = sample.indexOf('[', from);
        bracketAt = bracketAt < 0 ? Integer.MAX_VALUE : bracketAt;
      }
      HnLines.Header h = pipeAt < line.end() || bracketAt < line.end()
          ? lines.header(text, from, line.end(), false, scratch) : null;
      if (h != null) {
        if (h.isStory()) {
          story = true;
        } else {
          headers++;
        }
      } else if (lines.isReply(line)) {
        replies++;
      }
    }
    return score(headers, replies, story);
  }

  private static int score(int headers, int replies, boolean story) {
    if (headers == 0) {
      return story ? 15 : 0;
    }
    return Math.min(100, 50 + 10 * headers + 5 * Math.min(replies, headers) + (story ? 10 : 0));
  }

  /**
   * Every header and story line holds the age's {@code " ago "} and right after it a {@code |}
   * (the links) or a {@code [} (a mark or the toggle): a sample without them scores 0. The two
   * characters are looked for, each a search for one character, which runs several times
   * faster than one for a word, and only what stands before each is compared.
   */
  @Override
  public boolean scoresBelow(Sample sample, int score) {
    return score > 100 || !SampleSigns.anyAfter(sample, '|', agoSpace) && !SampleSigns.anyAfter(sample, '[', agoSpace);
  }

  @Override
  public DialectReader newReader() {
    return new HnReader(lines);
  }

  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new HnWriter());
  }
}
