package dev.threadkit.parser.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.threadkit.parser.spi.Counts;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Counts}: the like-count notation shared by the web-copy dialects. */
class CountsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|0", "7|7", "161|161", "8,591|8591", "12,345,678|12345678", "10K|10000", "1.2K|1200", "1.25k|1250",
      "3M|3000000", "2.4M|2400000", "1B|1000000000", "999|999"})
  void readsCountsAsPagesWriteThem(String text, long value) {
    assertThat(Counts.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "K", "1.2", "1,2", "1234,567", "1.2345K", "1..2K", "1.2.3", "-3",
      "12 K", "10KK", "one", "1,234.5K", "99999999999999999K"})
  void rejectsOtherText(String text) {
    assertThat(Counts.parse(text)).isEqualTo(-1);
  }

  @Test
  void readsARangeOfALine() {
    assertThat(Counts.parse("likes: 10K here", 7, 10)).isEqualTo(10_000);
  }

  @Test
  void writesTheShortNotationOnlyWhenItIsExact() {
    assertThat(Counts.format(999)).isEqualTo("999");
    assertThat(Counts.format(1_000)).isEqualTo("1K");
    assertThat(Counts.format(1_200)).isEqualTo("1.2K");
    assertThat(Counts.format(1_234)).isEqualTo("1234");
    assertThat(Counts.format(15_000)).isEqualTo("15K");
    assertThat(Counts.format(15_500)).isEqualTo("15500");
    assertThat(Counts.format(3_000_000)).isEqualTo("3M");
    assertThatIllegalArgumentException().isThrownBy(() -> Counts.format(-1));
  }

  @Test
  void everyWrittenCountReadsBack() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long n = random.nextInt(4) == 0 ? random.nextLong(1_000_000_000_000L) : random.nextInt(100) * (long) Math.pow(10, random.nextInt(10));
      assertThat(Counts.parse(Counts.format(n))).as("%d", n).isEqualTo(n);
    }
  }
}
