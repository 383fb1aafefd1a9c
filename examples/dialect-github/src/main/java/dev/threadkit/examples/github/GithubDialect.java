package dev.threadkit.examples.github;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.spi.Dialect;
import dev.threadkit.parser.spi.DialectReader;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Optional;

/**
 * {@code github}: a GitHub issue exported as Markdown-ish text. The title and the opening post
 * are the article; each {@code _Comment by @user on YYYY-MM-DD HH:MM_} header starts a
 * top-level comment; event lines of the timeline ({@code _Label bug added by @mira_}, closed,
 * reopened, assigned, ...) are kept as boilerplate.
 *
 * <pre>
 * # Crash when the cache folder is missing #4312
 * _Opened by &#64;mira on 2025-03-17 09:02_
 * The body of the issue ...
 *
 * _Comment by &#64;jonas on 2025-03-17 13:15_
 * A comment body, possibly many paragraphs ...
 *
 * _Label bug added by &#64;mira_
 * _Comment by &#64;mira on 2025-03-18 08:40 (edited)_
 * ...
 * </pre>
 *
 * <p>Who opened the issue and when are the article's attributes {@link #OPENED_BY} and
 * {@link #OPENED_AT}; {@code (edited)} sets {@link Attribute#EDITED}. A time is exact
 * ({@code 2025-03-17 13:15}) or relative, kept as written ({@code 3 days ago}). The dialect is
 * The first words of event lines are data, {@code github.vocabulary} beside this class. The dialect is
 * found with {@link java.util.ServiceLoader} (this module {@code provides} it), so
 * {@code DumpParser} picks it for such a text with no configuration, and its
 * {@link GithubWriter} writes a discussion back.
 *
 * <p>Written only against the exported API of thread-parser and thread-model: it is the
 * example of the README's "Write a dialect".
 */
public final class GithubDialect implements Dialect {
  /** The dialect's name. */
  public static final String NAME = "github";

  /** Who opened the issue: the handle, without {@code @}. */
  public static final Attribute<String> OPENED_BY = Attribute.text("openedBy");

  /**
   * When the issue was opened: an exact time as ISO-8601 ({@code 2025-03-17T09:02}), a relative
   * one as written ({@code 3 days ago}).
   */
  public static final Attribute<String> OPENED_AT = Attribute.text("openedAt");

  /** The event words of {@code github.vocabulary}, beside this class. */
  static final Vocabulary DEFAULT = Vocabulary.read(GithubDialect.class.getResourceAsStream("github.vocabulary"), "github.vocabulary");

  private final Vocabulary words;
  private final GithubLines lines;

  /** Creates the dialect with its own vocabulary, for {@link java.util.ServiceLoader}. */
  public GithubDialect() {
    this(DEFAULT);
  }

  /**
   * Creates the dialect with other words, to read event lines its vocabulary does not know:
   * {@code new GithubDialect(GithubDialect.vocabulary().plus(Vocabulary.parse("phrase event Deployed")))}.
   *
   * @param words the vocabulary; its {@code phrase event WORD} entries are the first words of
   *     event lines
   */
  public GithubDialect(Vocabulary words) {
    this.words = words;
    this.lines = new GithubLines(words);
  }

  /**
   * Returns the dialect's own vocabulary, to extend.
   *
   * @return the words of {@code github.vocabulary}
   */
  public static Vocabulary vocabulary() {
    return DEFAULT;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "GitHub issue exports: '_Comment by @user on 2025-03-17 13:15_' headers, event lines as boilerplate";
  }

  /** Scores the header lines (and, less, the event lines) among the first lines. */
  @Override
  public int detect(Sample sample) {
    int headers = 0;
    int events = 0;
    for (Line line : sample.lines()) {
      int from = line.contentStart();
      if (from != line.start() || line.charAt(from) != '_') {
        continue; // cheap: most lines are text
      }
      if (GithubLines.header(line.input(), from, line.end()) != null) {
        headers++;
      } else if (lines.isEvent(line.input(), from, line.end())) {
        events++;
      }
    }
    return headers == 0 ? 0 : Math.min(100, 40 + 20 * headers + 5 * events);
  }

  @Override
  public DialectReader newReader() {
    return new GithubReader(lines);
  }

  @Override
  public Optional<DialectWriter> writer() {
    return Optional.of(new GithubWriter(words));
  }
}
