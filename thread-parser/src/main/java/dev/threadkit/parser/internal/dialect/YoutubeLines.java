package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.internal.LineCursor;
import dev.threadkit.parser.spi.Counts;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.RelativeTimes;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Recognises the lines of the {@code youtube} dialect, with the words of a {@link Vocabulary}; hand-written scans. */
final class YoutubeLines {
  /** The characters of a count as {@link Counts#parse} reads it, besides digits: a text with any other is no count. */
  private static final String COUNT_CHARACTERS = "0123456789,.KkMmBb";

  /** The longest handle or name line of a header. */
  private static final int MAX_NAME = 100;

  private final List<String> countPhrases;
  private final List<String> agoWords;
  private final List<String> editedWords;
  private final CopiedText.OneOf replyWords;
  private final List<String> repliesWords;
  private final List<String> repliesLeads;
  /** Whether a replies lead starts with a digit: then a line that does may still have one. */
  private final boolean digitLead;
  private final List<String> pinnedPhrases;
  private final CopiedText.OneOf heartedPhrases;
  private final CopiedText.OneOf morePhrases;
  private final CopiedText.OneOf boilerplatePhrases;
  private final CopiedText.OneOf endPhrases;
  private final CopiedText.OneOf boxPhrases;
  private final List<String> sortPhrases;
  private final List<String> viewsWords;
  private final List<String> sidebarPhrases;
  /** The last characters of the ago and edited words, for {@link #age}'s first test, as a {@link #mask}. */
  private final long ageEnds;
  /** The first characters of the pinned phrases, for {@link #pinned}'s first test, as a {@link #mask}. */
  private final long pinnedStarts;
  /** The last characters of the replies words, for {@link #replies}'s first test, as a {@link #mask}. */
  private final long repliesEnds;
  /** The first characters of the sort phrases, for {@link #isBoilerplate}'s first test, as a {@link #mask}. */
  private final long sortStarts;
  /** The first characters of the sidebar phrases, for {@link #isViews}'s first test, as a {@link #mask}. */
  private final long sidebarStarts;
  /** The lengths of the reply, hearted, more and ends phrases as a bit set, as {@link CopiedText.OneOf} keeps them. */
  private final long actionLengths;
  /** The length of the longest reply or hearted phrase. */
  private final int longestAction;

  YoutubeLines(Vocabulary words) {
    this.countPhrases = words.phrases("count");
    this.agoWords = words.phrases("ago");
    this.editedWords = words.phrases("edited");
    this.replyWords = new CopiedText.OneOf(words.phrases("reply"));
    this.repliesWords = words.phrases("replies");
    this.repliesLeads = words.phrases("replies-lead");
    this.digitLead = repliesLeads.stream().anyMatch(lead -> !lead.isEmpty() && Scan.isDigit(lead.charAt(0)));
    this.pinnedPhrases = words.phrases("pinned");
    this.heartedPhrases = new CopiedText.OneOf(words.phrases("hearted"));
    this.morePhrases = new CopiedText.OneOf(words.phrases("more"));
    this.boilerplatePhrases = new CopiedText.OneOf(words.phrases("boilerplate"));
    this.endPhrases = new CopiedText.OneOf(words.phrases("ends"));
    this.boxPhrases = new CopiedText.OneOf(words.phrases("box"));
    this.sortPhrases = words.phrases("sort");
    this.viewsWords = words.phrases("views");
    this.sidebarPhrases = words.phrases("sidebar");
    this.ageEnds = mask(agoWords, true) | mask(editedWords, true);
    this.pinnedStarts = mask(pinnedPhrases, false);
    this.repliesEnds = mask(repliesWords, true);
    this.sortStarts = mask(sortPhrases, false);
    this.sidebarStarts = mask(sidebarPhrases, false);
    long bits = 0;
    for (String category : List.of("reply", "hearted", "more", "ends")) {
      for (String phrase : words.phrases(category)) {
        bits |= 1L << Math.min(phrase.length(), 63);
      }
    }
    this.actionLengths = bits;
    int longest = 0;
    for (String category : List.of("reply", "hearted")) {
      for (String phrase : words.phrases(category)) {
        longest = Math.max(longest, phrase.length());
      }
    }
    this.longestAction = longest;
  }

  /**
   * Tells whether the line may be one of a comment's action lines ({@link #isReply},
   * {@link #likes}, {@link #isHearted}, {@link #isMore}, {@link #endsComment}): false for most
   * body lines, by their length and first character only.
   */
  boolean mayBeAction(Line line) {
    int from = line.contentStart();
    int end = line.end();
    return from < end && Scan.isDigit(line.input().charAt(from)) || (actionLengths & 1L << Math.min(end - from, 63)) != 0;
  }

  /** {@link #mayBeAction} of a line whose {@link #likes} are known: a digit-first line that is no count ("1. Item") is one only by its length. */
  boolean mayBeAction(Line line, long likes) {
    return likes >= 0 || (actionLengths & 1L << Math.min(line.end() - line.contentStart(), 63)) != 0;
  }

  /**
   * The first (or with {@code last} the last) characters of the phrases as a bit set by their
   * low six bits, a necessary condition a test of one character can turn most text away with:
   * see {@link #mayHave}. All bits when a phrase is empty (then every text starts with it).
   */
  private static long mask(List<String> phrases, boolean last) {
    long bits = 0;
    for (String phrase : phrases) {
      if (phrase.isEmpty()) {
        return -1L;
      }
      bits |= 1L << phrase.charAt(last ? phrase.length() - 1 : 0);
    }
    return bits;
  }

  /** Whether a character may be one of those {@link #mask} made the bits of (a shift takes its low six bits only). */
  private static boolean mayHave(long mask, char c) {
    return (mask & 1L << c) != 0;
  }

  /**
   * A comment header: the author on {@code nameLine}, the age on {@code ageLine} (the same line
   * for the one-line form {@code @handle 4 years ago}); offsets in the input.
   */
  record Header(Line nameLine, int nameStart, int nameEnd, Line ageLine, int ageStart, Age age) {
    /** The last line of the header. */
    Line last() {
      return ageLine;
    }

    /** Where the age ends in the input, its edited mark left out. */
    int ageEnd() {
      return ageStart + age.length;
    }
  }

  /**
   * A text read as an age: the age is its first {@code length} characters (an edited mark left
   * out), and {@code time} it as a comment's time, one object for every comment that shows it
   * (where {@code relativeTime} would look at its characters again for each comment);
   * {@code age} is false (and {@code time} null) when the text is no age. Kept for the next text that is the same:
   * pages write few distinct ages, and the short lines a two-line header test peeks at repeat.
   */
  record Age(String written, int hash, boolean age, int length, boolean edited, boolean known, CommentTime time) {}

  /** Ages read, by the low bits of their text's hash; immutable entries, so readers in several threads may share them. */
  private final Age[] ages = new Age[256];

  /**
   * Reads a header starting at the line: {@code @handle AGE ago [(edited)]} on one line, or a
   * handle on its own line and the age on the next; with {@code names}, a name without
   * {@code @} on its own line is a handle too when the next line is an age the relative-time
   * reader knows. Null for any other line.
   */
  Header header(Line line, boolean names) {
    return header(line, names, null, NOT_PEEKED);
  }

  /**
   * {@link #header(Line, boolean)}, reading the line after this one, when the test needs it,
   * on {@code cursor} (a cursor over the input, moved to it) or as {@code after} says:
   * {@link #contentOf} that line, or {@link #NOT_PEEKED} to look in the input.
   */
  Header header(Line line, boolean names, LineCursor cursor, long after) {
    return header(line, names, cursor, after, -1);
  }

  /**
   * {@link #header(Line, boolean, LineCursor, long)} with what the caller knows of the line:
   * {@code action} is 1 when it is {@link #isReply} or starts with a digit and is
   * {@link #likes} or {@link #replies}, 0 when not, -1 when not known.
   */
  Header header(Line line, boolean names, LineCursor cursor, long after, int action) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (end - from > MAX_NAME + 40) {
      return null;
    }
    int space = text.charAt(from) == '@' ? Scan.wordEnd(text, from, end) : from;
    boolean at = space - from >= 2;
    if (at && space < end) {
      int ageStart = Scan.skipSpaces(text, space, end);
      Age age = age(text, ageStart, end);
      return age == null ? null : new Header(line, from, space, line, ageStart, age);
    }
    if (!at && !(names && end - from <= MAX_NAME)) {
      return null;
    }
    if (!at && (action < 0 ? isReply(line) || Scan.isDigit(text.charAt(from)) && (likes(line) >= 0 || replies(line) >= 0)
        : action > 0)) {
      return null; // no name (see isName): an action line, which most short lines are, needs no look at the next line
    }
    // The cheap necessary condition first: the line right after this one (no blank line
    // between) is an age. Found in the input in place, without a look-ahead line.
    long peek;
    if (after != NOT_PEEKED) {
      peek = after;
    } else if (cursor == null) {
      peek = nextContent(text, end);
    } else {
      int next = nextLineStart(text, end);
      if (next == NO_LINE) {
        peek = NONE; // not moved over blank lines, which the core then reads again
      } else if (!at && next >= 0 && !mayStartKnownAge(text, next)) {
        return null; // a name needs an age the reader knows on the next line: told by its first characters
      } else {
        peek = !cursor.from(line) ? UNKNOWN : contentOf(cursor.advance() ? cursor : null);
      }
    }
    if (peek == NONE) {
      return null;
    }
    Age peeked = null;
    if (peek != UNKNOWN) {
      peeked = age(text, (int) (peek >>> 32), (int) peek);
      if (peeked == null || !at && !peeked.known) {
        return null;
      }
    }
    if (!at && !isName(line)) {
      return null;
    }
    Optional<Line> next = line.next();
    if (next.isEmpty() || next.get().blanksBefore() > 0) {
      return null;
    }
    Line ageLine = next.get();
    Age age = peeked != null && (int) (peek >>> 32) == ageLine.contentStart() && (int) peek == ageLine.end()
        ? peeked : age(text, ageLine.contentStart(), ageLine.end());
    if (age == null || !at && !age.known) {
      return null;
    }
    return new Header(line, from, end, ageLine, ageLine.contentStart(), age);
  }

  /**
   * A necessary condition for {@link #header(Line, boolean, LineCursor, long, int)} of the line
   * {@code text[from, end)}, from its first character and length only: an {@code @handle} line,
   * or with {@code names} a line short enough for a name that is no action line.
   */
  boolean mayBeHeader(String text, int from, int end, boolean names, boolean action) {
    int length = end - from;
    return length <= MAX_NAME + 40 && (text.charAt(from) == '@' || names && !action && length <= MAX_NAME);
  }

  /** {@link #nextContent}: no line follows right after (the input ends, or a blank line comes first). */
  private static final long NONE = -1;
  /** {@link #nextContent}: the line does not end at a line break, so the input cannot tell; ask {@link Line#next()}. */
  private static final long UNKNOWN = -2;
  /** {@link #header(Line, boolean, LineCursor, long)}: the line after has not been read. */
  static final long NOT_PEEKED = -3;

  /**
   * What {@link #nextContent} gives for the line before {@code next}, the line {@link Line#next()}
   * gives for it (null at the end): its content, or {@link #NONE} when a blank line comes first.
   */
  static long contentOf(Line next) {
    return next == null || next.blanksBefore() > 0 ? NONE : (long) next.contentStart() << 32 | next.end();
  }

  /** {@link #follows}: the input ends, or a blank line comes first. */
  static final int FOLLOWS_NONE = 0;
  /** {@link #follows}: a non-blank line comes right after. */
  static final int FOLLOWS_LINE = 1;
  /** {@link #follows}: {@code end} is not followed by a line break, so the input cannot tell. */
  static final int FOLLOWS_UNKNOWN = 2;

  /**
   * Tells what comes right after the line that ends at {@code end}, as {@link Line#next()} and
   * its {@link Line#blanksBefore()} would say, from the characters up to the next line's first
   * only: {@link #FOLLOWS_NONE}, {@link #FOLLOWS_LINE} or {@link #FOLLOWS_UNKNOWN}.
   */
  static int follows(String text, int end) {
    int first = nextLineStart(text, end);
    return first == NO_LINE ? FOLLOWS_NONE : first == NO_BREAK ? FOLLOWS_UNKNOWN : FOLLOWS_LINE;
  }

  /** {@link #nextLineStart}: the input ends, or a blank line comes first. */
  private static final int NO_LINE = -1;
  /** {@link #nextLineStart}: {@code end} is not followed by a line break. */
  private static final int NO_BREAK = -2;

  /**
   * The first character, past spaces and tabs, of the line right after the one that ends at
   * {@code end}: {@link #NO_LINE} or {@link #NO_BREAK} when there is none.
   */
  private static int nextLineStart(String text, int end) {
    int length = text.length();
    int i = end;
    char c = 0;
    while (i < length && ((c = text.charAt(i)) == ' ' || c == '\t')) {
      i++;
    }
    if (i >= length) {
      return NO_LINE;
    }
    if (c == '\r') {
      i = i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    } else if (c == '\n') {
      i++;
    } else {
      return NO_BREAK;
    }
    while (i < length && ((c = text.charAt(i)) == ' ' || c == '\t')) {
      i++;
    }
    return i >= length || c == '\n' || c == '\r' ? NO_LINE : i;
  }

  /**
   * Finds the content of the line right after the one that ends at {@code end} (trailing
   * spaces and tabs left out), as {@link Line#next()} would, without creating a line.
   *
   * @return the content's start in the high and its end in the low 32 bits; {@link #NONE} when
   *     the input ends or a blank line comes first; {@link #UNKNOWN} when {@code end} is not
   *     followed by a line break
   */
  private static long nextContent(String text, int end) {
    int start = nextLineStart(text, end);
    if (start < 0) {
      return start == NO_LINE ? NONE : UNKNOWN;
    }
    int length = text.length();
    int i = start;
    char c;
    while (i < length && (c = text.charAt(i)) != '\n' && c != '\r') {
      i++;
    }
    while (i > start && ((c = text.charAt(i - 1)) == ' ' || c == '\t')) {
      i--;
    }
    return (long) start << 32 | i;
  }

  /**
   * A necessary condition for {@link CopiedText#knownAge} of a line whose content starts at
   * {@code first}, from its first word only, which is what the relative-time reader reads first:
   * a known age is a {@code now} phrase, a relative day ({@code Yesterday, 15:35}) or a count and
   * a unit before an ago word, the count digits and a space or a {@code one} phrase ({@code a day
   * ago}). So a like count ({@code 12}), a numbered item ({@code 2. Item}) or a line of a
   * comment's text ({@code Partners radar ok.}) is turned away before the line is read to its end.
   */
  static boolean mayStartKnownAge(String text, int first) {
    char c = text.charAt(first);
    switch (c < STARTS.length ? STARTS[c] : start(c)) {
      case START_NO:
        return false;
      case START_WORD:
        return startsKnownWord(text, first);
      case START_COUNT: {
        int i = first + 1;
        int length = text.length();
        while (i < length && Scan.isDigit(text.charAt(i))) {
          i++;
        }
        return i < length && text.charAt(i) == ' ';
      }
      default:
        return true;
    }
  }

  // What a line's first character says of it being a known age, for mayStartKnownAge.
  private static final byte START_NO = 0;
  private static final byte START_YES = 1;
  /** Maybe: its word has to be a relative day or a {@code now} or {@code one} phrase's first word. */
  private static final byte START_WORD = 2;
  /** Maybe: its digits have to be followed by a space. */
  private static final byte START_COUNT = 3;

  /** What a line that starts with {@code c} may be: one of the {@code START_} values. */
  private static byte start(char c) {
    if (Scan.isDigit(c)) {
      return OTHER_START ? START_YES : START_COUNT;
    }
    if (!Character.isLetter(c)) {
      // the reader strips white space first
      return OTHER_START || Character.isWhitespace(c) || Character.isSurrogate(c) ? START_YES : START_NO;
    }
    return TIMES.startsRelativeDay(c) || mayStartWord(c) ? START_WORD : START_NO;
  }

  /**
   * Whether a {@link #START_WORDS} word may start with {@code c} as the reader compares them
   * ({@code equalsIgnoreCase}, or equal in lower case).
   */
  private static boolean mayStartWord(char c) {
    return START_FOLDED.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0
        || START_LOWER.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /** Whether the letters at {@code first} are a relative day or a {@link #START_WORDS} word, in any letter case. */
  private static boolean startsKnownWord(String text, int first) {
    int length = text.length();
    int word = first + 1;
    while (word < length && Character.isLetter(text.charAt(word))) {
      word++;
    }
    if (TIMES.relativeDay(text, first, word) >= 0) {
      return true;
    }
    int wordLength = word - first;
    for (String start : START_WORDS) {
      if (start.length() == wordLength && text.regionMatches(true, first, start, 0, wordLength)) {
        return true;
      }
    }
    for (int i = first; i < word; i++) {
      if (text.charAt(i) == '\u0130') {
        return true; // lower case makes such a word longer: compared as the reader compares, it may still match
      }
    }
    return false;
  }

  /** A name line of the two-line form without {@code @}: no furniture, count or action line. */
  private boolean isName(Line line) {
    return !isReply(line) && likes(line) < 0 && replies(line) < 0 && !isViews(line) && !isBoilerplate(line) && !isBox(line)
        && !isMore(line) && !isHearted(line) && countLine(line) < 0;
  }

  /** Reads {@code AGE ago [(edited)]} as all of {@code [from, end)}; null for other text. */
  private Age age(String text, int from, int end) {
    // Cheap necessary condition: past 20 characters (what the relative-time reader may know
    // without an ago word), an age ends with the last character of an ago or edited word.
    if (end - from > 20 && !mayHave(ageEnds, text.charAt(end - 1))) {
      return null;
    }
    int hash = 0;
    for (int i = from; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ hash >>> 8) & (ages.length - 1);
    Age age = ages[slot];
    if (age == null || age.hash != hash || age.written.length() != end - from || !text.startsWith(age.written, from)) {
      age = read(text.substring(from, end), hash);
      ages[slot] = age;
    }
    return age.age ? age : null;
  }

  /** Reads a text as {@link #age} does, the first time it comes. */
  private Age read(String written, int hash) {
    int end = written.length();
    boolean edited = false;
    int ageEnd = end;
    int mark = Scan.endingPhrase(written, 0, end, editedWords);
    if (mark > 0) {
      edited = true;
      ageEnd = Scan.trimEnd(written, 0, mark);
    }
    boolean mayBeKnown = mayBeKnownAge(written, 0, ageEnd);
    if (!mayBeKnown && ageEnd <= 20 && Scan.endingPhrase(written, 0, ageEnd, agoWords) <= 0) {
      // What isAge says of a short text without an ago word that the relative-time reader
      // cannot understand (most short lines the header test peeks at), without asking it.
      return new Age(written, hash, false, 0, false, false, null);
    }
    if (!CopiedText.isAge(written, 0, ageEnd, agoWords)) {
      return new Age(written, hash, false, 0, false, false, null);
    }
    String age = ageEnd == end ? written : written.substring(0, ageEnd);
    return new Age(written, hash, true, ageEnd, edited, mayBeKnown && CopiedText.knownAge(age), CommentTime.relative(age));
  }

  /** The words {@link RelativeTimes#standard()} reads, which {@link CopiedText#knownAge(String)} asks. */
  private static final Vocabulary TIMES =
      Vocabulary.resource(RelativeTimes.class, "/dev/threadkit/parser/internal/relative-time.vocabulary");
  private static final List<String> TIMES_AGO = TIMES.phrases("ago");
  private static final List<String> TIMES_NOW = TIMES.phrases("now");
  /** The {@code now} and {@code one} phrases: a known age is one, or starts with one ({@code a day ago}). */
  private static final List<String> NOW_AND_ONE =
      Stream.of("now", "one").flatMap(c -> TIMES.phrases(c).stream()).toList();
  /**
   * Whether a {@code now} or {@code one} phrase starts with no letter: then {@link
   * #mayStartKnownAge} says yes to every line that starts with a digit or another character.
   */
  private static final boolean OTHER_START = NOW_AND_ONE.stream()
      .anyMatch(phrase -> phrase.isEmpty() || !Character.isLetter(phrase.charAt(0)));
  /**
   * The first words (their letters up to the first other character) of the {@code now} and
   * {@code one} phrases: the text the reader compares with them, in any letter case, starts with one.
   */
  private static final String[] START_WORDS = NOW_AND_ONE.stream()
      .filter(phrase -> !phrase.isEmpty() && Character.isLetter(phrase.charAt(0)))
      .map(phrase -> {
        int end = 1;
        while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
          end++;
        }
        return phrase.substring(0, end);
      })
      .distinct().toArray(String[]::new);
  private static final String START_FOLDED = Stream.of(START_WORDS)
      .map(word -> String.valueOf(Character.toLowerCase(Character.toUpperCase(word.charAt(0))))).distinct()
      .collect(Collectors.joining());
  private static final String START_LOWER = Stream.of(START_WORDS)
      .map(word -> String.valueOf(Character.toLowerCase(word.charAt(0)))).distinct().collect(Collectors.joining());
  /** {@link #start(char)} of the characters of Latin and Cyrillic text, looked up. */
  private static final byte[] STARTS = new byte[0x500];

  static {
    for (int c = 0; c < STARTS.length; c++) {
      STARTS[c] = start((char) c);
    }
  }
  private static final List<String> TIMES_NOW_LOWER = TIMES_NOW.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();

  /**
   * A necessary condition for {@link RelativeTimes#understands} of {@code text[from, end)}: the
   * stripped text is one of the {@code now} phrases in any letter case, ends with a space and
   * an {@code ago} word, or starts with a relative day ({@code Yesterday}): the three forms
   * {@link RelativeTimes#resolve} reads, tested as it tests them. Most text is none of them,
   * which this tells in place, where asking the reader costs Strings and case-insensitive
   * comparisons.
   */
  static boolean mayBeKnownAge(String text, int from, int end) {
    int start = from;
    int stop = end;
    while (start < stop && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
      stop--;
    }
    if (mayBeNow(text, start, stop)) {
      return true;
    }
    for (int k = 0, kEnd = TIMES_AGO.size(); k < kEnd; k++) {
      String ago = TIMES_AGO.get(k);
      int at = stop - ago.length();
      if (at > start && text.charAt(at - 1) == ' ' && text.startsWith(ago, at)) {
        return true;
      }
    }
    int word = start;
    while (word < stop && Character.isLetter(text.charAt(word))) {
      word++;
    }
    return word > start && TIMES.relativeDay(text, start, word) >= 0;
  }

  /**
   * Whether the stripped {@code text[start, stop)} is a {@code now} phrase as RelativeTimes
   * compares them, ignoring case either way; a String is made only for a text of a phrase's
   * length (lower case makes no text longer but one with a dotted capital I or a surrogate).
   */
  private static boolean mayBeNow(String text, int start, int stop) {
    int length = stop - start;
    boolean longer = false;
    for (int i = start; i < stop && !longer; i++) {
      char c = text.charAt(i);
      longer = c == '\u0130' || Character.isSurrogate(c);
    }
    for (int k = 0, kEnd = TIMES_NOW.size(); k < kEnd; k++) {
      String now = TIMES_NOW.get(k);
      String lower = TIMES_NOW_LOWER.get(k);
      if (length == now.length() || length == lower.length() || longer) {
        String stripped = text.substring(start, stop);
        if (stripped.equalsIgnoreCase(now) || stripped.toLowerCase(Locale.ROOT).equals(lower)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The like count of a line that holds only a count ({@code 10K}, {@code 4}), or -1. */
  long likes(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (from >= end || !Scan.isDigit(text.charAt(from))) {
      return -1; // a count starts with a digit: most lines are turned away here
    }
    long value = 0;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (!Scan.isDigit(c) || i - from == 15) {
        // 10K, 1,234, 1.2K, or more digits than it reads; with any other character anywhere ("1. Item") no count
        for (int k = i; k < end; k++) {
          if (!isCountCharacter(text.charAt(k))) {
            return -1;
          }
        }
        return Counts.parse(text, from, end);
      }
      value = value * 10 + (c - '0');
    }
    return value; // digits only, as most like counts are: what Counts.parse reads, without its general steps
  }

  /** Tells whether {@link Counts#parse} may read the character: one of {@link #COUNT_CHARACTERS}. */
  private static boolean isCountCharacter(char c) {
    return c <= 'm' && COUNT_CHARACTERS.indexOf(c) >= 0;
  }

  /**
   * Tells whether {@code Reply} is the next non-blank line after the one that ends at
   * {@code end}, or with {@code heart} a heart and then {@code Reply}: what {@link #isHearted}
   * and {@link #isReply} say of the lines {@link Line#next()} gives, read in place: a line
   * longer than every phrase is no phrase, and is not read to its end.
   */
  boolean replyFollows(String text, int end, boolean heart) {
    int from = nextNonBlank(text, end);
    int to = from < 0 ? -1 : phraseEnd(text, from);
    if (to < 0) {
      return false;
    }
    if (heart && heartedPhrases.test(text, from, to)) {
      from = nextNonBlank(text, to);
      to = from < 0 ? -1 : phraseEnd(text, from);
      if (to < 0) {
        return false;
      }
    }
    return replyWords.test(text, from, to);
  }

  /** The content start of the first non-blank line after {@code end}, or -1 at the end of the input. */
  private static int nextNonBlank(String text, int end) {
    for (int i = end, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /** Where the content of the line starting at {@code from} ends, or -1 when it is longer than every reply and hearted phrase. */
  private int phraseEnd(String text, int from) {
    int end = from;
    for (int i = from, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c != ' ' && c != '\t') {
        if (i - from >= longestAction) {
          return -1;
        }
        end = i + 1;
      }
    }
    return end;
  }

  /** Tells whether the line is the action line {@code Reply}. */
  boolean isReply(Line line) {
    return replyWords.test(line);
  }

  /** The count of a {@code 161 replies} line (or {@code 1 reply}, {@code View 12 replies}), or -1. */
  long replies(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (from >= end || !mayHave(repliesEnds, text.charAt(end - 1))) {
      return -1; // the line ends with a replies word: most lines are turned away by their last character
    }
    if (digitLead || !Scan.isDigit(text.charAt(from))) {
      for (int k = 0, kEnd = repliesLeads.size(); k < kEnd; k++) {
        String lead = repliesLeads.get(k);
        if (text.startsWith(lead, from) && from + lead.length() < end && text.charAt(from + lead.length()) == ' ') {
          from = Scan.skipSpaces(text, from + lead.length(), end);
          break;
        }
      }
      if (from >= end || !Scan.isDigit(text.charAt(from))) {
        return -1; // a count starts with a digit (what Counts.parse says, sooner)
      }
    }
    int space = Scan.wordEnd(text, from, end);
    long count = Counts.parse(text, from, space);
    if (count < 0 || space == end) {
      return -1;
    }
    int word = Scan.skipSpaces(text, space, end);
    for (int k = 0, kEnd = repliesWords.size(); k < kEnd; k++) {
      String replies = repliesWords.get(k);
      if (end - word == replies.length() && text.startsWith(replies, word)) {
        return count;
      }
    }
    return -1;
  }

  /** Where the channel's name starts on a {@code Pinned by @channel} line ({@code end()} when it names none), or -1. */
  int pinned(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (from >= text.length() || !mayHave(pinnedStarts, text.charAt(from))) {
      return -1; // no phrase starts with the line's first character
    }
    for (int k = 0, kEnd = pinnedPhrases.size(); k < kEnd; k++) {
      String phrase = pinnedPhrases.get(k);
      int after = from + phrase.length();
      if (text.startsWith(phrase, from) && (after == end || text.charAt(after) == ' ')) {
        return Scan.skipSpaces(text, after, end);
      }
    }
    return -1;
  }

  /** Tells whether the line is the creator's heart. */
  boolean isHearted(Line line) {
    return heartedPhrases.test(line);
  }

  /** Tells whether the line is a link that expands or shortens a long body, {@code Read more}. */
  boolean isMore(Line line) {
    return morePhrases.test(line);
  }

  /**
   * Tells whether the line is page furniture: one of the {@code boilerplate} phrases exactly,
   * or starting with a {@code sort} phrase and a space ({@code Sort by Top comments}).
   */
  boolean isBoilerplate(Line line) {
    if (boilerplatePhrases.test(line)) {
      return true;
    }
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (from < end && !mayHave(sortStarts, text.charAt(from))) {
      return false; // no sort phrase starts with the line's first character
    }
    return Scan.phraseEnd(text, from, end, sortPhrases) >= 0;
  }

  /**
   * Tells whether the line marks a sidebar or player entry before the comments: a view count
   * ({@code 54K views}, {@code 45K views 3 years ago}) or a sidebar phrase ({@code Sponsored}).
   */
  boolean isViews(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    // By the first character: a sidebar phrase's, or a digit (a count starts with one, as Counts reads it).
    char first = from < end ? text.charAt(from) : 0;
    for (int k = 0, kEnd = from < end && !mayHave(sidebarStarts, first) ? 0 : sidebarPhrases.size(); k < kEnd; k++) {
      String phrase = sidebarPhrases.get(k);
      if (text.startsWith(phrase, from)
          && (from + phrase.length() == end || !Character.isLetterOrDigit(text.charAt(from + phrase.length())))) {
        return true;
      }
    }
    return (from >= end || Scan.isDigit(first)) && CopiedText.countBefore(text, from, end, viewsWords) >= 0;
  }

  /** Tells whether the line is the comment box ({@code Add a comment…}), right above the comments. */
  boolean isBox(Line line) {
    return boxPhrases.test(line);
  }

  /** Tells whether the line is furniture that ends an open comment ({@code Show more replies}): one of the phrases exactly. */
  boolean endsComment(Line line) {
    return endPhrases.test(line);
  }

  /** The count of a count line ({@code 8,591 Comments}, with {@code Sort by} after it or not), or -1. */
  int countLine(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (from < end && !Scan.isDigit(text.charAt(from))) {
      return -1; // a count starts with a digit, as Counts reads it: most lines are turned away here
    }
    long count = CopiedText.countBefore(text, from, end, countPhrases);
    return count > Integer.MAX_VALUE ? -1 : (int) count;
  }
}
