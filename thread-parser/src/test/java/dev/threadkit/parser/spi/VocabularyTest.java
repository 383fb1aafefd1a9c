package dev.threadkit.parser.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.model.Presence;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

  private static final Vocabulary WORDS = Vocabulary.parse("""
      # months in two languages
      month 1 January
      month 1 января

      status online Online
      status offline Не в сети
      relative-day 1 Вчера
      relative-day 0   Today
      phrase form Leave a Reply
      """);

  @Test
  void readsEveryKindOfEntry() {
    assertThat(month("January")).isEqualTo(1);
    assertThat(month("января")).isEqualTo(1);
    assertThat(month("Февраля")).isZero();
    assertThat(WORDS.monthName(1)).isEqualTo("January");
    assertThat(WORDS.statusCount()).isEqualTo(2);
    assertThat(WORDS.statusWord(1)).isEqualTo("Не в сети");
    assertThat(WORDS.statusPresence(1)).isEqualTo(Presence.OFFLINE);
    assertThat(WORDS.statusWord(Presence.ONLINE)).isEqualTo("Online");
    assertThat(WORDS.relativeDay("Вчера", 0, 5)).isEqualTo(1);
    assertThat(WORDS.relativeDay("Today", 0, 5)).isZero();
    assertThat(WORDS.relativeDay("Tomorrow", 0, 8)).isEqualTo(-1);
    assertThat(WORDS.phrases("form")).containsExactly("Leave a Reply");
    assertThat(WORDS.phrases("says")).isEmpty();
    assertThat(WORDS.toString()).isEqualTo("Vocabulary[2 months, 2 statuses, 2 relative days, 1 phrases]");
  }

  @Test
  void monthsAndRelativeDaysMatchInAnyCaseStatusWordsOnlyExactly() {
    assertThat(month("JANUARY")).isEqualTo(1);
    assertThat(month("ЯНВАРЯ")).isEqualTo(1);
    assertThat(WORDS.relativeDay("вчера", 0, 5)).isEqualTo(1);
    assertThat(WORDS.startsStatusWord('O')).isTrue();
    assertThat(WORDS.startsStatusWord('Н')).isTrue();
    assertThat(WORDS.startsStatusWord('o')).isFalse();
  }

  @Test
  void everyCharacterThatStartsARelativeDayIsOneOfTheInitials() {
    assertThat(WORDS.startsRelativeDay('t')).isTrue();
    assertThat(WORDS.startsRelativeDay('В')).isTrue();
    assertThat(WORDS.startsRelativeDay('в')).isTrue();
    assertThat(WORDS.startsRelativeDay('Y')).isFalse();
    assertThat(Vocabulary.empty().startsRelativeDay('t')).isFalse();
    int read = 0;
    for (String word : List.of("Вчера", "Today")) {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        String text = (char) c + word.substring(1);
        if (WORDS.relativeDay(text, 0, text.length()) >= 0) {
          read++;
          assertThat(WORDS.startsRelativeDay((char) c)).as(text).isTrue();
        }
      }
    }
    assertThat(read).isGreaterThanOrEqualTo(4);
  }

  @Test
  void wordsAreLookedUpInARangeOfALine() {
    String line = "9 января 2021";
    assertThat(WORDS.month(line, 2, 8)).isEqualTo(1);
    assertThat(WORDS.month(line, 2, 7)).isZero();
  }

  @Test
  void plusTriesThisVocabularysWordsFirst() {
    Vocabulary english = Vocabulary.parse("month 5 May\nstatus online Online");
    Vocabulary both = english.plus(Vocabulary.parse("month 5 мая\nmonth 6 May\nstatus online В сети"));

    assertThat(both.month("May", 0, 3)).isEqualTo(5);
    assertThat(both.month("мая", 0, 3)).isEqualTo(5);
    assertThat(both.monthName(5)).isEqualTo("May");
    assertThat(both.statusWord(Presence.ONLINE)).isEqualTo("Online");
    assertThat(both.statusCount()).isEqualTo(2);
  }

  @Test
  void askingForAWordTheVocabularyLacksNamesWhatIsMissing() {
    assertThatThrownBy(() -> WORDS.monthName(7)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month 7");
    assertThatThrownBy(() -> Vocabulary.empty().statusWord(Presence.OFFLINE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offline");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("month 1 January\nmonth", "line 2", "KIND VALUE WORDS"),
        Arguments.of("month 13 Undecember", "line 1", "'13' is no value for month"),
        Arguments.of("month 0 Zero", "line 1", "'0' is no value for month"),
        Arguments.of("# comment\n\nmonth x January", "line 3", "'x' is no value for month"),
        Arguments.of("status away Away", "line 1", "online or offline"),
        Arguments.of("relative-day -1 Tomorrow", "line 1", "'-1' is no value for relative-day"),
        Arguments.of("month 1 January\nweekday 1 Monday", "line 2", "unknown kind 'weekday'"),
        Arguments.of("status online   ", "line 1", "KIND VALUE WORDS"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void parseErrorsNameTheLine(String text, String line, String why) {
    assertThatThrownBy(() -> Vocabulary.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("vocabulary " + line + ":")
        .hasMessageContaining(why);
  }

  @Test
  void theBuiltInVocabulariesParse() {
    Vocabulary english = Vocabulary.resource(Vocabulary.class, "/dev/threadkit/parser/internal/dialect/topcor-en.vocabulary");
    Vocabulary russian = Vocabulary.resource(Vocabulary.class, "/dev/threadkit/parser/internal/dialect/topcor-ru.vocabulary");

    assertThat(english.toString()).isEqualTo("Vocabulary[12 months, 2 statuses, 2 relative days, 0 phrases]");
    assertThat(russian.month("декабря", 0, 7)).isEqualTo(12);
    assertThat(russian.statusWord(Presence.ONLINE)).isEqualTo("В сети");
    assertThat(russian.relativeDay("Сегодня", 0, 7)).isZero();
  }

  @Test
  void aMissingResourceIsAnUncheckedIoErrorNamingIt() {
    assertThatThrownBy(() -> Vocabulary.resource(Vocabulary.class, "missing.vocabulary"))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.vocabulary");
  }

  private static int month(String word) {
    return WORDS.month(word, 0, word.length());
  }
}
