package dev.threadkit.parser.internal.dialect;

import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
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
    // Most lines are text and fail in the first three words: the Header is made after them.
    int i = from;
    long points = -1;
    int digits = Scan.digitsEnd(text, i, Math.min(end, i + 9));
    if (digits > i && digits < end && text.charAt(digits) == ' ') {
      int after = Scan.phraseEnd(text, digits + 1, end, this.points);
      if (after > 0 && text.startsWith(spacedBy, after)) {
        points = Scan.number(text, i, digits);
        i = after + by.length() + 2;
      }
    }
    int userStart = i;
    while (i < end && isUserChar(text.charAt(i))) {
      i++;
    }
    if (i == userStart || i - userStart > 30 || i >= end || text.charAt(i) != ' ') {
      return null;
    }
    int userEnd = i;
    int ageStart = i + 1;
    int countEnd = Scan.wordEnd(text, ageStart, end);
    if (countEnd == ageStart || countEnd >= end || countEnd - ageStart > 9) {
      return null;
    }
    int unitStart = countEnd + 1;
    int unitEnd = Scan.wordEnd(text, unitStart, end);
    if (unitEnd == unitStart || unitEnd - unitStart > 20 || !text.startsWith(spaceAgo, unitEnd)) {
      return null;
    }
    int ageEnd = unitEnd + 1 + ago.length();
    if (ageEnd < end && text.charAt(ageEnd) != ' ') {
      return null;
    }
    Header h = new Header();
    h.points = points;
    h.userStart = userStart;
    h.userEnd = userEnd;
    h.ageStart = ageStart;
    h.unitStart = unitStart;
    h.ageEnd = ageEnd;
    h.ageKnown = CopiedText.knownAge(text.substring(h.ageStart, h.ageEnd));
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
      String onWord = CopiedText.startsWithAny(text, start, end, on);
      if (onWord != null && (start + onWord.length() == end || text.charAt(start + onWord.length()) == ' ')) {
        int title = Scan.skipSpaces(text, start + onWord.length(), end);
        h.on = title < end ? text.substring(title, end) : null;
        h.knownLinks++;
        return;
      }
      int segEnd = text.indexOf(" | ", start);
      if (segEnd < 0 || segEnd > end) {
        segEnd = end;
      }
      classify(text, start, segEnd, h);
      i = segEnd;
    }
  }

  private void classify(String text, int start, int end, Header h) {
    if (CopiedText.isOneOf(text, start, end, root)) {
      h.root = true;
    } else if (CopiedText.isOneOf(text, start, end, parent)) {
      h.parent = true;
    } else if (CopiedText.isOneOf(text, start, end, prev)) {
      h.prev = true;
    } else if (CopiedText.isOneOf(text, start, end, next)) {
      h.next = true;
    } else if (CopiedText.isOneOf(text, start, end, own)) {
      h.own = true;
    } else if (CopiedText.isOneOf(text, start, end, otherLinks)) {
      // says nothing of the tree
    } else if (CopiedText.isOneOf(text, start, end, storyLinks)) {
      h.storyLinks++;
    } else {
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

  /** Tells whether the line is the {@code reply} action line. */
  boolean isReply(Line line) {
    for (int i4 = 0, n4 = reply.size(); i4 < n4; i4++) {
      String word = reply.get(i4);
      if (line.is(word)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether {@code text[from, end)} is the {@code reply} action line. */
  boolean isReply(String text, int from, int end) {
    return CopiedText.isOneOf(text, from, end, reply);
  }

  /** Tells whether the line is a separator the copy added ({@code *}). */
  boolean isSeparator(Line line) {
    for (int i5 = 0, n5 = separators.size(); i5 < n5; i5++) {
      String word = separators.get(i5);
      if (line.is(word)) {
        return true;
      }
    }
    return false;
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
