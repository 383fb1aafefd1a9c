package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.spi.Counts;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.List;

/** Recognises the lines of the {@code disqus} dialect, with the words of a {@link Vocabulary}; hand-written scans. */
final class DisqusLines {
  static final char BULLET = '\u2022';
  static final char CHEVRON = '\u203A';
  /** The longest names part of a header: longer lines with a bullet are text. */
  private static final int MAX_NAMES = 120;

  private final CopiedText.OneOf avatars;
  private final List<String> countPhrases;
  private final List<String> agoWords;
  private final List<String> editedWords;
  private final CopiedText.OneOf actionWords;
  /** The last characters of the action words, and the bullet and chevron: how an action line ends. */
  private final String actionEnds;
  private final boolean[] asciiActionEnds = new boolean[128];
  /** The last characters of action words past ASCII, other than the bullet and chevron: most vocabularies have none. */
  private final String otherActionEnds;
  /** Characters no header ends with, flagged by code: none of the ago or edited words and no age the core resolves ends with them. */
  private final boolean[] notHeaderEnds = new boolean[128];
  private final CopiedText.OneOf morePhrases;
  private final CopiedText.OneOf deletedPhrases;
  private final List<String> boilerplatePhrases;
  private final CopiedText.OneOf endPhrases;
  private final List<String> sortPhrases;

  DisqusLines(Vocabulary words) {
    this.avatars = new CopiedText.OneOf(words.phrases("avatar"));
    this.countPhrases = words.phrases("count");
    this.agoWords = words.phrases("ago");
    this.editedWords = words.phrases("edited");
    this.actionWords = new CopiedText.OneOf(words.phrases("action"));
    StringBuilder ends = new StringBuilder().append(BULLET).append(CHEVRON);
    for (String word : words.phrases("action")) {
      if (!word.isEmpty()) {
        ends.append(word.charAt(word.length() - 1));
      }
    }
    this.actionEnds = ends.toString();
    StringBuilder others = new StringBuilder();
    for (int i = 0; i < actionEnds.length(); i++) {
      char c = actionEnds.charAt(i);
      if (c < 128) {
        asciiActionEnds[c] = true;
      } else if (c != BULLET && c != CHEVRON) {
        others.append(c);
      }
    }
    this.otherActionEnds = others.toString();
    // The sentence ends of body lines; an age the core resolves ends with a letter, a digit or a comma.
    for (char c : ".!?".toCharArray()) {
      notHeaderEnds[c] = true;
    }
    for (List<String> phrases : List.of(agoWords, editedWords)) {
      for (String word : phrases) {
        if (!word.isEmpty() && word.charAt(word.length() - 1) < 128) {
          notHeaderEnds[word.charAt(word.length() - 1)] = false;
        }
      }
    }
    this.morePhrases = new CopiedText.OneOf(words.phrases("more"));
    this.deletedPhrases = new CopiedText.OneOf(words.phrases("deleted"));
    this.boilerplatePhrases = words.phrases("boilerplate");
    this.endPhrases = new CopiedText.OneOf(words.phrases("ends"));
    this.sortPhrases = words.phrases("sort");
  }

  /**
   * A comment header read from a line: offsets in the input. {@code replyToStart} is -1 for a
   * top-level header.
   */
  record Header(int nameStart, int nameEnd, int replyToStart, int replyToEnd, int ageStart, int ageEnd,
      boolean edited, Age age) {
    boolean isReply() {
      return replyToStart >= 0;
    }
  }

  /**
   * An age as written, whether the parser's words resolve it, and it as a time: one object for
   * every comment that shows it, where {@code relativeTime} would look at its characters again
   * for each comment.
   */
  record Age(String written, boolean known, CommentTime time) {
    static Age of(String written) {
      return new Age(written, CopiedText.knownAge(written), CommentTime.relative(written));
    }
  }

  /**
   * Reads {@code NAME • AGE ago} or {@code REPLIER  REPLIED-TO • AGE ago} (the names split on
   * the first run of two spaces or more), with {@code edited} after the age; null for any other line.
   */
  Header header(Line line) {
    return header(line.input(), line.contentStart(), line.end());
  }

  /** {@link #header(Line)} of the content {@code text[from, end)}. */
  Header header(String text, int from, int end) {
    int bullet = lastBullet(text, from, end);
    if (bullet < 0) {
      return null;
    }
    Tail tail = tail(text, bullet + 1, end);
    int ageStart = bullet + 1 + tail.ageStart;
    int ageEnd = bullet + 1 + tail.ageEnd;
    Age age = tail.age;
    if (tail == Tail.EDITED_ALONE) {
      // "NAME • 9 months ago • edited": the age is before the previous bullet
      int before = Scan.trimEnd(text, from, bullet);
      bullet = lastBullet(text, from, before);
      if (bullet < 0) {
        return null;
      }
      ageStart = Scan.skipSpaces(text, bullet + 1, before);
      ageEnd = before;
      if (ageEnd <= ageStart || !isAge(text, ageStart, ageEnd)) {
        return null;
      }
      age = Age.of(text.substring(ageStart, ageEnd));
    } else if (tail == Tail.NO_AGE) {
      return null;
    }
    int namesEnd = Scan.trimEnd(text, from, bullet);
    if (namesEnd == from || namesEnd - from > MAX_NAMES) {
      return null;
    }
    int split = doubleSpace(text, from, namesEnd);
    if (split < 0) {
      return new Header(from, namesEnd, -1, -1, ageStart, ageEnd, tail.edited, age);
    }
    int replyTo = Scan.skipSpaces(text, split, namesEnd);
    return new Header(from, Scan.trimEnd(text, from, split), replyTo, namesEnd, ageStart, ageEnd, tail.edited, age);
  }

  /** The longest text after a header's last bullet that {@link #tail} remembers. */
  private static final int MAX_TAIL = 64;

  /** A text after a header's last bullet, and what it holds. */
  private record TailSlot(char[] chars, Tail tail) {}

  /**
   * The texts after a header's last bullet met lately, two a pair of slots chosen by the hash of
   * their characters, for every reader of this vocabulary: the texts repeat ({@code 2 hours ago},
   * an action line's {@code Reply•Share ›}) within an input and from one input to the next.
   * Entries are immutable: a race only costs a read.
   */
  private final TailSlot[] tails = new TailSlot[SLOTS];

  /** The slots of {@link #tails} and {@link #kinds}: 128 pairs. */
  private static final int SLOTS = 256;

  /** {@link #readTail}, remembered for a short text. */
  private Tail tail(String text, int from, int end) {
    if (end - from > MAX_TAIL) {
      return readTail(text, from, end);
    }
    int slot = pair(text, from, end);
    TailSlot known = tails[slot];
    if (known == null || !same(known.chars, text, from, end)) {
      TailSlot other = tails[slot + 1];
      if (other != null && same(other.chars, text, from, end)) {
        return other.tail;
      }
      tails[slot + 1] = known; // the pair keeps the two met last
      known = new TailSlot(chars(text, from, end), readTail(text, from, end));
      tails[slot] = known;
    }
    return known.tail;
  }

  /**
   * The first of the pair of slots of {@code text[from, end)}, not empty, in a table of
   * {@link #SLOTS}: by its length and its first four and last characters, where the texts a
   * table keeps differ (a count, an age's number and unit); an entry is found by all its
   * characters, so texts that share a pair only take turns in it.
   */
  private static int pair(String text, int from, int end) {
    int length = end - from;
    int hash = length * 31 + text.charAt(end - 1);
    for (int i = from, last = Math.min(end, from + 4); i < last; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return (hash * 0x9E3779B9) >>> 25 << 1; // the top bits of the product depend on every bit of the hash
  }

  /** The characters of {@code text[from, end)}, as the tables keep a text: compared a char at a time, whatever the input's coder. */
  private static char[] chars(String text, int from, int end) {
    char[] chars = new char[end - from];
    text.getChars(from, end, chars, 0);
    return chars;
  }

  /** Tells whether {@code text[from, end)} holds {@code chars}. */
  private static boolean same(char[] chars, String text, int from, int end) {
    if (chars.length != end - from) {
      return false;
    }
    for (int i = 0; i < chars.length; i++) {
      if (text.charAt(from + i) != chars[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the text after a header's last bullet holds: its age, by offsets from the text's
   * start, and whether {@code edited} follows it.
   */
  record Tail(int ageStart, int ageEnd, boolean edited, Age age) {
    /** No age: no header. */
    static final Tail NO_AGE = new Tail(0, 0, false, null);
    /** Only {@code edited}: the age is before the bullet. */
    static final Tail EDITED_ALONE = new Tail(0, 0, true, null);
  }

  /** Reads the text after a header's last bullet, {@code text[from, end)}. */
  private Tail readTail(String text, int from, int end) {
    int ageStart = Scan.skipSpaces(text, from, end);
    int ageEnd = end;
    boolean edited = false;
    int editedStart = Scan.endingPhrase(text, ageStart, ageEnd, editedWords);
    if (editedStart >= 0 && editedStart == ageStart) {
      return Tail.EDITED_ALONE;
    } else if (editedStart > ageStart) {
      edited = true;
      ageEnd = Scan.trimEnd(text, ageStart, editedStart);
    }
    if (ageEnd <= ageStart || !isAge(text, ageStart, ageEnd)) {
      return Tail.NO_AGE;
    }
    return new Tail(ageStart - from, ageEnd - from, edited, Age.of(text.substring(ageStart, ageEnd)));
  }

  /**
   * Tells whether a line holds a character, for one reader going through one input in order:
   * each {@code indexOf} goes on from the last occurrence found, so that the input is scanned
   * about once in all instead of every line char by char.
   */
  static final class Marks {
    private final char mark;
    private String text;
    private int from; // no mark in [from, at)
    private int at; // the first mark at or after from, or the input's length

    Marks(char mark) {
      this.mark = mark;
    }

    /** Tells whether {@code [start, end)} of the line's input holds the mark. */
    boolean in(Line line, int start, int end) {
      String input = line.input();
      if (input != text || start < from || start > at) {
        int found = input.indexOf(mark, start);
        text = input;
        from = start;
        at = found < 0 ? input.length() : found;
      }
      return at < end;
    }
  }

  /**
   * What one reader keeps about the texts it met (the names seen), each found by its characters in
   * the input: no substring to look one up, and each String made once.
   */
  static final class Written<V> {
    /** A text as written, and what the reader keeps about it. */
    static final class Entry<V> {
      final String text;
      final int hash;
      V value; // null until the reader sets it

      Entry(String text) {
        this.text = text;
        this.hash = text.hashCode();
      }
    }

    @SuppressWarnings("unchecked")
    private Entry<V>[] table = new Entry[64];
    private int size;

    /** Returns the entry of {@code text[from, end)}, the same one every time. */
    Entry<V> get(String text, int from, int end) {
      int hash = 0;
      for (int i = from; i < end; i++) {
        hash = 31 * hash + text.charAt(i); // String.hashCode's
      }
      int mask = table.length - 1;
      for (int i = (hash ^ hash >>> 16) & mask; ; i = (i + 1) & mask) {
        Entry<V> entry = table[i];
        if (entry == null) {
          entry = new Entry<>(text.substring(from, end));
          table[i] = entry;
          if (++size * 2 > table.length) {
            grow();
          }
          return entry;
        }
        if (entry.hash == hash && entry.text.length() == end - from && text.startsWith(entry.text, from)) {
          return entry;
        }
      }
    }

    @SuppressWarnings("unchecked")
    private void grow() {
      Entry<V>[] old = table;
      table = new Entry[old.length * 2];
      int mask = table.length - 1;
      for (Entry<V> entry : old) {
        if (entry != null) {
          int i = (entry.hash ^ entry.hash >>> 16) & mask;
          while (table[i] != null) {
            i = (i + 1) & mask;
          }
          table[i] = entry;
        }
      }
    }
  }

  /** The offset of the last {@code •} with a space before it in {@code [from, end)}, or -1. */
  private static int lastBullet(String text, int from, int end) {
    for (int i = end - 1; i > from; i--) {
      if (text.charAt(i) == BULLET && text.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** The offset of the first run of two or more spaces in {@code [from, end)}, or -1. */
  private static int doubleSpace(String text, int from, int end) {
    for (int i = from; i + 1 < end; i++) {
      if (text.charAt(i) == ' ' && text.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Tells whether {@code [from, end)} is an age, as {@link CopiedText#isAge} reads one with this vocabulary's {@code ago} words. */
  boolean isAge(String text, int from, int end) {
    if (Scan.endingPhrase(text, from, end, agoWords) > from) {
      return CopiedText.isAge(text, from, end, agoWords);
    }
    return end - from <= 20 && CopiedText.knownAge(text, from, end); // as CopiedText.isAge, without a substring
  }

  /**
   * Reads an action line, {@code 3 • Reply•Share ›}: an optional count, then only action
   * words, bullets and chevrons, with at least one bullet or chevron.
   *
   * @return the count, -1 for an action line without one, -2 for any other line
   */
  long action(Line line) {
    return action(line.input(), line.contentStart(), line.end());
  }

  /** {@link #action(Line)} of the content {@code text[from, end)}. */
  long action(String text, int from, int end) {
    int i = from;
    long count = -1;
    int first = i;
    while (first < end && text.charAt(first) != ' ' && text.charAt(first) != BULLET) {
      first++;
    }
    if (first > i) {
      count = Counts.parse(text, i, first);
      if (count >= 0) {
        i = first;
      }
    }
    boolean mark = false;
    boolean word = false;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ' || c == BULLET || c == CHEVRON) {
        mark |= c != ' ';
        i++;
        continue;
      }
      int wordEnd = i;
      while (wordEnd < end && text.charAt(wordEnd) != ' ' && text.charAt(wordEnd) != BULLET
          && text.charAt(wordEnd) != CHEVRON) {
        wordEnd++;
      }
      if (!actionWords.test(text, i, wordEnd)) {
        return -2;
      }
      word = true;
      i = wordEnd;
    }
    return mark && word ? count : -2;
  }

  /**
   * What a short line with a bullet reads as, found by its content: whether it may be a header
   * (a header's names vary, so a line that is one is read again as one) and what
   * {@link #action} makes of it.
   */
  record Kind(char[] chars, boolean header, long action) {}

  /** The longest content {@link #kind} remembers. */
  static final int MAX_KIND = 64;

  /** The contents {@link #kind} met lately, for every reader of this vocabulary, as {@link #tails}. */
  private final Kind[] kinds = new Kind[SLOTS];

  /**
   * What the content {@code text[from, end)}, of at most {@link #MAX_KIND} characters, reads
   * as: action lines repeat a few texts ({@code 3 • Reply•Share ›}).
   */
  Kind kind(String text, int from, int end) {
    int slot = pair(text, from, end);
    Kind known = kinds[slot];
    if (known == null || !same(known.chars, text, from, end)) {
      Kind other = kinds[slot + 1];
      if (other != null && same(other.chars, text, from, end)) {
        return other;
      }
      kinds[slot + 1] = known;
      known = new Kind(chars(text, from, end), header(text, from, end) != null, action(text, from, end));
      kinds[slot] = known;
    }
    return known;
  }

  /**
   * Tells whether the line may be an action line by its last character, without a scan: one
   * ends with a bullet, a chevron or an action word.
   */
  boolean mayBeAction(Line line) {
    return mayEndAction(line.charAt(line.end() - 1));
  }

  /** {@link #mayBeAction} of a line that ends with {@code last}. */
  boolean mayEndAction(char last) {
    return last < 128 ? asciiActionEnds[last]
        : last == BULLET || last == CHEVRON || !otherActionEnds.isEmpty() && otherActionEnds.indexOf(last) >= 0;
  }

  /** Tells whether the line may be a header by its last character, without a scan: most body lines end a sentence. */
  boolean mayBeHeader(Line line) {
    return mayEndHeader(line.charAt(line.end() - 1));
  }

  /** {@link #mayBeHeader} of a line that ends with {@code last}. */
  boolean mayEndHeader(char last) {
    return last >= 128 || !notHeaderEnds[last];
  }

  /** Tells whether the line is a picture's alt text, {@code Avatar}. */
  boolean isAvatar(Line line) {
    return avatars.test(line);
  }

  /** {@link #isAvatar(Line)} of the content {@code text[from, end)}. */
  boolean isAvatar(String text, int from, int end) {
    return avatars.test(text, from, end);
  }

  /** Tells whether the line stands for a deleted comment, {@code This comment was deleted.} */
  boolean isDeleted(Line line) {
    return deletedPhrases.test(line);
  }

  /** {@link #isDeleted(Line)} of the content {@code text[from, end)}. */
  boolean isDeleted(String text, int from, int end) {
    return deletedPhrases.test(text, from, end);
  }

  /** Tells whether the line is the link that expands a long body, {@code see more}. */
  boolean isMore(Line line) {
    return morePhrases.test(line);
  }

  /**
   * Tells whether the line is widget furniture: one of the {@code boilerplate} phrases exactly,
   * or starting with a {@code sort} phrase and a space ({@code Sort by Best}).
   */
  boolean isBoilerplate(Line line) {
    return CopiedText.isOneOf(line, boilerplatePhrases)
        || Scan.phraseEnd(line.input(), line.contentStart(), line.end(), sortPhrases) >= 0;
  }

  /** Tells whether the line is furniture that ends an open comment ({@code Show more replies}): one of the phrases exactly. */
  boolean endsComment(Line line) {
    return endPhrases.test(line);
  }

  /** The count of a count line ({@code 8 comments}, {@code 1,204 Comments  Sort by Best}), or -1. */
  int countLine(Line line) {
    long count = CopiedText.countBefore(line.input(), line.contentStart(), line.end(), countPhrases);
    return count > Integer.MAX_VALUE ? -1 : (int) count;
  }
}
