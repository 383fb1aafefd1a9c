package dev.threadkit.export.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The Jackson generators every JSON and CSV format writes with: streaming, UTF-8 text with
 * {@code \n} line ends, the target left open, and no limit on nesting depth (Jackson's default
 * of 1000 would refuse a deep reply chain in the nested JSON).
 */
public final class Jackson {
  private static final StreamWriteConstraints UNBOUNDED_NESTING =
      StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build();

  private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamWriteConstraints(UNBOUNDED_NESTING)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .rootValueSeparator("") // callers end each root value with their own '\n'
          .build())
      .build();

  /** Quotes exactly the fields RFC 4180 needs quoted, and those a reader might trim. */
  private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING,
              CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
          .streamWriteConstraints(UNBOUNDED_NESTING)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build())
      .build();

  private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");

  /** Two-space indentation, {@code "name": value}, empty containers as {@code []} and {@code {}}. */
  private static final PrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator(""))
      .withObjectIndenter(TWO_SPACES)
      .withArrayIndenter(TWO_SPACES);

  private Jackson() {}

  /** A generator writing compact JSON, one root value after another with nothing between. */
  public static JsonGenerator compact(Writer out) {
    return JSON.writer().createGenerator(out);
  }

  /** A generator writing indented JSON. */
  public static JsonGenerator pretty(Writer out) {
    return JSON.writer().with(PRETTY).createGenerator(out);
  }

  /** A generator writing CSV records in the columns of {@code schema}. */
  public static JsonGenerator csv(Writer out, CsvSchema schema) {
    return CSV.writer(schema).createGenerator(out);
  }
}
