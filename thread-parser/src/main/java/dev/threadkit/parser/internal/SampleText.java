package dev.threadkit.parser.internal;

import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.Sample;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sample of {@link Dialects#sample(String)}: the first {@link Dialects#SAMPLE_LINES}
 * non-blank lines of a text within its first {@link Dialects#SAMPLE_CHARS} characters, found
 * only as far as a dialect asks for them. Every dialect scored on one input walks the same
 * lines: each is found once, with {@code indexOf}, and kept as offsets ({@link #first()} and
 * {@link #after(Line)} move one {@link Line} over them, creating no object per line);
 * {@link #lines()} makes line objects only for a dialect that asks for the list.
 * {@link #contains} searches the text in place and remembers its last answers, so that
 * dialects asking about the same part share one search; {@link #indexOf} remembers where a
 * character is no more. For one thread, as detection is.
 */
final class SampleText implements Sample {
  /** Ints kept per line: start, raw end (where the break starts), next line's start, number, blanks before. */
  private static final int STRIDE = 5;
  private static final int ANSWERS = 8;

  private final String text;
  private final int length;
  /** The sample's lines end at or before this offset. */
  private final int limit;
  /** The most of the text a sample spans: its lines, and at most two characters of the break after the last. */
  private static final int SPAN = Dialects.SAMPLE_CHARS + 2;
  /** How much of a long text is copied at first: more than 200 lines of most dumps span (15 to 26 thousand characters). */
  private static final int FIRST_COPY = 32 * 1024;

  /**
   * What {@link #contains} and the line finding search: the text itself when it is no longer
   * than {@link #SPAN}, else a copy of its start ({@link #FIRST_COPY} characters, grown up to {@link #SPAN} as the lines
   * reach further), so that a search for what the sample does not hold stops there rather than
   * at the end of a large input.
   */
  private String head;
  /** Whether {@link #head} reaches as far as any sample can: the text's end, or {@link #SPAN}. */
  private boolean headFull;

  private int[] found = new int[32 * STRIDE]; // as many lines as a dialect that decides early walks: no copy
  private int count;
  private boolean complete;
  // where the line finding stands
  private int pos;
  private int number;
  private int blanks;
  private int nextCr = -1; // the first '\r' at or after pos in head, Integer.MAX_VALUE for none; -1 not looked for yet
  private int crFrom; // where the search that found nextCr started: none between it and nextCr

  private List<Line> lines;
  private final String[] asked = new String[ANSWERS];
  private final boolean[] answers = new boolean[ANSWERS];
  private int answered;
  private final char[] lookedFor = new char[ANSWERS];
  private final int[] lookedFrom = new int[ANSWERS];
  private int looked;

  SampleText(String text) {
    this.text = text;
    this.length = text.length();
    this.limit = Math.min(length, Dialects.SAMPLE_CHARS);
    this.pos = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  /**
   * Finds the next sampled line, as the old eager sample did: a line ends at the first
   * {@code \n} or {@code \r} (a {@code \r\n} is one break) or at the sample's limit, and blank
   * lines (spaces and tabs only) are counted, not kept.
   *
   * @return false when the sample holds no more lines
   */
  private boolean findMore() {
    while (!complete) {
      if (pos >= limit || count >= Dialects.SAMPLE_LINES) {
        complete = true;
        return false;
      }
      int end = lineEnd(pos);
      int next = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
      number++;
      int i = pos;
      char c;
      while (i < end && ((c = text.charAt(i)) == ' ' || c == '\t')) {
        i++;
      }
      if (i == end) {
        blanks++;
        pos = next;
        continue;
      }
      if ((count + 1) * STRIDE > found.length) {
        found = Arrays.copyOf(found, found.length * 2);
      }
      int at = count * STRIDE;
      found[at] = pos;
      found[at + 1] = end;
      found[at + 2] = next;
      found[at + 3] = number;
      found[at + 4] = blanks;
      count++;
      blanks = 0;
      pos = next;
      return true;
    }
    return false;
  }

  /** The end of the line that starts at {@code from}: its first {@code \n} or {@code \r}, or the limit. */
  private int lineEnd(int from) {
    while (true) {
      String in = head();
      int covered = in.length();
      int lf = in.indexOf('\n', from);
      if (lf < 0) {
        lf = headFull ? Integer.MAX_VALUE : covered;
      }
      if (nextCr < from) {
        int cr = in.indexOf('\r', from);
        nextCr = cr >= 0 ? cr : headFull ? Integer.MAX_VALUE : covered; // covered: none before the copy's end
        crFrom = from;
      }
      int end = Math.min(Math.min(lf, nextCr), limit);
      if (end < covered || headFull) {
        return end;
      }
      grow(2 * covered); // the line runs past the copy: whether it breaks there is not known yet
    }
  }

  /** The text to search; see {@link #head}. */
  private String head() {
    if (head == null) {
      headFull = length <= SPAN;
      head = headFull ? text : text.substring(0, FIRST_COPY);
    }
    return head;
  }

  /** Copies more of a long text into {@link #head}: at least {@code chars}, at most {@link #SPAN}. */
  private void grow(int chars) {
    int copy = Math.min(length, Math.min(SPAN, Math.max(chars, 2 * head.length())));
    head = text.substring(0, copy);
    headFull = copy == length || copy == SPAN;
    nextCr = -1; // look again, in the longer copy
  }

  /** Finds every sampled line. */
  private void complete() {
    while (findMore()) {
      // finding
    }
  }

  /** Where the sampled text ends: after the last line looked at (one break past the limit for a line it cut). */
  private int sampleEnd() {
    complete();
    return Math.min(pos, length);
  }

  @Override
  public List<Line> lines() {
    if (lines == null) {
      complete();
      Line[] all = new Line[count];
      for (int k = 0; k < count; k++) {
        int at = k * STRIDE;
        LineCursor line = new LineCursor(text);
        line.set(found[at + 3], found[at], found[at + 1], found[at + 2], found[at + 4]);
        all[k] = line;
      }
      lines = List.of(all);
    }
    return lines;
  }

  @Override
  public Line first() {
    if (count == 0 && !findMore()) {
      return null;
    }
    SampleLine line = new SampleLine(this);
    line.moveTo(0);
    return line;
  }

  @Override
  public Line after(Line line) {
    if (!(line instanceof SampleLine) || ((SampleLine) line).sample != this) {
      return Sample.super.after(line);
    }
    SampleLine walking = (SampleLine) line;
    int index = walking.index + 1;
    if (index >= count && !findMore()) {
      return null;
    }
    walking.moveTo(index);
    return walking;
  }

  @Override
  public boolean contains(String part) {
    for (int k = 0; k < answered; k++) {
      if (asked[k] == part) {
        return answers[k];
      }
    }
    boolean answer = search(part);
    int slot = answered < ANSWERS ? answered++ : ANSWERS - 1;
    asked[slot] = part;
    answers[slot] = answer;
    return answer;
  }

  /**
   * Whether the sampled text holds {@code part}: its first occurrence in the text ends within
   * the sample. Found without the sample's end when the part is absent or early.
   */
  private boolean search(String part) {
    String in = head();
    int at = part.length() == 1 ? in.indexOf(part.charAt(0)) : in.indexOf(part);
    if (at < 0 && !headFull) {
      int end = sampleEnd(); // the copy may end before the sample does: copy up to its end, and look there
      if (head.length() < end) {
        grow(end);
      }
      if (head != in) { // grown: look at what was added
        int from = Math.max(0, in.length() - part.length() + 1);
        in = head;
        at = part.length() == 1 ? in.indexOf(part.charAt(0), from) : in.indexOf(part, from);
      }
    }
    if (at < 0) {
      return false;
    }
    int end = at + part.length();
    while (pos < end && findMore()) {
      // finding the lines only as far as the part: the sample holds it if they reach past it
    }
    return end <= Math.min(pos, length);
  }

  @Override
  public int indexOf(char c, int from) {
    for (int k = 0; k < looked; k++) {
      if (lookedFor[k] == c && lookedFrom[k] <= from) {
        return -1; // none after an offset before this one
      }
    }
    if (c == '\r' && nextCr >= 0 && from >= crFrom && (nextCr >= from || nextCr == Integer.MAX_VALUE)) {
      // the line finding's search answers: a '\r' at nextCr, or none before it
      boolean found = nextCr < head.length() && head.charAt(nextCr) == '\r';
      if (found || nextCr >= searchEnd()) {
        return found && nextCr < searchEnd() ? nextCr : -1;
      }
    }
    String in = head();
    int at = in.indexOf(c, from);
    if (at < 0 && !headFull) {
      int end = sampleEnd(); // as search does: the copy may end before the sample does
      if (head.length() < end) {
        grow(end);
      }
      if (head != in) {
        at = head.indexOf(c, Math.max(from, in.length()));
      }
    }
    if (at >= 0 && at < searchEnd()) {
      return at;
    }
    remember(c, from);
    return -1;
  }

  /** Remembers that the searched text holds no {@code c} at or after {@code from}. */
  private void remember(char c, int from) {
    int slot = looked < ANSWERS ? looked++ : ANSWERS - 1;
    lookedFor[slot] = c;
    lookedFrom[slot] = from;
  }

  @Override
  public int searchEnd() {
    if (!complete) {
      return limit;
    }
    return count == 0 ? 0 : found[(count - 1) * STRIDE + 1];
  }

  /**
   * One line of the sample, moved from line to line by {@link SampleText#after(Line)}: a
   * {@link LineCursor} measured from the offsets the sample found, so it reads as the core's.
   */
  private static final class SampleLine extends LineCursor {
    final SampleText sample;
    int index;

    SampleLine(SampleText sample) {
      super(sample.text);
      this.sample = sample;
    }

    /** Moves to the line at {@code index}. */
    void moveTo(int index) {
      int[] found = sample.found;
      int at = index * STRIDE;
      set(found[at + 3], found[at], found[at + 1], found[at + 2], found[at + 4]);
      this.index = index;
    }
  }
}
