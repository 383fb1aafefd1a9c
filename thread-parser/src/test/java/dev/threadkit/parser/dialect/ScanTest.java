package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.parser.spi.Scan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Scan}'s word and phrase scans, the building blocks the dialects' line scanners share. */
class ScanTest {

  @Test
  void wordEndIsTheFirstSpaceOrTheEndOfTheRange() {
    assertThat(Scan.wordEnd("161 replies", 0, 11)).isEqualTo(3);
    assertThat(Scan.wordEnd("161 replies", 4, 11)).isEqualTo(11);
    assertThat(Scan.wordEnd("161 replies", 0, 2)).isEqualTo(2);
    assertThat(Scan.wordEnd(" x", 0, 2)).isZero();
  }

  @Test
  void phraseEndTakesTheLongestPhraseThatStandsAsWholeWords() {
    List<String> phrases = List.of("Sort", "Sort by");
    assertThat(Scan.phraseEnd("Sort by Top", 0, 11, phrases)).isEqualTo(7);
    assertThat(Scan.phraseEnd("Sort", 0, 4, phrases)).isEqualTo(4);
    assertThat(Scan.phraseEnd("Sorted", 0, 6, phrases)).isEqualTo(-1);
    assertThat(Scan.phraseEnd("8 Comments", 2, 10, List.of("Comments", "comments"))).isEqualTo(10);
    assertThat(Scan.phraseEnd("Sort by", 0, 5, phrases)).as("a phrase past the range").isEqualTo(4);
    assertThat(Scan.phraseEnd("Sort", 0, 4, List.of())).isEqualTo(-1);
  }

  @Test
  void endingPhraseFindsTheFirstPhraseThatEndsTheRangeAsWholeWords() {
    List<String> ago = List.of("ago");
    assertThat(Scan.endingPhrase("9 months ago", 0, 12, ago)).isEqualTo(9);
    assertThat(Scan.endingPhrase("ago", 0, 3, ago)).isZero();
    assertThat(Scan.endingPhrase("9 months tago", 0, 13, ago)).isEqualTo(-1);
    assertThat(Scan.endingPhrase("9 months ago edited", 0, 12, ago)).isEqualTo(9);
    assertThat(Scan.endingPhrase("go", 0, 2, ago)).isEqualTo(-1);
    assertThat(Scan.endingPhrase("a (edited)", 0, 10, List.of("edited", "(edited)"))).isEqualTo(2);
  }
}
