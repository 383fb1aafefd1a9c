package dev.threadkit.spark.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text, as {@link dev.threadkit.export.CsvExporter} writes it, back into
 * records of fields. The data source takes its comment rows from the csv export itself, so its
 * columns are always the export's; this is only the reading half.
 */
public final class CsvRecords {
  private CsvRecords() {}

  /**
   * Parses CSV text. Fields are separated by commas; a field in double quotes may hold commas,
   * line breaks and doubled quotes; records end with {@code \n} or {@code \r\n}, the last one
   * possibly without. An unquoted empty field is {@code null}, a quoted empty one {@code ""}.
   *
   * @param text the CSV text
   * @return the records in order
   * @throws IllegalArgumentException if a quoted field is not closed
   */
  public static List<String[]> parse(String text) {
    List<String[]> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    int n = text.length();
    boolean atFieldStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        quoted = true;
        atFieldStart = false;
        i++;
        int close = -1;
        while (i < n) {
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            close = i;
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        if (close < 0) {
          throw new IllegalArgumentException("unclosed quoted field in CSV record " + (records.size() + 1));
        }
        continue;
      }
      atFieldStart = false;
      if (c == ',') {
        fields.add(value(field, quoted));
        field.setLength(0);
        quoted = false;
        atFieldStart = true;
        i++;
      } else if (c == '\n' || c == '\r') {
        fields.add(value(field, quoted));
        records.add(fields.toArray(new String[0]));
        fields.clear();
        field.setLength(0);
        quoted = false;
        atFieldStart = true;
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
      } else {
        field.append(c);
        i++;
      }
    }
    if (!fields.isEmpty() || field.length() > 0 || quoted) {
      fields.add(value(field, quoted));
      records.add(fields.toArray(new String[0]));
    }
    return records;
  }

  private static String value(StringBuilder field, boolean quoted) {
    return field.length() == 0 && !quoted ? null : field.toString();
  }
}
