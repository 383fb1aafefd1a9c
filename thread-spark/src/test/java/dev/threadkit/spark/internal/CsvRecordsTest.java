package dev.threadkit.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<String[]> records = CsvRecords.parse("a,,\"x, \"\"y\"\"\nz\",\"\"\nb,c,d,e");

    assertThat(records).hasSize(2);
    assertThat(records.get(0)).containsExactly("a", null, "x, \"y\"\nz", "");
    assertThat(records.get(1)).containsExactly("b", "c", "d", "e");
  }

  @Test
  void acceptsCrLfAndATrailingLineBreak() {
    assertThat(CsvRecords.parse("a,b\r\nc,\n")).containsExactly(new String[] {"a", "b"}, new String[] {"c", null});
  }

  @Test
  void refusesAnUnclosedQuote() {
    assertThatThrownBy(() -> CsvRecords.parse("a,\"b\n")).isInstanceOf(IllegalArgumentException.class);
  }
}
