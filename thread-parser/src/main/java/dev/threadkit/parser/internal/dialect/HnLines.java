package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.Arrays;
import java.util.List;

/**
 * Recognises the lines of the {@code hn} dialect with the words of a {@link Vocabulary}:
 * comment headers ({@code USER AGE ago | LINKS [–]}, optionally led by {@code N points by}),
 * the story line ({@code N points by USER AGE ago | hide | past | favorite | N comments}), the
 * {@code reply} action line, separators and furniture. Hand-written scans over {@code [from, end)}.
 */
final class HnLines {
  /** The toggle {@code [–]} as the page writes it (an en dash). */
  static final String OPEN_TOGGLE = "[\u2013]";

  /** No toggle at the end of the header. */
  static final int TOGGLE_NONE = 0;
  /** {@code [–]} or {@code [-]}: the thread is open. */
  static final int TOGGLE_OPEN = 1;
  /** {@code [+]} or {@code [N more]}: the thread is collapsed. */
  static final int TOGGLE_COLLAPSED = 2;

  private final String ago;
  private final String spaceAgo; // " ago", made once: headers are tried on every line
  private final List<String> points;
  private final String by;
  private final String spacedBy;
  private final List<String> root;
  private final List<String> parent;
  private final List<String> prev;
  private final List<String> next;
  private final List<String> own;
  private final List<String> on;
  private final List<String> otherLinks;
  private final List<String> storyLinks;
  private final List<String> comments;
  private final List<String> reply;
  private final List<String> deleted;
  private final List<String> separators;
  private final List<String> boilerplate;
  private final List<String> boilerplateStarts;
  // The same words as tables: a line's length or a link's first characters turn most of them away.
  private final CopiedText.OneOf replyLine;
  private final CopiedText.OneOf separatorLine;
  private final CopiedText.OneOf deletedLine;
  private final List<List<String>> linksByKind;
  private final LinkWords links;
  private final String onFirsts; // the first characters of the "on:" words

  HnLines(Vocabulary words) {
    this.ago = first(words.phrases("ago"), "ago");
    this.points = words.phrases("points");
    this.by = first(words.phrases("by"), "by");
    this.spaceAgo = " " + ago;
    this.spacedBy = " " + by + " ";
    this.root = words.phrases("root");
    this.parent = words.phrases("parent");
    this.prev = words.phrases("prev");
    this.next = words.phrases("next");
    this.own = words.phrases("own");
    this.on = words.phrases("on");
    this.otherLinks = words.phrases("link");
    this.storyLinks = words.phrases("story-link");
    this.comments = words.phrases("comments");
    this.reply = words.phrases("reply");
    this.deleted = words.phrases("deleted");
    this.separators = words.phrases("separator");
    this.boilerplate = words.phrases("boilerplate");
    this.boilerplateStarts = words.phrases("boilerplate-start");
    this.replyLine = new CopiedText.OneOf(reply);
    this.separatorLine = new CopiedText.OneOf(separators);
    this.deletedLine = new CopiedText.OneOf(deleted);
    this.linksByKind = List.of(root, parent, prev, next, own, otherLinks, storyLinks);
    this.links = new LinkWords(linksByKind);
    StringBuilder firsts = new StringBuilder();
    for (int k = 0; k < on.size(); k++) {
      firsts.append(on.get(k).charAt(0)); // a vocabulary's words are never empty
    }
    this.onFirsts = firsts.toString();
  }

  /** The kinds of link word, in the order {@link LinkWords} is made with: a word of two kinds is the first. */
  private static final int ROOT = 0;
  private static final int PARENT = 1;
  private static final int PREV = 2;
  private static final int NEXT = 3;
  private static final int OWN = 4;
  private static final int OTHER = 5;
  private static final int STORY = 6;

  /** Link words by length: what a link is, in one look-up of the few words of its length. */
  private static final class LinkWords {
    private static final int MAX = 64;
    private final String[][] words = new String[MAX][];
    private final int[][] kinds = new int[MAX][];

    LinkWords(List<List<String>> byKind) {
      for (int kind = 0; kind < byKind.size(); kind++) {
        for (String word : byKind.get(kind)) {
          int n = word.length();
          if (n >= MAX || kind(word, 0, n) >= 0) {
            continue; // too long for a table (looked for in the lists), or of an earlier kind
          }
          String[] w = words[n] == null ? new String[0] : words[n];
          int[] k = kinds[n] == null ? new int[0] : kinds[n];
          words[n] = Arrays.copyOf(w, w.length + 1);
          kinds[n] = Arrays.copyOf(k, k.length + 1);
          words[n][w.length] = word;
          kinds[n][k.length] = kind;
        }
      }
    }

    /** The kind of {@code text[from, end)}, -1 when it is no link word of the table. */
    int kind(String text, int from, int end) {
      int n = end - from;
      String[] w = n < MAX ? words[n] : null;
      if (w == null) {
        return -1;
      }
      char first = text.charAt(from);
      for (int k = 0; k < w.length; k++) {
        if (w[k].charAt(0) == first && text.startsWith(w[k], from)) {
          return kinds[n][k];
        }
      }
      return -1;
    }
  }

  /** The word after an age with a space before it ({@code " ago"}): every header holds it. */
  String spaceAgo() {
    return spaceAgo;
  }

  private static String first(List<String> words, String fallback) {
    return words.isEmpty() ? fallback : words.get(0);
  }

  /** What a header line says; offsets index the input. */
  static final class Header {
    long points = -1;
    int userStart;
    int userEnd;
    int ageStart;
    int ageEnd;
    int unitStart;
    boolean ageKnown;
    String marker; // "flagged", "dead", ... after the age, or null
    boolean root;
    boolean parent;
    boolean prev;
    boolean next;
    boolean own;
    String on; // the story title after "on:", or null
    int toggle = TOGGLE_NONE;
    long more = -1; // N of [N more]
    int knownLinks;
    int storyLinks;
    int count = -1; // N of "N comments" in a story line
    int unknownLink = -1; // offset of the first link word not in the vocabulary
    boolean cut; // read with the relaxed rule: the line stops inside the header

    /** Clears what a line's marks and links set, to read another line into this header. */
    private Header clear() {
      marker = null;
      root = false;
      parent = false;
      prev = false;
      next = false;
      own = false;
      on = null;
      toggle = TOGGLE_NONE;
      more = -1;
      knownLinks = 0;
      storyLinks = 0;
      count = -1;
      unknownLink = -1;
      cut = false;
      return this;
    }

    /** Tells whether this is a story line rather than a comment header. */
    boolean isStory() {
      return toggle == TOGGLE_NONE && (storyLinks > 0 || count >= 0) && !root && !parent && !prev;
    }

    /** The depth the links imply on the page, as far as they say: 0, 1, or 2 for "2 or more". */
    int impliedDepth() {
      return !parent ? 0 : root ? 2 : 1;
    }
  }

  /**
   * Reads a comment header or story line from {@code text[from, end)}.
   *
   * @param relaxed accept a header cut short after its age (the last line of a copy)
   * @return what it says, or null when the text is neither
   */
  Header header(String text, int from, int end, boolean relaxed) {
    return header(text, from, end, relaxed, new Scratch());
  }

  /** Reads a header as {@link #header(String, int, int, boolean)} does, with what a reading keeps. */
  Header header(String text, int from, int end, boolean relaxed, Scratch scratch) {
    // Most lines are text and fail in the first three words: the Header is made after them.
    int i = from;
    long points = -1;
    int digits = i < end && Scan.isDigit(text.charAt(i)) ? Scan.digitsEnd(text, i, Math.min(end, i + 9)) : i;
    if (digits > i && digits < end && text.charAt(digits) == ' ') {
      int after = Scan.phraseEnd(text, digits + 1, end, this.points);
      if (after > 0 && text.startsWith(spacedBy, after)) {
        points = Scan.number(text, i, digits);
        i = after + by.length() + 2;
      }
    }
    scratch.aged = false;
    int userStart = i;
    while (i < end && isUserChar(text.charAt(i))) {
      i++;
    }
    if (i == userStart || i - userStart > 30 || i >= end || text.charAt(i) != ' ') {
      return null;
    }
    int userEnd = i;
    int ageStart = i + 1;
    int countEnd = spaceOrLimit(text, ageStart, Math.min(end, ageStart + 10));
    if (countEnd == ageStart || countEnd >= end || countEnd - ageStart > 9) {
      return null;
    }
    int unitStart = countEnd + 1;
    int unitEnd = spaceOrLimit(text, unitStart, Math.min(end, unitStart + 21));
    if (unitEnd == unitStart || unitEnd - unitStart > 20 || !regionIs(text, unitEnd, spaceAgo)) {
      return null;
    }
    scratch.aged = true;
    int ageEnd = unitEnd + 1 + ago.length();
    if (ageEnd < end && text.charAt(ageEnd) != ' ') {
      return null;
    }
    Header h = scratch.header.clear(); // the header of the line before is no longer used
    h.points = points;
    h.userStart = userStart;
    h.userEnd = userEnd;
    h.ageStart = ageStart;
    h.unitStart = unitStart;
    h.ageEnd = ageEnd;
    h.ageKnown = CopiedText.knownAge(text, ageStart, ageEnd);
    i = h.ageEnd;
    // marks after the age: [dead], [flagged]
    while (i + 1 < end && text.charAt(i) == ' ' && text.charAt(i + 1) == '[') {
      String mark = CopiedText.startsWithAny(text, i + 1, end, deleted);
      if (mark == null) {
        break;
      }
      h.marker = mark.substring(1, mark.length() - 1);
      i += 1 + mark.length();
    }
    int linksEnd = toggle(text, i, end, h);
    if (i < linksEnd) {
      if (!text.startsWith(" | ", i) && !(relaxed && text.startsWith(" |", i))) {
        return null;
      }
      links(text, i, linksEnd, h);
    } else if (h.toggle == TOGGLE_NONE && !relaxed) {
      return null; // "bob 5 hours ago" alone is a sentence, not a header
    }
    if (h.toggle == TOGGLE_NONE && (h.knownLinks == 0 || h.unknownLink >= 0) && !h.isStory()) {
      if (!relaxed) {
        return null;
      }
      h.cut = true;
    }
    if (!h.ageKnown && h.toggle == TOGGLE_NONE && !h.isStory() && !relaxed) {
      return null;
    }
    return h;
  }

  /**
   * The first space in {@code text[from, limit)}, or {@code limit}: a word's end. Found with
   * {@code indexOf}, which may look past the line: only a line with a space after its first word
   * gets here, so a search ends at the latest at the next such line's space, and all of them
   * together read the input once.
   */
  private static int spaceOrLimit(String text, int from, int limit) {
    int space = text.indexOf(' ', from);
    return space >= 0 && space < limit ? space : limit;
  }

  /**
   * {@code text.startsWith(word, at)} for a word of two or more characters, its second looked at
   * first: the first of {@code " ago"} is the space every word ends at.
   */
  private static boolean regionIs(String text, int at, String word) {
    int n = word.length();
    if (at < 0 || at > text.length() - n || text.charAt(at + 1) != word.charAt(1)) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (text.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the first {@code " | "} at or after {@code from} starts, if it starts at or before
   * {@code end} (it may reach past it), else {@code end}: {@code indexOf} bounded to the line.
   */
  private static int separatorOrEnd(String text, int from, int end) {
    int last = Math.min(end, text.length() - 3) + 1;
    for (int bar = from + 1; bar <= last; bar++) {
      if (text.charAt(bar) == '|' && text.charAt(bar - 1) == ' ' && text.charAt(bar + 1) == ' ') {
        return bar - 1;
      }
    }
    return end;
  }

  /**
   * What the reading of one input keeps from line to line: the one header each line is read
   * into (valid until the next line is read), and whether the line started like a header.
   */
  static final class Scratch {
    private final Header header = new Header();
    /** The last line read starts with a user and an age: only then can it be read as a cut header. */
    boolean aged;
  }

  /** Reads the toggle at the end of the line; returns where the links end. */
  private static int toggle(String text, int from, int end, Header h) {
    if (end - from >= 4 && text.charAt(end - 1) == ']' && text.charAt(end - 4) == ' ' && text.charAt(end - 3) == '[') {
      char c = text.charAt(end - 2);
      if (c == '\u2013' || c == '-' || c == '\u2014') {
        h.toggle = TOGGLE_OPEN;
        return end - 4;
      }
      if (c == '+') {
        h.toggle = TOGGLE_COLLAPSED;
        return end - 4;
      }
    }
    if (end - from > 8 && text.regionMatches(end - 6, " more]", 0, 6)) {
      int open = text.lastIndexOf(" [", end - 6);
      if (open >= from) {
        int d = Scan.digitsEnd(text, open + 2, end - 6);
        if (d == end - 6 && d > open + 2 && d - open - 2 <= 9) {
          h.toggle = TOGGLE_COLLAPSED;
          h.more = Scan.number(text, open + 2, d);
          return open;
        }
      }
    }
    return end;
  }

  /** Reads the {@code " | "}-separated links of {@code text[from, end)}, {@code from} at the first separator. */
  private void links(String text, int from, int end, Header h) {
    int i = from;
    while (i < end) {
      int start = text.startsWith(" | ", i) ? i + 3 : Scan.skipSpaces(text, i + 2, end); // " |" of a cut line
      if (start >= end) {
        break;
      }
      String onWord = onFirsts.indexOf(text.charAt(start)) < 0 ? null : CopiedText.startsWithAny(text, start, end, on);
      if (onWord != null && (start + onWord.length() == end || text.charAt(start + onWord.length()) == ' ')) {
        int title = Scan.skipSpaces(text, start + onWord.length(), end);
        h.on = title < end ? text.substring(title, end) : null;
        h.knownLinks++;
        return;
      }
      int segEnd = separatorOrEnd(text, start, end);
      classify(text, start, segEnd, h);
      i = segEnd;
    }
  }

  private void classify(String text, int start, int end, Header h) {
    int kind = links.kind(text, start, end);
    if (kind < 0 && end - start >= LinkWords.MAX) {
      kind = longKind(text, start, end);
    }
    switch (kind) {
      case ROOT:
        h.root = true;
        break;
      case PARENT:
        h.parent = true;
        break;
      case PREV:
        h.prev = true;
        break;
      case NEXT:
        h.next = true;
        break;
      case OWN:
        h.own = true;
        break;
      case OTHER:
        break; // says nothing of the tree
      case STORY:
        h.storyLinks++;
        break;
      default:
        int d = Scan.digitsEnd(text, start, Math.min(end, start + 9));
        if (d > start && d < end && text.charAt(d) == ' ' && CopiedText.isOneOf(text, d + 1, end, comments)) {
          h.count = Scan.number(text, start, d);
        } else {
          if (h.unknownLink < 0) {
            h.unknownLink = start;
          }
          return;
        }
    }
    h.knownLinks++;
  }

  /** The kind of a link too long for {@link LinkWords}, from the lists. */
  private int longKind(String text, int start, int end) {
    for (int kind = 0; kind < linksByKind.size(); kind++) {
      if (CopiedText.isOneOf(text, start, end, linksByKind.get(kind))) {
        return kind;
      }
    }
    return -1;
  }

  /** Tells whether the line is the {@code reply} action line. */
  boolean isReply(Line line) {
    return replyLine.test(line);
  }

  /** Tells whether {@code text[from, end)} is the {@code reply} action line. */
  boolean isReply(String text, int from, int end) {
    return replyLine.test(text, from, end);
  }

  /** Tells whether the line is a separator the copy added ({@code *}). */
  boolean isSeparator(Line line) {
    return separatorLine.test(line);
  }

  /** Tells whether the line is site furniture. */
  boolean isBoilerplate(Line line) {
    for (int i6 = 0, n6 = boilerplate.size(); i6 < n6; i6++) {
      String word = boilerplate.get(i6);
      if (line.is(word)) {
        return true;
      }
    }
    for (int i7 = 0, n7 = boilerplateStarts.size(); i7 < n7; i7++) {
      String word = boilerplateStarts.get(i7);
      if (line.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** The moderation word of a body line that replaces the text ({@code [flagged]}, {@code [dead]}), or null. */
  String deletedMark(Line line) {
    if (!deletedLine.test(line)) {
      return null;
    }
    for (int i8 = 0, n8 = deleted.size(); i8 < n8; i8++) {
      String word = deleted.get(i8);
      if (line.is(word)) {
        return word.substring(1, word.length() - 1);
      }
    }
    return null;
  }

  /** The first reply word, as writers write it. */
  String replyWord() {
    return first(reply, "reply");
  }

  static boolean isUserChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

}
