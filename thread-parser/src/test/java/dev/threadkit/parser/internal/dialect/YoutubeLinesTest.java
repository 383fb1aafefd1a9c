package dev.threadkit.parser.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.model.CommentTime;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.internal.LineCursor;
import dev.threadkit.parser.spi.Line;
import dev.threadkit.parser.spi.RelativeTimes;
import dev.threadkit.parser.spi.Scan;
import dev.threadkit.parser.spi.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The youtube line scanner's shortcuts say what the slower tests they stand for say. */
class YoutubeLinesTest {

  private static final Vocabulary TIMES =
      Vocabulary.resource(RelativeTimes.class, "/dev/threadkit/parser/internal/relative-time.vocabulary");

  /** Every relative time the standard reader understands, written in the ways pages vary it. */
  private static List<String> understood() {
    List<String> texts = new ArrayList<>();
    List<String> counts = new ArrayList<>(List.of("1", "5", "12", "999999999"));
    counts.addAll(TIMES.phrases("one"));
    for (String unit : List.of("second", "minute", "hour", "day", "week", "month", "year")) {
      for (String word : TIMES.phrases(unit)) {
        for (String ago : TIMES.phrases("ago")) {
          for (String count : counts) {
            texts.add(count + " " + word + " " + ago);
            texts.add(count + "     " + word + "  " + ago);
            texts.add(count + " \u2003" + word + " " + ago);
          }
        }
      }
    }
    texts.addAll(TIMES.phrases("now"));
    for (String day : List.of("Today", "Yesterday", "Сегодня", "Вчера")) {
      texts.add(day);
      texts.add(day + ", 15:35");
      texts.add(day + ",        9:05");
      texts.add(day + " 23:59");
    }
    List<String> all = new ArrayList<>();
    for (String text : texts) {
      all.add(text);
      all.add(text.toUpperCase(Locale.ROOT));
      all.add(text.toLowerCase(Locale.ROOT));
      all.add("\u2003" + text + "\u3000");
    }
    return all;
  }

  /** The standard reader's phrases of the categories, in order, then the other words. */
  private static List<String> words(List<String> categories, String... others) {
    List<String> words = new ArrayList<>();
    for (String category : categories) {
      words.addAll(TIMES.phrases(category));
    }
    words.addAll(List.of(others));
    return words;
  }

  /** How many texts a shortcut turned away, and how many the reader understood. */
  private record Asked(int turnedAway, int understood) {}

  /**
   * Asks a shortcut about {@code count} texts of a seeded generator: every text it turns away, the
   * reader must not understand.
   */
  private static Asked ask(long seed, int count, Function<Random, String> texts, Predicate<String> shortcut) {
    Random random = new Random(seed);
    int turnedAway = 0;
    int understood = 0;
    for (int i = 0; i < count; i++) {
      String written = texts.apply(random);
      boolean understands = RelativeTimes.standard().understands(written);
      understood += understands ? 1 : 0;
      if (!shortcut.test(written)) {
        turnedAway++;
        assertThat(understands).as(written).isFalse();
      }
    }
    return new Asked(turnedAway, understood);
  }

  @Test
  void everyAgeTheReaderUnderstandsPassesTheShortcut() {
    List<String> texts = understood();
    int understood = 0;
    for (String text : texts) {
      if (RelativeTimes.standard().understands(text)) {
        understood++;
        assertThat(YoutubeLines.mayBeKnownAge("x" + text + "y", 1, text.length() + 1)).as(text).isTrue();
      }
    }
    assertThat(understood).isGreaterThan(texts.size() / 2);
  }

  @Test
  void theShortcutTurnsAwayNoTextTheReaderUnderstands() {
    String letters = "aAgoOnNjJsStTwWyYdDеаднзсвчтчьк 1234567890,:.!%\u2003\u0130\u212a";
    List<String> words = words(List.of("now", "ago", "one"), "yesterday", "TODAY", "вчера", "5", "hours", "min.", "  ", ",");
    int turnedAway = ask(7, 100_000, random -> {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      for (int p = 0; p < parts; p++) {
        if (random.nextBoolean()) {
          text.append(words.get(random.nextInt(words.size())));
        } else {
          for (int c = random.nextInt(8); c > 0; c--) {
            text.append(letters.charAt(random.nextInt(letters.length())));
          }
        }
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      return text.toString();
    }, written -> YoutubeLines.mayBeKnownAge(written, 0, written.length())).turnedAway();
    assertThat(turnedAway).isGreaterThan(10_000);
  }

  @Test
  void aNameLineIsReadWithEveryAgeTheReaderUnderstandsOnTheNextLine() {
    DumpParser parser = DumpParser.builder().dialect("youtube").build();
    int read = 0;
    for (String age : understood()) {
      for (String written : List.of(age, age + " (edited)", age + "   (edited)")) {
        if (!RelativeTimes.standard().understands(age.strip()) || age.strip().length() != age.length()
            || age.length() > 20 && !age.endsWith(" ago")) {
          continue; // no age the dialect reads: past 20 characters, its ages end with its own ago word
        }
        Discussion discussion = parser.parse("Title\n\n3 Comments\n\nSome Name\n" + written + "\nText\nReply\n", "x")
            .discussion();
        assertThat(discussion.comments()).as(written).hasSize(1);
        assertThat(discussion.comments().get(0).author().orElseThrow().handle()).as(written).isEqualTo("Some Name");
        read++;
      }
    }
    assertThat(read).isGreaterThan(1_000);
  }

  @Test
  void aHeadersTimeIsItsAgeWithoutTheEditedMarkOneObjectForEveryHeaderThatShowsIt() {
    YoutubeLines lines = new YoutubeLines(Vocabulary.resource(YoutubeDialect.class, "youtube.vocabulary"));
    List<YoutubeLines.Header> headers = new ArrayList<>();
    String text = "@a 5 hours ago\n@b 5 hours ago (edited)\n@c 5 hours ago\n@d 3 glorps ago\n";
    for (Line line = new LineCursor(text).next().orElse(null); line != null; line = line.next().orElse(null)) {
      headers.add(lines.header(line, true));
    }
    assertThat(headers).doesNotContainNull();
    assertThat(headers.get(0).age().time()).isEqualTo(CommentTime.relative("5 hours ago"));
    assertThat(headers.get(1).age().time()).isEqualTo(CommentTime.relative("5 hours ago"));
    assertThat(headers.get(1).age().edited()).isTrue();
    assertThat(headers.get(2).age().time()).isSameAs(headers.get(0).age().time());
    assertThat(headers.get(3).age().known()).isFalse();
    assertThat(headers.get(3).age().time()).isEqualTo(CommentTime.relative("3 glorps ago"));
  }

  @Test
  void everyAgeTheReaderUnderstandsPassesTheFirstCharacterShortcut() {
    int understood = 0;
    for (String text : understood()) {
      String stripped = text.strip();
      if (RelativeTimes.standard().understands(text) && !stripped.isEmpty()) {
        understood++;
        assertThat(YoutubeLines.mayStartKnownAge("x\n" + stripped + "\ny", 2)).as(text).isTrue();
      }
    }
    assertThat(understood).isGreaterThan(1_000);
  }

  @Test
  void theFirstCharacterShortcutTurnsAwayNoTextTheReaderUnderstands() {
    String characters = "0123456789 ,.:\t\u2003xаago";
    List<String> words = words(List.of("ago", "one", "minute"), "5", "12", "hours", "1.", "  ");
    int turnedAway = ask(11, 100_000, random -> {
      StringBuilder text = new StringBuilder().append((char) ('0' + random.nextInt(10)));
      for (int p = random.nextInt(5); p > 0; p--) {
        if (random.nextBoolean()) {
          text.append(words.get(random.nextInt(words.size())));
        } else {
          text.append(characters.charAt(random.nextInt(characters.length())));
        }
      }
      return text.toString();
    }, written -> YoutubeLines.mayStartKnownAge(written + "\nnext", 0)).turnedAway();
    assertThat(turnedAway).isGreaterThan(10_000);
    for (String text : List.of("12", "2. Fleet they whole system.", "4M", "1,234", "3\tdays ago")) {
      assertThat(YoutubeLines.mayStartKnownAge(text + "\n", 0)).as(text).isFalse();
    }
    assertThat(YoutubeLines.mayStartKnownAge("12 apples\n", 0)).isTrue();
  }

  @Test
  void theFirstWordShortcutTurnsAwayNoTextTheReaderUnderstands() {
    List<String> words = words(List.of("one", "now", "ago", "hour", "day", "year"), "Today", "Yesterday", "Сегодня", "Вчера",
        "Partners", "radar", "ok.", "Some", "Name", "ana", "o", "justnow", "Ann", "5", "12", "15:35", ",", " ", "  ",
        "\u2003", "\t", "@ann", "—", "\u0130", "\u017f", "\u212a", "\ud83d\ude00", "ONE", "Just", "a,", "\u00a0");
    Asked asked = ask(12, 200_000, random -> {
      StringBuilder text = new StringBuilder();
      for (int p = 1 + random.nextInt(4); p > 0; p--) {
        String word = words.get(random.nextInt(words.size()));
        text.append(random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word).append(random.nextInt(3) == 0 ? "" : " ");
      }
      return text.toString().stripLeading();
    }, written -> YoutubeLines.mayStartKnownAge(written + "\nnext", 0));
    assertThat(asked.turnedAway()).isGreaterThan(50_000);
    assertThat(asked.understood()).isGreaterThan(1_000);
    for (String text : List.of("Some Name", "Partners radar ok.", "Ann", "ana day ago", "—", "@ann 5 hours ago")) {
      assertThat(YoutubeLines.mayStartKnownAge(text + "\n", 0)).as(text).isFalse();
    }
    for (String text : List.of("a day ago", "An hour ago", "ONE year ago", "just now", "Now", "Yesterday, 15:35", "вчера",
        "только что", "\u2003 5 hours ago")) {
      assertThat(YoutubeLines.mayStartKnownAge(text + "\n", 0)).as(text).isTrue();
    }
  }

  @Test
  void shortTextsThatAreNoTimeAreTurnedAway() {
    for (String text : List.of("1. And 2%!", "Of missile — whole.", "Partners radar ok.", "12 apples ok")) {
      assertThat(YoutubeLines.mayBeKnownAge(text, 0, text.length())).as(text).isFalse();
    }
  }

  @Test
  void whatFollowsALineIsWhatItsNextLineSays() {
    List<String> texts = List.of("a\nb", "a\n\nb", "a  \t\n   \nb", "a\r\nb", "a\r\n\r\nb", "a\rb", "a\r\rb", "a\n \t", "a",
        "a   ", "a\n", "a\n\n\n", "a\n\u000cb", "a\n   b\n\tc\r\n  \r\n d");
    int compared = 0;
    for (String text : texts) {
      for (Line line = new LineCursor(text).next().orElse(null); line != null; line = line.next().orElse(null)) {
        Line next = line.next().orElse(null);
        int expected = next == null || next.blanksBefore() > 0 ? YoutubeLines.FOLLOWS_NONE : YoutubeLines.FOLLOWS_LINE;
        assertThat(YoutubeLines.follows(text, line.end())).as(text.replace("\n", "\\n") + " @" + line.number()).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(YoutubeLines.follows("a b", 1)).isEqualTo(YoutubeLines.FOLLOWS_UNKNOWN); // a part of a line
    assertThat(compared).isGreaterThan(20);
  }

  @Test
  void furnitureTestsByFirstCharactersSayWhatTheWholeTestsSay() {
    Vocabulary standard = Vocabulary.resource(YoutubeDialect.class, "youtube.vocabulary");
    // Phrases that start with digits, end with unusual characters, or hold spaces: the shortcuts must not lose them.
    Vocabulary unusual = Vocabulary.parse("""
        phrase count Comments
        phrase count комментариев
        phrase views views
        phrase sidebar 4K Remastered
        phrase sidebar Sponsored
        phrase sort 2 Sort
        phrase sort Sort by
        phrase boilerplate 1 Top
        phrase boilerplate Newest first
        phrase box Add a comment
        phrase box 0 comments yet
        phrase replies ответов
        phrase replies replies
        phrase replies-lead View
        phrase pinned 📌 Pinned
        phrase pinned Pinned by
        """);
    List<String> pieces = List.of("4K", "Remastered", "Sponsored", "2", "Sort", "by", "1", "Top", "Newest", "first", "Add", "a",
        "comment", "0", "comments", "yet", "12", "1,234", "views", "Comments", "комментариев", "ответов", "replies", "View",
        "📌", "Pinned", "@chan", "x", "4Kx", "Sponsored:", "  ");
    Random random = new Random(11);
    int matched = 0;
    for (Vocabulary words : List.of(standard, unusual)) {
      YoutubeLines lines = new YoutubeLines(words);
      for (int i = 0; i < 20_000; i++) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "  ");
        for (int p = 1 + random.nextInt(4); p > 0; p--) {
          text.append(pieces.get(random.nextInt(pieces.size()))).append(p > 1 ? " " : "");
        }
        String written = text.toString();
        int end = Scan.trimEnd(written, 0, written.length());
        if (Scan.isBlank(written, 0, end)) {
          continue;
        }
        Line line = Line.at(written, 1, 0, end);
        int from = line.contentStart();
        boolean views = CopiedText.countBefore(written, from, end, words.phrases("views")) >= 0;
        for (String phrase : words.phrases("sidebar")) {
          views |= written.startsWith(phrase, from)
              && (from + phrase.length() == end || !Character.isLetterOrDigit(written.charAt(from + phrase.length())));
        }
        long count = CopiedText.countBefore(written, from, end, words.phrases("count"));
        boolean boilerplate = CopiedText.isOneOf(line, words.phrases("boilerplate"))
            || Scan.phraseEnd(written, from, end, words.phrases("sort")) >= 0;
        assertThat(lines.isViews(line)).as(written).isEqualTo(views);
        assertThat(lines.countLine(line)).as(written).isEqualTo(count > Integer.MAX_VALUE ? -1 : (int) count);
        assertThat(lines.isBoilerplate(line)).as(written).isEqualTo(boilerplate);
        assertThat(lines.isBox(line)).as(written).isEqualTo(CopiedText.isOneOf(line, words.phrases("box")));
        matched += views || count >= 0 || boilerplate ? 1 : 0;
      }
      assertThat(lines.replies(Line.at("5 ответов", 1, 0, 9))).isEqualTo(words == unusual ? 5 : -1);
      assertThat(lines.pinned(Line.at("📌 Pinned @chan", 1, 0, 15))).isEqualTo(words == unusual ? 10 : -1);
    }
    assertThat(matched).isGreaterThan(1_000);
  }
}
