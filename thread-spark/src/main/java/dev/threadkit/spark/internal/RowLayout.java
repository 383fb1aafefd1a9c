package dev.threadkit.spark.internal;

import dev.threadkit.export.CsvExporter;
import dev.threadkit.export.ExportSession;
import dev.threadkit.model.Comment;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.spark.internal.ReadOptions.RowKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The columns of both row kinds and the values of a dump's rows. Values are built as plain
 * Java ({@code String}, {@code Integer}, {@code String[]}, or {@code null}), then turned into
 * Spark's internal rows (the data source) or external rows (the {@code binaryFile} helper).
 *
 * <p>Comment rows are the csv export's records: the columns and their values come from
 * {@link CsvExporter} itself, so a column added to the export appears here with no change.
 * Columns that are not the export's (the path, the error) are listed once, in
 * {@link #commentExtras()} and {@link #DISCUSSION_COLUMNS}.
 */
public final class RowLayout {
  private RowLayout() {}

  /** A column the csv export does not have, computed from the parse; {@code null} when failed. */
  private record Extra(String name, Function<ParseResult, String> value) {}

  /**
   * The columns after the csv export's in a comment row, in order. {@code source} and
   * {@code error} are filled by the reader; the rest from the parse.
   */
  private static List<Extra> commentExtras() {
    return List.of(
        // The dialect is the csv export's own column: it comes with the export.
        new Extra("source", r -> null),
        new Extra("error", r -> null));
  }

  private static final List<String> CSV_COLUMNS = readCsvHeader();
  private static final List<Extra> EXTRAS = commentExtras();

  /** The columns of a discussion row, in order, with their types. */
  private static final StructType DISCUSSION_COLUMNS = new StructType(new StructField[] {
    DataTypes.createStructField("id", DataTypes.StringType, false),
    DataTypes.createStructField("source", DataTypes.StringType, false),
    DataTypes.createStructField("dialect", DataTypes.StringType, true),
    DataTypes.createStructField("title", DataTypes.StringType, true),
    DataTypes.createStructField("comments", DataTypes.IntegerType, true),
    DataTypes.createStructField("authors", DataTypes.IntegerType, true),
    DataTypes.createStructField("diagnostics", DataTypes.IntegerType, true),
    DataTypes.createStructField("messages", DataTypes.createArrayType(DataTypes.StringType, false), true),
    DataTypes.createStructField("error", DataTypes.StringType, true),
  });

  private static final StructType COMMENT_COLUMNS = commentSchema();

  private static List<String> readCsvHeader() {
    try {
      StringWriter header = new StringWriter();
      CsvExporter.builder().header(true).build().open(header).close();
      List<String[]> records = CsvRecords.parse(header.toString());
      if (records.size() != 1) {
        throw new IllegalStateException("the csv export's header is not one record: " + header);
      }
      return List.of(records.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StructType commentSchema() {
    List<StructField> fields = new ArrayList<>();
    for (String column : CSV_COLUMNS) {
      // As Spark's csv reader reads the export without inferSchema: strings, empty is null.
      fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
    }
    for (Extra extra : EXTRAS) {
      fields.add(DataTypes.createStructField(extra.name(), DataTypes.StringType, !extra.name().equals("source")));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  /**
   * Returns the schema of a row kind.
   *
   * @param kind the kind
   * @return its columns
   */
  public static StructType schema(RowKind kind) {
    return kind == RowKind.COMMENTS ? COMMENT_COLUMNS : DISCUSSION_COLUMNS;
  }

  /**
   * Returns the csv export's columns, in order: the first columns of a comment row.
   *
   * @return the column names
   */
  public static List<String> csvColumns() {
    return CSV_COLUMNS;
  }

  /**
   * Returns the rows of one dump.
   *
   * @param kind the kind of row
   * @param loaded the dump's outcome
   * @return for comments, one row per comment (none for a dump without comments) or one error
   *     row; for discussions, one row
   */
  public static List<Object[]> rows(RowKind kind, Loaded loaded) {
    return kind == RowKind.COMMENTS ? commentRows(loaded) : Collections.singletonList(discussionRow(loaded));
  }

  private static List<Object[]> commentRows(Loaded loaded) {
    int width = COMMENT_COLUMNS.size();
    int source = COMMENT_COLUMNS.fieldIndex("source");
    int error = COMMENT_COLUMNS.fieldIndex("error");
    if (loaded.result().isEmpty()) {
      Object[] row = new Object[width];
      int discussion = CSV_COLUMNS.indexOf("discussion");
      if (discussion >= 0) {
        row[discussion] = loaded.id();
      }
      row[source] = loaded.source();
      row[error] = loaded.error().orElseThrow();
      return Collections.singletonList(row);
    }
    ParseResult result = loaded.result().get();
    Discussion discussion = result.discussion();
    List<String[]> records = CsvRecords.parse(csv(discussion));
    if (records.size() != discussion.size()) {
      throw new IllegalStateException("the csv export of " + loaded.source() + " has " + records.size()
          + " records for " + discussion.size() + " comments");
    }
    String[] extras = new String[EXTRAS.size()];
    for (int i = 0; i < extras.length; i++) {
      extras[i] = EXTRAS.get(i).value().apply(result);
    }
    List<Object[]> rows = new ArrayList<>(records.size());
    for (String[] record : records) {
      if (record.length != CSV_COLUMNS.size()) {
        throw new IllegalStateException("a csv record of " + loaded.source() + " has " + record.length
            + " fields for " + CSV_COLUMNS.size() + " columns");
      }
      Object[] row = new Object[width];
      for (int i = 0; i < record.length; i++) {
        String value = record[i];
        row[i] = value == null || value.isEmpty() ? null : value;
      }
      System.arraycopy(extras, 0, row, CSV_COLUMNS.size(), extras.length);
      row[source] = loaded.source();
      rows.add(row);
    }
    return rows;
  }

  private static String csv(Discussion discussion) {
    StringWriter out = new StringWriter();
    try (ExportSession session = CsvExporter.builder().header(false).build().open(out)) {
      session.write(discussion);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static Object[] discussionRow(Loaded loaded) {
    if (loaded.result().isEmpty()) {
      return new Object[] {loaded.id(), loaded.source(), null, null, null, null, null, null, loaded.error().orElseThrow()};
    }
    ParseResult result = loaded.result().get();
    Discussion discussion = result.discussion();
    Set<String> handles = new HashSet<>();
    for (Comment comment : discussion.comments()) {
      comment.author().ifPresent(author -> handles.add(author.handle()));
    }
    String[] messages = new String[result.diagnostics().size()];
    for (int i = 0; i < messages.length; i++) {
      Diagnostic d = result.diagnostics().get(i);
      messages[i] = d.format(loaded.source());
    }
    return new Object[] {
      discussion.id(), loaded.source(), discussion.dialect(), discussion.article().title(), discussion.size(), handles.size(),
      messages.length, messages, null
    };
  }

  /**
   * Turns row values into Spark's internal row.
   *
   * @param values the values, as {@link #rows} gives them
   * @return the row
   */
  public static InternalRow toInternal(Object[] values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = internal(values[i]);
    }
    return new GenericInternalRow(out);
  }

  private static Object internal(Object value) {
    if (value instanceof String s) {
      return UTF8String.fromString(s);
    }
    if (value instanceof String[] array) {
      Object[] items = new Object[array.length];
      for (int i = 0; i < array.length; i++) {
        items[i] = UTF8String.fromString(array[i]);
      }
      return new GenericArrayData(items);
    }
    return value;
  }

  /**
   * Turns row values into an external row, as a {@code Dataset<Row>} holds.
   *
   * @param values the values, as {@link #rows} gives them
   * @return the row
   */
  public static Row toExternal(Object[] values) {
    return RowFactory.create(values);
  }

}
