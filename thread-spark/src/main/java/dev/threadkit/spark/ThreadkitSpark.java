package dev.threadkit.spark;

import dev.threadkit.spark.internal.DumpLoader;
import dev.threadkit.spark.internal.Loaded;
import dev.threadkit.spark.internal.ReadOptions;
import dev.threadkit.spark.internal.RowLayout;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Parses dumps already loaded as rows of {@code path} and {@code content}, such as Spark's
 * {@code binaryFile} source gives, into the rows of {@link ThreadkitDataSource}.
 *
 * <pre>{@code
 * Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
 *     .option("pathGlobFilter", "*.txt").load("s3a://bucket/dumps/");
 * Dataset<Row> comments = ThreadkitSpark.parse(files, Map.of());
 * }</pre>
 *
 * <p>The rows stay in the input's partitions; each dump is parsed where its row is.
 */
public final class ThreadkitSpark {
  private ThreadkitSpark() {}

  /**
   * Parses every row's {@code content} as a dump named by its {@code path}, giving the rows of
   * {@code rows=comments}.
   *
   * @param files rows with a string column {@code path} and a binary column {@code content}
   * @return one row per comment, or an error row per dump that cannot be read
   */
  public static Dataset<Row> parse(Dataset<Row> files) {
    return parse(files, Map.of());
  }

  /**
   * Parses every row's {@code content} as a dump named by its {@code path}.
   *
   * @param files rows with a string column {@code path} and a binary column {@code content}
   * @param options the data source's options that apply to parsing: {@code rows}, {@code mode},
   *     {@code strict}
   * @return the rows {@code rows} chooses
   * @throws IllegalArgumentException for an option value that is not allowed, or when
   *     {@code files} lacks one of the columns
   */
  public static Dataset<Row> parse(Dataset<Row> files, Map<String, String> options) {
    ReadOptions read = ReadOptions.of(options);
    StructType schema = RowLayout.schema(read.rows());
    List<String> columns = List.of(files.columns());
    if (!columns.contains("path") || !columns.contains("content")) {
      throw new IllegalArgumentException("threadkit: parse needs the columns path and content, as binaryFile"
          + " gives; these rows have " + columns);
    }
    return files.select("path", "content").mapPartitions(new Parse(read), Encoders.row(schema));
  }

  /** Parses the dumps of one partition; sent to the executors. */
  private static final class Parse implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ReadOptions options;

    Parse(ReadOptions options) {
      this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      return new Iterator<>() {
        private final List<Object[]> pending = new ArrayList<>();
        private int next;

        @Override
        public boolean hasNext() {
          while (next == pending.size()) {
            if (!input.hasNext()) {
              return false;
            }
            pending.clear();
            next = 0;
            Row file = input.next();
            String path = file.getString(0);
            byte[] content = file.isNullAt(1) ? null : (byte[]) file.get(1);
            Loaded loaded = DumpLoader.parse(path, content, options.parser());
            if (options.failFast() && loaded.error().isPresent()) {
              throw new IllegalStateException("threadkit: " + path + ": " + loaded.error().get()
                  + " (mode=FAILFAST; the default mode PERMISSIVE makes it a row with an error)");
            }
            pending.addAll(RowLayout.rows(options.rows(), loaded));
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return RowLayout.toExternal(pending.get(next++));
        }
      };
    }
  }
}
