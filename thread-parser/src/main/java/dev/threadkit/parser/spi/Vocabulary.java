package dev.threadkit.parser.spi;

import static java.util.Objects.requireNonNull;

import dev.threadkit.model.Presence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a dialect reads, as data: month names in each language, the status words of a
 * status header, and relative-day words ({@code Сегодня}, {@code Вчера}). A dialect ships its
 * vocabulary as a text resource; a user extends it with more languages the same way,
 * without code.
 *
 * <p>The text form is one entry a line, {@code KIND VALUE WORDS}, where the words run to the
 * end of the line and may hold spaces; {@code #} starts a comment line.
 * <pre>{@code
 * Vocabulary words = Vocabulary.parse("""
 *     month 1 January
 *     month 1 января
 *     status online Online
 *     relative-day 1 Вчера
 *     """);
 * words.month("января", 0, 6);   // 1
 * }</pre>
 * Months and relative-day words match in any letter case; status words match exactly, since
 * the dialects that use them compare a handle on both sides of the word.
 */
public final class Vocabulary {

  /** One word and what it means. */
  private record Entry(String word, int value) {}

  /** A phrase of a dialect-defined category (form boilerplate, lead-in endings, ...). */
  private record Phrase(String category, String text) {}

  private final List<Entry> months;
  private final List<Entry> statuses;
  private final List<Entry> relativeDays;
  private final List<Phrase> phrases;
  /** The first character of each status word, to pass over most positions at once. */
  private final String statusInitials;
  /** The first character of each relative-day word in lower case, as {@link #relativeDay} compares it. */
  private final String relativeDayInitials;
  private final String[] statusWords;
  private final Presence[] statusPresences;

  private Vocabulary(List<Entry> months, List<Entry> statuses, List<Entry> relativeDays, List<Phrase> phrases) {
    this.months = List.copyOf(months);
    this.statuses = List.copyOf(statuses);
    this.relativeDays = List.copyOf(relativeDays);
    this.phrases = List.copyOf(phrases);
    this.statusInitials = initials(statuses, false);
    this.relativeDayInitials = initials(relativeDays, true);
    this.statusWords = new String[statuses.size()];
    this.statusPresences = new Presence[statuses.size()];
    Presence[] presences = Presence.values();
    for (int i = 0; i < statuses.size(); i++) {
      statusWords[i] = statuses.get(i).word;
      statusPresences[i] = presences[statuses.get(i).value];
    }
  }

  /** The distinct first characters of the words, in lower case or as written. */
  private static String initials(List<Entry> entries, boolean lowerCase) {
    StringBuilder initials = new StringBuilder();
    for (Entry entry : entries) {
      char c = lowerCase ? Character.toLowerCase(entry.word.charAt(0)) : entry.word.charAt(0);
      if (initials.indexOf(String.valueOf(c)) < 0) {
        initials.append(c);
      }
    }
    return initials.toString();
  }

  /**
   * Returns the empty vocabulary.
   *
   * @return a vocabulary with no words
   */
  public static Vocabulary empty() {
    return new Vocabulary(List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Reads a vocabulary from its text form.
   *
   * @param text entries, one a line: {@code month 1..12 WORD}, {@code status online|offline WORD},
   *     {@code relative-day DAYS-AGO WORD}, {@code phrase CATEGORY WORDS} (a category the dialect defines)
   * @return the vocabulary
   * @throws IllegalArgumentException naming the line of an entry that is not one of those
   */
  public static Vocabulary parse(String text) {
    List<Entry> months = new ArrayList<>();
    List<Entry> statuses = new ArrayList<>();
    List<Entry> days = new ArrayList<>();
    List<Phrase> phrases = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int first = line.indexOf(' ');
      int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
      if (second < 0 || line.substring(second + 1).isBlank()) {
        throw new IllegalArgumentException("vocabulary line " + lineNo + ": expected KIND VALUE WORDS, got '" + line + "'");
      }
      String kind = line.substring(0, first);
      String value = line.substring(first + 1, second);
      String word = line.substring(second + 1).strip();
      try {
        switch (kind) {
          case "month": {
            int month = Integer.parseInt(value);
            if (month < 1 || month > 12) {
              throw new NumberFormatException();
            }
            months.add(new Entry(word, month));
            break;
          }
          case "status":
            statuses.add(new Entry(word, Presence.parse(value).ordinal()));
            break;
          case "relative-day": {
            int ago = Integer.parseInt(value);
            if (ago < 0) {
              throw new NumberFormatException();
            }
            days.add(new Entry(word, ago));
            break;
          }
          case "phrase":
            phrases.add(new Phrase(value, word));
            break;
          default:
            throw new IllegalArgumentException("vocabulary line " + lineNo + ": unknown kind '" + kind
                + "' (month, status, relative-day or phrase)");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("vocabulary line " + lineNo + ": '" + value + "' is no value for " + kind);
      } catch (IllegalArgumentException e) {
        if (e.getMessage().startsWith("vocabulary line")) {
          throw e;
        }
        throw new IllegalArgumentException("vocabulary line " + lineNo + ": " + e.getMessage());
      }
    }
    return new Vocabulary(months, statuses, days, phrases);
  }

  /**
   * Reads a vocabulary from a UTF-8 resource next to a class of thread-parser. A dialect in a
   * module of its own opens its resource itself, since a module's packages are closed to
   * other modules, and passes the stream to {@link #read(InputStream, String)}:
   * <pre>{@code
   * Vocabulary words = Vocabulary.read(MyDialect.class.getResourceAsStream("my.vocabulary"), "my.vocabulary");
   * }</pre>
   *
   * @param anchor a class of the parser
   * @param name the resource's name relative to the class's package
   * @return the vocabulary
   * @throws UncheckedIOException if the resource is missing or cannot be read
   */
  public static Vocabulary resource(Class<?> anchor, String name) {
    return read(anchor.getResourceAsStream(name), name + " next to " + anchor.getName());
  }

  /**
   * Reads a vocabulary from a UTF-8 stream, and closes it.
   *
   * @param in the stream, or null for a resource that was not found
   * @param name what it is, for messages
   * @return the vocabulary
   * @throws UncheckedIOException if the stream is null or cannot be read
   * @throws IllegalArgumentException if an entry is malformed
   */
  public static Vocabulary read(InputStream in, String name) {
    if (in == null) {
      throw new UncheckedIOException(new IOException("no vocabulary resource " + name));
    }
    try (in) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns a vocabulary with the words of both; where both give a word, this one's meaning
   * is tried first.
   *
   * @param other more words
   * @return the union
   */
  public Vocabulary plus(Vocabulary other) {
    requireNonNull(other, "other");
    List<Entry> m = new ArrayList<>(months);
    m.addAll(other.months);
    List<Entry> s = new ArrayList<>(statuses);
    s.addAll(other.statuses);
    List<Entry> d = new ArrayList<>(relativeDays);
    d.addAll(other.relativeDays);
    List<Phrase> p = new ArrayList<>(phrases);
    p.addAll(other.phrases);
    return new Vocabulary(m, s, d, p);
  }

  /**
   * Reads a month name from {@code text[from, to)}, in any letter case.
   *
   * @param text the text
   * @param from the first character of the word
   * @param to the end of the word
   * @return 1 to 12, or 0 when the word is no month name of this vocabulary
   */
  public int month(CharSequence text, int from, int to) {
    return lookup(months, text, from, to, true, 0);
  }

  /**
   * Returns the first month name given for a month, as writers write it.
   *
   * @param month 1 to 12
   * @return the name
   * @throws IllegalArgumentException if the vocabulary names no such month
   */
  public String monthName(int month) {
    for (Entry entry : months) {
      if (entry.value == month) {
        return entry.word;
      }
    }
    throw new IllegalArgumentException("the vocabulary has no name for month " + month);
  }

  /**
   * Reads a relative-day word from {@code text[from, to)}, in any letter case.
   *
   * @param text the text
   * @param from the first character of the word
   * @param to the end of the word
   * @return how many days ago it means (0 for today), or -1 when it is no such word
   */
  public int relativeDay(CharSequence text, int from, int to) {
    return lookup(relativeDays, text, from, to, true, -1);
  }

  /**
   * Returns the phrases of a category, in the order given.
   *
   * @param category a category the dialect defines, such as {@code form}
   * @return the phrases, empty when there are none
   */
  public List<String> phrases(String category) {
    List<String> out = new ArrayList<>();
    for (Phrase phrase : phrases) {
      if (phrase.category.equals(category)) {
        out.add(phrase.text);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the status words, in the order given.
   *
   * @return their count; see {@link #statusWord(int)} and {@link #statusPresence(int)}
   */
  public int statusCount() {
    return statusWords.length;
  }

  /**
   * Returns a status word.
   *
   * @param index from 0 to {@link #statusCount()}
   * @return the word as the page writes it
   */
  public String statusWord(int index) {
    return statusWords[index];
  }

  /**
   * Returns what a status word means.
   *
   * @param index from 0 to {@link #statusCount()}
   * @return online or offline
   */
  public Presence statusPresence(int index) {
    return statusPresences[index];
  }

  /**
   * Returns the first status word given for a presence, as writers write it.
   *
   * @param presence online or offline
   * @return the word
   * @throws IllegalArgumentException if the vocabulary has none for it
   */
  public String statusWord(Presence presence) {
    for (Entry entry : statuses) {
      if (entry.value == presence.ordinal()) {
        return entry.word;
      }
    }
    throw new IllegalArgumentException("the vocabulary has no status word for " + presence.word());
  }

  /**
   * Tells whether a character starts some status word: scanners skip other positions at once.
   *
   * @param c a character
   * @return {@code true} if a status word starts with it
   */
  public boolean startsStatusWord(char c) {
    return statusInitials.indexOf(c) >= 0;
  }

  /**
   * Tells whether a character may start a relative-day word, in any letter case as {@link
   * #relativeDay} reads them: a scanner turns away most words by their first character.
   *
   * @param c a character
   * @return {@code true} if some relative-day word starts with it
   */
  public boolean startsRelativeDay(char c) {
    return relativeDayInitials.indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static int lookup(List<Entry> entries, CharSequence text, int from, int to, boolean ignoreCase, int none) {
    int length = to - from;
    // Pages write words as they are spelled: compare exactly first, the cheaper test.
    for (int i14 = 0, n14 = entries.size(); i14 < n14; i14++) {
      Entry entry = entries.get(i14);
      if (entry.word.length() == length && regionEquals(text, from, entry.word, false)) {
        return entry.value;
      }
    }
    if (ignoreCase) {
      for (int i15 = 0, n15 = entries.size(); i15 < n15; i15++) {
        Entry entry = entries.get(i15);
        if (entry.word.length() == length && regionEquals(text, from, entry.word, true)) {
          return entry.value;
        }
      }
    }
    return none;
  }

  private static boolean regionEquals(CharSequence text, int from, String word, boolean ignoreCase) {
    if (!ignoreCase && text instanceof String) {
      return ((String) text).startsWith(word, from);
    }
    for (int i = 0; i < word.length(); i++) {
      char a = text.charAt(from + i);
      char b = word.charAt(i);
      if (a != b && (!ignoreCase || Character.toLowerCase(a) != Character.toLowerCase(b))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns how many words of each kind the vocabulary holds.
   *
   * @return for example {@code Vocabulary[24 months, 4 statuses, 4 relative days, 0 phrases]}
   */
  @Override
  public String toString() {
    return "Vocabulary[" + months.size() + " months, " + statuses.size() + " statuses, " + relativeDays.size()
        + " relative days, " + phrases.size() + " phrases]";
  }
}
