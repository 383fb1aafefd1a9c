package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Counts;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.RelativeTimes;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/** Recognises the lines of the {@code youtube} dialect, with the words of a {@link Vocabulary}; hand-written scans. */
final class YoutubeLines {
  /** The longest handle or name line of a header. */
  private static final int MAX_NAME = 100;

  private final List<String> countPhrases;
  private final List<String> agoWords;
  private final List<String> editedWords;
  private final List<String> replyWords;
  private final List<String> repliesWords;
  private final List<String> repliesLeads;
  private final List<String> pinnedPhrases;
  private final List<String> heartedPhrases;
  private final List<String> morePhrases;
  private final List<String> boilerplatePhrases;
  private final List<String> endPhrases;
  private final List<String> boxPhrases;
  private final List<String> sortPhrases;
  private final List<String> viewsWords;
  private final List<String> sidebarPhrases;
  private final RelativeTimes times;
  /** Ages already judged: pages repeat a few dozen of them ("9 months ago"), and judging one is costly. */
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  YoutubeLines(Vocabulary words) {
    this.countPhrases = words.phrases("count");
    this.agoWords = words.phrases("ago");
    this.editedWords = words.phrases("edited");
    this.replyWords = words.phrases("reply");
    this.repliesWords = words.phrases("replies");
    this.repliesLeads = words.phrases("replies-lead");
    this.pinnedPhrases = words.phrases("pinned");
    this.heartedPhrases = words.phrases("hearted");
    this.morePhrases = words.phrases("more");
    this.boilerplatePhrases = words.phrases("boilerplate");
    this.endPhrases = words.phrases("ends");
    this.boxPhrases = words.phrases("box");
    this.sortPhrases = words.phrases("sort");
    this.viewsWords = words.phrases("views");
    this.sidebarPhrases = words.phrases("sidebar");
    this.times = RelativeTimes.standard();
  }

  /**
   * A comment header: the author on {@code nameLine}, the age on {@code ageLine} (the same line
   * for the one-line form {@code @handle 4 years ago}); offsets in the input.
   */
  record Header(Line nameLine, int nameStart, int nameEnd, Line ageLine, int ageStart, int ageEnd, boolean edited,
      boolean ageKnown) {
    /** The last line of the header. */
    Line last() {
      return ageLine;
    }
  }

  /** An age with its edited mark: {@code [ageStart, ageEnd)}, or null. */
  private record Age(int start, int end, boolean edited, boolean known) {}

  /**
   * Reads a header starting at the line: {@code @handle AGE ago [(edited)]} on one line, or a
   * handle on its own line and the age on the next; with {@code names}, a name without
   * {@code @} on its own line is a handle too when the next line is an age the relative-time
   * reader knows. Null for any other line.
   */
  Header header(Line line, boolean names) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    if (end - from > MAX_NAME + 40) {
      return null;
    }
    int space = from;
    while (space < end && text.charAt(space) != ' ') {
      space++;
    }
    boolean at = text.charAt(from) == '@' && space - from >= 2;
    if (at && space < end) {
      Age age = age(text, Scan.skipSpaces(text, space, end), end);
      return age == null ? null : new Header(line, from, space, line, age.start, age.end, age.edited, age.known);
    }
    if (!at && !(names && end - from <= MAX_NAME && isName(line))) {
      return null;
    }
    Optional<Line> next = line.next();
    if (next.isEmpty() || next.get().blanksBefore() > 0) {
      return null;
    }
    Line ageLine = next.get();
    Age age = age(text, ageLine.contentStart(), ageLine.end());
    if (age == null || !at && !age.known) {
      return null;
    }
    return new Header(line, from, end, ageLine, age.start, age.end, age.edited, age.known);
  }

  /** A name line of the two-line form without {@code @}: no furniture, count or action line. */
  private boolean isName(Line line) {
    return !isReply(line) && likes(line) < 0 && replies(line) < 0 && !isViews(line) && !isBoilerplate(line) && !isBox(line)
        && !isMore(line) && !isHearted(line) && countLine(line) < 0;
  }

  /** Reads {@code AGE ago [(edited)]} as all of {@code [from, end)}; null for other text. */
  private Age age(String text, int from, int end) {
    boolean edited = false;
    int ageEnd = end;
    int mark = suffix(text, from, end, editedWords);
    if (mark > from) {
      edited = true;
      ageEnd = Scan.trimEnd(text, from, mark);
    }
    int ago = suffix(text, from, ageEnd, agoWords);
    if (ago <= from) {
      return ageEnd - from <= 20 && understands(text.substring(from, ageEnd))
          ? new Age(from, ageEnd, edited, true) : null;
    }
    int words = 1;
    for (int i = from; i < ago; i++) {
      if (text.charAt(i) == ' ' && text.charAt(i + 1) != ' ') {
        words++;
      }
    }
    if (words < 3 || words > 4 || Character.isWhitespace(text.charAt(from))) {
      return null;
    }
    return new Age(from, ageEnd, edited, understands(text.substring(from, ageEnd)));
  }

  /** Tells whether the relative-time reader understands an age, remembering the answer for the first few thousand ages. */
  private boolean understands(String age) {
    Boolean cached = known.get(age);
    if (cached == null) {
      cached = times.understands(age);
      if (known.size() < 4096) {
        known.put(age, cached);
      }
    }
    return cached;
  }

  /** Where one of the words starts at the end of {@code [from, end)}, as a whole word; -1 when none ends it. */
  private static int suffix(String text, int from, int end, List<String> words) {
    for (int k = 0, kEnd = words.size(); k < kEnd; k++) {
      String word = words.get(k);
      int at = end - word.length();
      if (at >= from && text.startsWith(word, at) && (at == from || text.charAt(at - 1) == ' ')) {
        return at;
      }
    }
    return -1;
  }

  /** The like count of a line that holds only a count ({@code 10K}, {@code 4}), or -1. */
  long likes(Line line) {
    return Counts.parse(line.input(), line.contentStart(), line.end());
  }

  /** Tells whether the line is the action line {@code Reply}. */
  boolean isReply(Line line) {
    return isOneOf(line, replyWords);
  }

  /** The count of a {@code 161 replies} line (or {@code 1 reply}, {@code View 12 replies}), or -1. */
  long replies(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    for (int k = 0, kEnd = repliesLeads.size(); k < kEnd; k++) {
      String lead = repliesLeads.get(k);
      if (text.startsWith(lead, from) && from + lead.length() < end && text.charAt(from + lead.length()) == ' ') {
        from = Scan.skipSpaces(text, from + lead.length(), end);
        break;
      }
    }
    int space = from;
    while (space < end && text.charAt(space) != ' ') {
      space++;
    }
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
    return isOneOf(line, heartedPhrases);
  }

  /** Tells whether the line is a link that expands or shortens a long body, {@code Read more}. */
  boolean isMore(Line line) {
    return isOneOf(line, morePhrases);
  }

  /**
   * Tells whether the line is page furniture: one of the {@code boilerplate} phrases exactly,
   * or starting with a {@code sort} phrase and a space ({@code Sort by Top comments}).
   */
  boolean isBoilerplate(Line line) {
    if (isOneOf(line, boilerplatePhrases)) {
      return true;
    }
    String text = line.input();
    int from = line.contentStart();
    for (int k = 0, kEnd = sortPhrases.size(); k < kEnd; k++) {
      String phrase = sortPhrases.get(k);
      int after = from + phrase.length();
      if (text.startsWith(phrase, from) && (after == line.end() || text.charAt(after) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the line marks a sidebar or player entry before the comments: a view count
   * ({@code 54K views}, {@code 45K views 3 years ago}) or a sidebar phrase ({@code Sponsored}).
   */
  boolean isViews(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    for (int k = 0, kEnd = sidebarPhrases.size(); k < kEnd; k++) {
      String phrase = sidebarPhrases.get(k);
      if (text.startsWith(phrase, from)
          && (from + phrase.length() == end || !Character.isLetterOrDigit(text.charAt(from + phrase.length())))) {
        return true;
      }
    }
    int space = from;
    while (space < end && text.charAt(space) != ' ') {
      space++;
    }
    if (space == end || Counts.parse(text, from, space) < 0) {
      return false;
    }
    int word = space + 1;
    for (int k = 0, kEnd = viewsWords.size(); k < kEnd; k++) {
      String views = viewsWords.get(k);
      int after = word + views.length();
      if (text.startsWith(views, word) && (after == end || text.charAt(after) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the line is the comment box ({@code Add a comment…}), right above the comments. */
  boolean isBox(Line line) {
    for (int k = 0, kEnd = boxPhrases.size(); k < kEnd; k++) {
      String phrase = boxPhrases.get(k);
      if (line.is(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the line is furniture that ends an open comment ({@code Show more replies}): one of the phrases exactly. */
  boolean endsComment(Line line) {
    for (int k = 0, kEnd = endPhrases.size(); k < kEnd; k++) {
      String phrase = endPhrases.get(k);
      if (line.is(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The count of a count line ({@code 8,591 Comments}, with {@code Sort by} after it or not), or -1. */
  int countLine(Line line) {
    String text = line.input();
    int from = line.contentStart();
    int end = line.end();
    int space = from;
    while (space < end && text.charAt(space) != ' ') {
      space++;
    }
    long count = Counts.parse(text, from, space);
    if (count < 0 || count > Integer.MAX_VALUE || space == end) {
      return -1;
    }
    int word = space + 1;
    for (int k = 0, kEnd = countPhrases.size(); k < kEnd; k++) {
      String phrase = countPhrases.get(k);
      int after = word + phrase.length();
      if (text.startsWith(phrase, word) && (after == end || text.charAt(after) == ' ')) {
        return (int) count;
      }
    }
    return -1;
  }

  // The word lists are walked by index, here and above: these run on every line, and an
  // Iterator a call was a third of all bytes a parse of this dialect allocated (JFR, BENCHMARKS.md).
  private static boolean isOneOf(Line line, List<String> words) {
    for (int k = 0, kEnd = words.size(); k < kEnd; k++) {
      String word = words.get(k);
      if (line.is(word)) {
        return true;
      }
    }
    return false;
  }
}
