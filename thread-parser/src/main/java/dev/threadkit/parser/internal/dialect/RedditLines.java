package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recognises the lines of the {@code reddit} dialect with the words of a {@link Vocabulary}:
 * old.reddit headers ({@code [–]user TAGS 12 points 3 hours ago (2 children)}) and action lines
 * ({@code permalink embed save report reply}), {@code load more comments (3 replies)} and
 * {@code continue this thread}; new reddit's {@code level N}, user, {@code · 3 yr. ago} and
 * action lines ({@code Reply Share Report Save Follow}); mirror headers ({@code u/name Aug 09 '23}).
 * Hand-written scans over {@code [from, end)}.
 */
final class RedditLines {
  private final Vocabulary words;
  private final String ago;
  private final String spaceAgo; // " ago", made once
  private final List<String> points;
  private final List<String> scoreHidden;
  private final List<String> children;
  private final List<String> deletedUser;
  private final List<String> deletedBody;
  private final List<String> actionFirst;
  private final String actionFirstChars; // the first character of each action-first word, to skip other lines at once
  private final List<String> actions;
  private final List<String> parent;
  private final List<String> loadMore;
  private final List<String> continueThread;
  private final List<String> level;
  private final List<String> dot;
  private final List<String> edited;
  private final List<String> newActions;
  private final List<String> countLead;
  private final List<String> comments;
  private final List<String> boilerplateStarts;
  // the word lists the per-line checks walk, as arrays for the first-character test of words()
  private final String[] actionFirstWords;
  private final char[][] pointChars;
  private final char[][] childChars;
  private final char[][] deletedUserChars;
  private final char[][] scoreHiddenChars;
  private final String[] actionWords;
  private final String[] parentWords;
  private final String[] newActionWords;
  private final String[] newActionFirstWord;
  private final int[][] actionFirstFirsts;
  private final int[][] actionFirsts;
  private final int[][] parentFirsts;
  private final int[][] newActionFirsts;
  private final int[][] newActionFirstFirsts;
  // Which characters can start the lines each check looks for: most lines start with another
  // one, and are turned away by their first character.
  private final Starts deletedUserStarts;
  private final Starts scoreHiddenStarts;
  private final Starts loadMoreStarts;
  private final Starts continueStarts;
  private final Starts levelStarts;
  private final Starts dotStarts;
  private final Starts actionFirstStarts;
  private final Starts parentStarts;
  private final Starts newActionFirstStarts;
  // The first characters of the lines that end a comment's text: headers, level lines, load
  // more, continue, action lines; see plainText.
  private final Starts textEnds;
  private final CopiedText.OneOf deletedBodies;
  // Ages as written, with what they mean: pages write few distinct ones, and each header has one.
  // Shared by the readers of all threads: each slot holds an immutable Age, so a reader sees a
  // whole one or an older one, never a part.
  private final Age[] ages = new Age[512];
  /**
   * The longest age or tail the shared tables keep: the words of a real one are short, and a
   * table the dialect keeps for all its parses must not hold on to a long line of one input.
   */
  private static final int MAX_SHARED = 64;
  private final Tail[] tails = new Tail[1024]; // see Tail

  RedditLines(Vocabulary words) {
    this.words = words;
    List<String> agoWords = words.phrases("ago");
    this.ago = agoWords.isEmpty() ? "ago" : agoWords.get(0);
    this.spaceAgo = " " + ago;
    this.points = words.phrases("points");
    this.scoreHidden = words.phrases("score-hidden");
    this.children = words.phrases("children");
    this.deletedUser = words.phrases("deleted-user");
    this.deletedBody = words.phrases("deleted-body");
    this.actionFirst = words.phrases("action-first");
    StringBuilder firstChars = new StringBuilder();
    for (String w : actionFirst) {
      if (!w.isEmpty()) {
        firstChars.append(w.charAt(0));
      }
    }
    this.actionFirstChars = firstChars.toString();
    this.actions = words.phrases("action");
    this.parent = words.phrases("parent");
    this.loadMore = words.phrases("load-more");
    this.continueThread = words.phrases("continue");
    this.level = words.phrases("level");
    this.dot = words.phrases("dot");
    this.edited = words.phrases("edited");
    this.newActions = words.phrases("new-action");
    this.countLead = words.phrases("count-lead");
    this.comments = words.phrases("comments");
    this.boilerplateStarts = words.phrases("boilerplate-start");
    this.actionFirstWords = actionFirst.toArray(new String[0]);
    this.pointChars = chars(points);
    this.childChars = chars(children);
    this.deletedUserChars = chars(deletedUser);
    this.scoreHiddenChars = chars(scoreHidden);
    this.actionWords = actions.toArray(new String[0]);
    this.parentWords = parent.toArray(new String[0]);
    this.newActionWords = newActions.toArray(new String[0]);
    this.newActionFirstWord = newActions.isEmpty() ? new String[0] : new String[] {newActions.get(0)};
    this.actionFirstFirsts = firsts(actionFirstWords);
    this.actionFirsts = firsts(actionWords);
    this.parentFirsts = firsts(parentWords);
    this.newActionFirsts = firsts(newActionWords);
    this.newActionFirstFirsts = firsts(newActionFirstWord);
    this.deletedUserStarts = new Starts(deletedUser);
    this.scoreHiddenStarts = new Starts(scoreHidden);
    this.loadMoreStarts = new Starts(loadMore);
    this.continueStarts = new Starts(continueThread);
    this.levelStarts = new Starts(level);
    this.dotStarts = new Starts(dot);
    this.actionFirstStarts = new Starts(actionFirst);
    this.parentStarts = new Starts(parent);
    this.newActionFirstStarts = new Starts(List.of(newActionFirstWord));
    this.deletedBodies = new CopiedText.OneOf(deletedBody);
    List<String> ends = new ArrayList<>(List.of("["));
    for (List<String> phrases : List.of(deletedUser, loadMore, continueThread, level, actionFirst, List.of(newActionFirstWord))) {
      ends.addAll(phrases);
    }
    this.textEnds = new Starts(ends);
  }

  /**
   * Tells whether {@code text[from, end)}, a non-blank line, can only be a line of a comment's
   * text: it is no old.reddit header, {@link #level}, {@link #userDotEnd}, {@link #mirrorDate},
   * {@link #loadMore}, {@link #isContinue}, {@link #isOldAction} or {@link #newAction} line. Most
   * lines are told by their first character and the one after their first space: see
   * {@link #mayBeUserHeader}; a count before an action word ends at a space. False where unsure.
   *
   * @param space the first space at or after {@code from}, or any offset from {@code end} on when the line holds none
   */
  boolean plainText(String text, int from, int end, int space) {
    char c = text.charAt(from);
    if (textEnds.may(c) || c == 'u' && from + 1 < end && text.charAt(from + 1) == '/') { // u/: a mirror header
      return false;
    }
    return space >= end || !dotStarts.at(text, space + 1, end)
        && !(Scan.isDigit(c) && newActionFirstStarts.at(text, space + 1, end));
  }

  /**
   * Tells whether {@code text[from, end)} may be a new reddit header with a user first
   * ({@link #userDotEnd}, {@link #mirrorDate}): false when it is none. A user name holds no
   * space, so the one after it is the line's first: a dot must follow it, unless the line starts
   * with a deleted user (which may hold one) or {@code u/} (a mirror header's date follows it).
   *
   * @param space the first space at or after {@code from}, or any offset from {@code end} on when the line holds none
   */
  boolean mayBeUserHeader(String text, int from, int end, int space) {
    if (from >= end) {
      return true;
    }
    char c = text.charAt(from);
    return space < end && dotStarts.at(text, space + 1, end) || deletedUserStarts.may(c)
        || c == 'u' && from + 1 < end && text.charAt(from + 1) == '/';
  }

  /** The characters some phrases start with: a text starting with another one starts with none of them. */
  private static final class Starts {
    private final boolean[] ascii = new boolean[128];
    private final String others; // the first characters beyond ASCII
    private final boolean any; // an empty phrase starts every text

    Starts(List<String> phrases) {
      StringBuilder others = new StringBuilder();
      boolean any = false;
      for (String phrase : phrases) {
        if (phrase.isEmpty()) {
          any = true;
        } else if (phrase.charAt(0) < 128) {
          ascii[phrase.charAt(0)] = true;
        } else {
          others.append(phrase.charAt(0));
        }
      }
      this.others = others.toString();
      this.any = any;
    }

    /** Tells whether one of the phrases may start with {@code c}. */
    boolean may(char c) {
      return c < 128 ? ascii[c] || any : any || !others.isEmpty() && others.indexOf(c) >= 0;
    }

    /** Tells whether one of the phrases may start {@code text[at, end)}. */
    boolean at(String text, int at, int end) {
      return at < end ? may(text.charAt(at)) : any;
    }
  }

  /** The word after an age with a space before it ({@code " ago"}): every header but a mirror's holds it. */
  String spaceAgo() {
    return spaceAgo;
  }

  /** Tells whether the sample holds one of the dots a new reddit age starts with ({@code ·}). */
  boolean anyDot(Sample sample) {
    for (int k = 0, n = dot.size(); k < n; k++) {
      if (sample.contains(dot.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What an old.reddit header says; offsets index the input, -1 where absent. A reader fills
   * the same ones again for each header.
   */
  static final class OldHeader {
    boolean collapsed;
    int userStart;
    int userEnd;
    boolean deletedUser;
    int tagsStart;
    int tagsEnd;
    long score;
    boolean hasScore;
    boolean scoreHidden;
    int ageStart;
    int ageEnd;
    int unitStart;
    boolean ageKnown;
    Age age; // text[ageStart, ageEnd)
    boolean edited;
    int children;
    boolean cut;
    private char[] line = new char[0]; // the header, copied to be read
    private int copied;

    OldHeader() {
      reset();
    }

    /** Copies {@code text[from, to)} to the start of the buffer. */
    private char[] copy(String text, int from, int to) {
      if (line.length < to - from) {
        line = new char[Math.max(to - from, Math.max(128, 2 * line.length))];
      }
      text.getChars(from, to, line, 0);
      copied = to - from;
      return line;
    }

    private OldHeader reset() {
      collapsed = false;
      deletedUser = false;
      tagsStart = -1;
      tagsEnd = -1;
      score = 0;
      hasScore = false;
      scoreHidden = false;
      ageStart = -1;
      ageEnd = -1;
      unitStart = -1;
      ageKnown = false;
      age = null;
      edited = false;
      children = -1;
      cut = false;
      return this;
    }
  }

  /** An age as written ({@code 3 hours ago}) and whether the parser's words resolve it. */
  static final class Age {
    final char[] chars;
    final boolean known;
    private final CommentTime time;

    Age(String written) {
      this.chars = written.toCharArray();
      this.known = CopiedText.knownAge(written);
      this.time = CommentTime.relative(written);
    }

    /**
     * The age as a time, one object for every comment of every thread that shows it: where
     * {@link dev.threadkit.parser.spi.CommentHeader#relativeTime} would look at its characters
     * again for each comment, to keep them as offsets.
     */
    CommentTime time() {
      return time;
    }
  }

  /** The age {@code b[from, to)}, a copy of {@code text} from {@code at}: made the first time it is seen. */
  private Age age(char[] b, int from, int to, String text, int at) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + b[i];
    }
    int slot = (hash ^ hash >>> 9) & ages.length - 1;
    Age age = ages[slot];
    if (age == null || !Arrays.equals(b, from, to, age.chars, 0, age.chars.length)) {
      age = new Age(text.substring(at + from, at + to));
      if (to - from <= MAX_SHARED) {
        ages[slot] = age;
      }
    }
    return age;
  }

  /**
   * Reads an old.reddit header from {@code text[from, end)}.
   *
   * @param relaxed accept a header cut short after its user (the last line of a copy)
   * @return what it says, or null when the text is none
   */
  OldHeader oldHeader(String text, int from, int end, boolean relaxed) {
    return end - from < 4 || text.charAt(from) != '[' ? null : oldHeader(text, from, end, relaxed, new OldHeader());
  }

  /**
   * {@link #oldHeader(String, int, int, boolean)}, filling {@code into}. The line is read from a
   * copy in {@code into}'s buffer: {@code String.charAt} on a UTF-16 input checks its coding at
   * every character. Offsets are in the line ({@code k}) until stored ({@code from + k}).
   */
  OldHeader oldHeader(String text, int from, int end, boolean relaxed, OldHeader into) {
    if (end - from < 4 || text.charAt(from) != '[' || text.charAt(from + 2) != ']') {
      return null;
    }
    char toggle = text.charAt(from + 1);
    if (toggle != '\u2013' && toggle != '-' && toggle != '+' && toggle != '\u2014') {
      return null;
    }
    OldHeader h = into.reset();
    int n = end - from;
    // with what follows the line, as far as the age word and " (" after it may reach
    char[] b = h.copy(text, from, Math.min(text.length(), end + ago.length() + 2));
    int m = h.copied;
    h.collapsed = toggle == '+';
    int i = 3;
    h.userStart = from + i;
    int deleted = deletedUserStarts.at(text, from + i, end) ? startsWithAny(b, i, n, deletedUserChars) : -1;
    if (deleted >= 0) {
      h.deletedUser = true;
      i += deleted;
    } else {
      while (i < n && HnLines.isUserChar(b[i])) {
        i++;
      }
      if (i == 3 || i - 3 > 30) {
        return null;
      }
    }
    h.userEnd = from + i;
    if (i < n && b[i] != ' ') {
      return null;
    }
    // the score: the first " N point(s) " or " [score hidden] " after the user; tags before it
    int scoreAt = -1;
    int afterScore = -1;
    for (int q = i; q < n && q < i + 120; q = indexOf(b, ' ', q + 1, m)) {
      if (q < 0) {
        break;
      }
      int s = q + 1;
      int hidden = scoreHiddenStarts.at(text, from + s, end) ? startsWithAny(b, s, n, scoreHiddenChars) : -1;
      if (hidden >= 0) {
        scoreAt = q;
        afterScore = s + hidden;
        h.scoreHidden = true;
        break;
      }
      int d = s < n && b[s] == '-' ? s + 1 : s;
      int digits = digitsEnd(b, d, Math.min(n, d + 9));
      if (digits > d && digits < n && b[digits] == ' ') {
        int w = phraseEnd(b, digits + 1, n, pointChars);
        if (w > 0) {
          scoreAt = q;
          afterScore = w;
          h.hasScore = true;
          h.score = number(b, d, digits) * (d > s ? -1L : 1L);
          break;
        }
      }
    }
    if (scoreAt < 0) {
      if (!relaxed) {
        return null;
      }
      h.cut = true;
      return h;
    }
    if (scoreAt > i) {
      h.tagsStart = from + i + 1;
      h.tagsEnd = from + scoreAt;
    }
    Tail known = tail(b, afterScore, n);
    if (known != null) {
      h.ageStart = from + afterScore + known.ageStart;
      h.unitStart = from + afterScore + known.unitStart;
      h.ageEnd = from + afterScore + known.ageEnd;
      h.age = known.age;
      h.ageKnown = known.age.known;
      h.edited = known.edited;
      h.children = known.children;
      return h;
    }
    // the age: COUNT UNIT ago, with '*' when edited
    int ageStart = afterScore + 1;
    int countEnd = ageStart < n ? indexOf(b, ' ', ageStart, m) : -1;
    int unitEnd = countEnd < 0 || countEnd >= n ? -1 : indexOf(b, ' ', countEnd + 1, m);
    if (afterScore >= n || b[afterScore] != ' ' || unitEnd < 0 || unitEnd >= n || !startsWith(b, m, unitEnd + 1, ago)) {
      if (!relaxed) {
        return null;
      }
      h.cut = true;
      return h;
    }
    int ageEnd = unitEnd + 1 + ago.length();
    h.ageStart = from + ageStart;
    h.unitStart = from + countEnd + 1;
    h.ageEnd = from + ageEnd;
    h.age = age(b, ageStart, ageEnd, text, from);
    h.ageKnown = h.age.known;
    i = ageEnd;
    if (i < n && b[i] == '*') {
      h.edited = true;
      i++;
    }
    if (i == n) {
      if (relaxed) {
        h.cut = true; // a full header writes its child count
      }
      return h;
    }
    if (startsWith(b, m, i, " (") && b[n - 1] == ')') {
      int d = digitsEnd(b, i + 2, Math.min(n, i + 11));
      if (d > i + 2 && d < n && b[d] == ' ' && phraseEnd(b, d + 1, n - 1, childChars) == n - 1) {
        h.children = number(b, i + 2, d);
        if (n - afterScore <= MAX_SHARED) {
          tails[tailSlot(b, afterScore, n)] = new Tail(Arrays.copyOfRange(b, afterScore, n), ageStart - afterScore,
              countEnd + 1 - afterScore, ageEnd - afterScore, h.age, h.edited, h.children);
        }
        return h;
      }
    }
    if (relaxed) {
      h.cut = true;
      return h;
    }
    return null;
  }

  /**
   * What a header says after its score ({@code " 3 hours ago (2 children)"}, read by
   * {@link #oldHeader}): offsets from the tail's start. A page's headers repeat few tails (the
   * benchmark's 1M dump: 2,111 headers, 38 tails), and a tail seen before is compared, not read
   * again; its reading looks at no character past it, so the same tail always reads the same.
   */
  private record Tail(char[] chars, int ageStart, int unitStart, int ageEnd, Age age, boolean edited, int children) {}

  /** The tail {@code b[from, to)} when it was read before, or null. */
  private Tail tail(char[] b, int from, int to) {
    Tail tail = tails[tailSlot(b, from, to)];
    return tail != null && tail.chars.length == to - from && Arrays.equals(b, from, to, tail.chars, 0, to - from) ? tail : null;
  }

  /**
   * The slot of the tail {@code b[from, to)} in {@link #tails}: by its length and a few
   * characters, each its own multiple, not a chain of them: the count's first ones, where the
   * ages differ, and the last ones, where the child counts do.
   */
  private int tailSlot(char[] b, int from, int to) {
    int hash = (to - from) * 0x9E3779B1;
    if (to - from >= 12) {
      hash += b[from + 1] * 0x85EBCA77 + b[from + 2] * 0xC2B2AE3D + b[from + 3] * 0x27D4EB2F + b[to - 10] * 0x165667B1
          + b[to - 11] * 0x61C88647 + b[to - 12] * 0x7FEB352D;
    }
    return (hash ^ hash >>> 15) & tails.length - 1;
  }

  /** The first {@code c} in {@code b[from, to)}, or -1. */
  private static int indexOf(char[] b, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code b[at, to)} starts with {@code word}. */
  private static boolean startsWith(char[] b, int to, int at, String word) {
    if (at < 0 || at + word.length() > to) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (b[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The length of the first of {@code phrases} that {@code b[from, end)} starts with, or -1. */
  private static int startsWithAny(char[] b, int from, int end, char[][] phrases) {
    for (char[] phrase : phrases) {
      if (end - from >= phrase.length && Arrays.equals(b, from, from + phrase.length, phrase, 0, phrase.length)) {
        return phrase.length;
      }
    }
    return -1;
  }

  /** {@link Scan#phraseEnd} over a char array. */
  private static int phraseEnd(char[] b, int from, int to, char[][] phrases) {
    int best = -1;
    for (char[] phrase : phrases) {
      int after = from + phrase.length;
      if (after <= to && Arrays.equals(b, from, after, phrase, 0, phrase.length) && (after == to || b[after] == ' ')) {
        best = Math.max(best, after);
      }
    }
    return best;
  }

  private static int digitsEnd(char[] b, int from, int to) {
    int i = from;
    while (i < to && Scan.isDigit(b[i])) {
      i++;
    }
    return i;
  }

  private static int number(char[] b, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  private static char[][] chars(List<String> phrases) {
    char[][] all = new char[phrases.size()][];
    for (int k = 0; k < all.length; k++) {
      all[k] = phrases.get(k).toCharArray();
    }
    return all;
  }

  /** Tells whether the line is old.reddit's action line. */
  boolean isOldAction(Line line) {
    return isOldAction(line.input(), line.contentStart(), line.end());
  }

  /** Tells whether {@code text[from, end)} is old.reddit's action line. */
  boolean isOldAction(String text, int from, int end) {
    return actionFirstStarts.at(text, from, end) && words(text, from, end, actionFirstWords, actionFirstFirsts) >= 0
        && allWords(text, from, end, actionWords, actionFirsts);
  }

  /**
   * The old.reddit action lines read lately, by their text, shared by the readers of all
   * threads: a copy repeats two or three of them ({@code permalink embed save [parent] report
   * reply}) after every comment, and a line the same as one read before is told by comparing it,
   * not by reading its words again. Each slot holds an immutable {@link ActionLine}, so a reader
   * sees a whole one or an older one.
   */
  private final ActionLine[] actionLines = new ActionLine[4];
  private int nextActionLine; // the slot the next new one takes; a race only costs a lookup

  /** An action line as written, and whether it shows the word only replies show. */
  private record ActionLine(char[] chars, boolean reply) {}

  /** What one reader needs to compare a line with {@link #actionLines}: a copy of the line. */
  static final class Actions {
    private final RedditLines lines;
    // The line being compared, copied: String.getChars and Arrays.equals compare many
    // characters at a time, where regionMatches on a UTF-16 input compares byte by byte (7x slower).
    private char[] line = new char[64];

    Actions(RedditLines lines) {
      this.lines = lines;
    }

    /**
     * Reads the line {@code text[from, end)}: -1 when it is no action line, else 1 when it holds
     * the word only replies show ({@link #actionSaysReply(Line)}), 0 when not.
     */
    int read(String text, int from, int end) {
      if (!lines.actionFirstStarts.at(text, from, end)) {
        return -1;
      }
      int length = end - from;
      boolean copied = false;
      ActionLine[] known = lines.actionLines;
      for (int k = 0; k < known.length; k++) {
        ActionLine action = known[k];
        if (action != null && action.chars.length == length) {
          if (!copied) {
            if (line.length < length) {
              line = new char[Math.max(length, 2 * line.length)];
            }
            text.getChars(from, end, line, 0);
            copied = true;
          }
          if (Arrays.equals(line, 0, length, action.chars, 0, length)) {
            return action.reply ? 1 : 0;
          }
        }
      }
      if (!lines.isOldAction(text, from, end)) {
        return -1;
      }
      boolean reply = lines.actionSaysReply(text, from, end);
      int slot = lines.nextActionLine;
      known[slot] = new ActionLine(text.substring(from, end).toCharArray(), reply);
      lines.nextActionLine = (slot + 1) % known.length;
      return reply ? 1 : 0;
    }
  }

  /** Tells whether an old.reddit action line holds the word that only replies show. */
  boolean actionSaysReply(Line line) {
    return actionSaysReply(line.input(), line.contentStart(), line.end());
  }

  /** {@link #actionSaysReply(Line)} for the line {@code text[from, end)}. */
  boolean actionSaysReply(String text, int from, int end) {
    for (int i = from; i < end; i = nextWord(text, i, end)) {
      if (parentStarts.may(text.charAt(i)) && words(text, i, end, parentWords, parentFirsts) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the action line of the comment whose header ends at {@code from}, scanning the input
   * in place up to the next header, and tells whether it shows the word only replies show.
   *
   * @param text the whole input
   * @param from the end of the header line
   * @param maxLines how many lines to look at, at most
   * @param carriageReturns whether the input holds a {@code \r} (lines are then found one character at a time)
   * @return whether the action line marks a reply, or null when the comment has none
   */
  Boolean replyByAction(String text, int from, int maxLines, boolean carriageReturns) {
    int length = text.length();
    int pos = from;
    for (int n = 0; n < maxLines && pos < length; n++) {
      int lineEnd;
      if (carriageReturns) {
        lineEnd = pos;
        while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
          lineEnd++;
        }
      } else {
        lineEnd = text.indexOf('\n', pos);
        if (lineEnd < 0) {
          lineEnd = length;
        }
      }
      if (n > 0) {
        int content = pos;
        while (content < lineEnd && (text.charAt(content) == ' ' || text.charAt(content) == '\t')) {
          content++;
        }
        // only a line starting with an action word or '[' (a header) can stop the scan
        char first = content < lineEnd ? text.charAt(content) : ' ';
        if (first == '[' || actionFirstChars.indexOf(first) >= 0) {
          int end = Scan.trimEnd(text, content, lineEnd);
          if (isOldAction(text, content, end)) {
            return actionSaysReply(text, content, end);
          }
          if (oldHeader(text, content, end, false) != null) {
            return null;
          }
        }
      }
      pos = lineEnd + 1;
    }
    return null;
  }

  /** The N of {@code load more comments (N replies)}, 0 when it gives none, or -1 for another line. */
  int loadMore(Line line) {
    return loadMore(line.input(), line.contentStart(), line.end());
  }

  /** {@link #loadMore(Line)} for the line {@code text[from, end)}. */
  int loadMore(String text, int from, int end) {
    String phrase = loadMoreStarts.at(text, from, end) ? CopiedText.startsWithAny(text, from, end, loadMore) : null;
    if (phrase == null) {
      return -1;
    }
    int open = text.indexOf('(', from + phrase.length());
    if (open < 0 || open >= end) {
      return 0;
    }
    int d = Scan.digitsEnd(text, open + 1, Math.min(end, open + 10));
    return d > open + 1 ? Scan.number(text, open + 1, d) : 0;
  }

  /** Tells whether the line is {@code continue this thread}. */
  boolean isContinue(Line line) {
    return isContinue(line.input(), line.contentStart(), line.end());
  }

  /** {@link #isContinue(Line)} for the line {@code text[from, end)}. */
  boolean isContinue(String text, int from, int end) {
    return continueStarts.at(text, from, end) && CopiedText.startsWithAny(text, from, end, continueThread) != null;
  }

  /** The N of a {@code level N} line, or -1. */
  int level(Line line) {
    return level(line.input(), line.contentStart(), line.end());
  }

  /** {@link #level(Line)} for the line {@code text[from, end)}. */
  int level(String text, int from, int end) {
    if (!levelStarts.at(text, from, end)) {
      return -1;
    }
    for (int k = 0, kEnd = level.size(); k < kEnd; k++) {
      String word = level.get(k);
      int at = from + word.length();
      if (text.startsWith(word, from) && at < end && text.charAt(at) == ' ') {
        int d = Scan.digitsEnd(text, at + 1, Math.min(end, at + 4));
        if (d == end && d > at + 1) {
          return Scan.number(text, at + 1, d);
        }
      }
    }
    return -1;
  }

  /** A new-reddit age: {@code · 3 yr. ago} or {@code · 3 yr. ago · edited 2 yr. ago}; offsets, or null. */
  int[] dotAge(String text, int from, int end) {
    String d = CopiedText.startsWithAny(text, from, end, dot);
    if (d == null || from + d.length() >= end || text.charAt(from + d.length()) != ' ') {
      return null;
    }
    int ageStart = from + d.length() + 1;
    int ageEnd = text.indexOf(spaceAgo, ageStart);
    if (ageEnd < 0 || ageEnd + 1 + ago.length() > end || ageEnd - ageStart > 25) {
      return null;
    }
    ageEnd += 1 + ago.length();
    boolean editedMark = false;
    if (ageEnd < end) {
      int rest = Scan.skipSpaces(text, ageEnd, end);
      String d2 = CopiedText.startsWithAny(text, rest, end, dot);
      if (d2 == null) {
        return null;
      }
      rest = Scan.skipSpaces(text, rest + d2.length(), end);
      editedMark = CopiedText.startsWithAny(text, rest, end, edited) != null;
      if (!editedMark) {
        return null;
      }
    }
    return new int[] {ageStart, ageEnd, editedMark ? 1 : 0};
  }

  /** Where the user of a new-reddit one-line header {@code user · 3 yr. ago} ends, or -1. */
  int userDotEnd(Line line) {
    return userDotEnd(line.input(), line.contentStart(), line.end());
  }

  /** {@link #userDotEnd(Line)} for the line {@code text[from, end)}. */
  int userDotEnd(String text, int from, int end) {
    int u = userEnd(text, from, end);
    if (u < 0 || u >= end || text.charAt(u) != ' ' || !dotStarts.at(text, u + 1, end) || dotAge(text, u + 1, end) == null) {
      return -1;
    }
    return u;
  }

  /** Where a user name at {@code from} ends ({@code name}, {@code u/name} or {@code [deleted]}), or -1. */
  int userEnd(String text, int from, int end) {
    String deleted = deletedUserStarts.at(text, from, end) ? CopiedText.startsWithAny(text, from, end, deletedUser) : null;
    if (deleted != null) {
      return from + deleted.length();
    }
    int i = text.startsWith("u/", from) ? from + 2 : from;
    int start = i;
    while (i < end && HnLines.isUserChar(text.charAt(i))) {
      i++;
    }
    return i == start || i - start > 30 ? -1 : i;
  }

  /** Tells whether the line is only a user name. */
  boolean isUserLine(Line line) {
    return userEnd(line.input(), line.contentStart(), line.end()) == line.end();
  }

  /** Tells whether {@code text[from, to)} names a deleted account. */
  boolean isDeletedUser(String text, int from, int to) {
    for (int k = 0, kEnd = deletedUser.size(); k < kEnd; k++) {
      String word = deletedUser.get(k);
      if (to - from == word.length() && text.startsWith(word, from)) {
        return true;
      }
    }
    return false;
  }

  /** A mirror header {@code u/name Aug 09 '23}: the offset where its date starts, or -1. */
  int mirrorDate(Line line) {
    return mirrorDate(line.input(), line.contentStart(), line.end());
  }

  /** {@link #mirrorDate(Line)} for the line {@code text[from, end)}. */
  int mirrorDate(String text, int from, int end) {
    if (!text.startsWith("u/", from)) {
      return -1;
    }
    int u = userEnd(text, from, end);
    if (u < 0 || end - u != 11 || text.charAt(u) != ' ') {
      return -1;
    }
    int m = u + 1;
    if (words.month(text, m, m + 3) == 0 || text.charAt(m + 3) != ' ' || Scan.digitsEnd(text, m + 4, m + 6) != m + 6
        || text.charAt(m + 6) != ' ' || text.charAt(m + 7) != '\'' || Scan.digitsEnd(text, m + 8, end) != end) {
      return -1;
    }
    return m;
  }

  /**
   * A new-reddit action line, with an optional vote count first ({@code 41}, {@code 1.2k}): the
   * count, 0 without one, or -1 for another line.
   */
  long newAction(Line line) {
    return newAction(line.input(), line.contentStart(), line.end());
  }

  /** {@link #newAction(Line)} for the line {@code text[from, end)}. */
  long newAction(String text, int from, int end) {
    // a count starts with a digit, else the first new-action word starts the line
    if (from < end && !Scan.isDigit(text.charAt(from)) && !newActionFirstStarts.may(text.charAt(from))) {
      return -1;
    }
    int space = text.indexOf(' ', from);
    long score = 0;
    int i = from;
    if (space > from && space < end) {
      long count = CopiedText.count(text, from, space);
      if (count >= 0) {
        score = count;
        i = space + 1;
      }
    }
    if (words(text, i, end, newActionFirstWord, newActionFirstFirsts) < 0) {
      return -1;
    }
    return allWords(text, i, end, newActionWords, newActionFirsts) ? score : -1;
  }

  /** The count of a count line ({@code all 3 comments}, {@code 8 comments}), or -1. */
  int countLine(Line line) {
    String text = line.input();
    int i = line.contentStart();
    int end = line.end();
    int lead = Scan.phraseEnd(text, i, end, countLead);
    if (lead > 0 && lead < end) {
      i = lead + 1;
    }
    int count = CopiedText.plainCountEnd(text, i, end);
    if (count < 0) {
      return -1;
    }
    int value = CopiedText.plainCount(text, i, count);
    i = count;
    int w = Scan.phraseEnd(text, i + 1, end, comments);
    if (w < 0) {
      return -1;
    }
    return w == end || allWords(text, w + 1, end, actionWords, actionFirsts) ? value : -1;
  }

  /** Tells whether the line is site furniture. */
  boolean isBoilerplate(Line line) {
    return CopiedText.startsWithAny(line.input(), line.contentStart(), line.end(), boilerplateStarts) != null;
  }

  /** Tells whether the line is a body the site removed ({@code [deleted]}, {@code [removed]}). */
  boolean isDeletedBody(Line line) {
    return deletedBodies.test(line);
  }

  /** Tells whether every word of {@code text[from, end)} is one of {@code words} (which may hold spaces). */
  private static boolean allWords(String text, int from, int end, String[] words, int[][] firsts) {
    int i = skipSpaces(text, from, end);
    if (i >= end) {
      return false;
    }
    while (i < end) {
      int w = words(text, i, end, words, firsts);
      if (w < 0) {
        return false;
      }
      i = skipSpaces(text, w, end);
    }
    return true;
  }

  /**
   * {@link Scan#phraseEnd} over an array: where the longest of {@code phrases} that starts at
   * {@code from} as whole words ends, or -1; only the phrases {@code firsts} lists for the
   * character at {@code from} are compared (see {@link #firsts}).
   */
  private static int words(String text, int from, int to, String[] phrases, int[][] firsts) {
    char first = from < to ? text.charAt(from) : '\uFFFF';
    int[] candidates = firsts[first < 128 ? first : 128];
    int best = -1;
    for (int k : candidates) {
      String phrase = phrases[k];
      int after = from + phrase.length();
      if (after <= to && text.startsWith(phrase, from) && (after == to || text.charAt(after) == ' ')) {
        best = Math.max(best, after);
      }
    }
    return best;
  }

  /**
   * For each ASCII character, the indices of the phrases that can start with it (their first
   * character, or empty); at 128, all of them, for any other character. The action lines are
   * matched word by word against some twenty phrases: this compares only the one or two that
   * can match.
   */
  private static int[][] firsts(String[] phrases) {
    int[][] table = new int[129][];
    for (int c = 0; c <= 128; c++) {
      int[] indices = new int[phrases.length];
      int n = 0;
      for (int k = 0; k < phrases.length; k++) {
        if (c == 128 || phrases[k].isEmpty() || phrases[k].charAt(0) == c) {
          indices[n++] = k;
        }
      }
      table[c] = Arrays.copyOf(indices, n);
    }
    return table;
  }

  private static int nextWord(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) != ' ') {
      i++;
    }
    return skipSpaces(text, i, end);
  }

  /** {@link Scan#skipSpaces} over a String: the scans of every line call it, and {@code String.charAt} is the faster call. */
  private static int skipSpaces(String text, int from, int end) {
    while (from < end && text.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

}
