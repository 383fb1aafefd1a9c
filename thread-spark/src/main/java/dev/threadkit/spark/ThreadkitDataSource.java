package dev.threadkit.spark;

import dev.threadkit.spark.internal.DumpTable;
import dev.threadkit.spark.internal.ReadOptions;
import dev.threadkit.spark.internal.RowLayout;
import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source of threadkit, short name {@code threadkit}: reads forum dumps as rows,
 * from Java, Scala, Python and SQL alike.
 *
 * <pre>{@code
 * Dataset<Row> comments = spark.read().format("threadkit").load("s3a://bucket/dumps/");
 * Dataset<Row> dumps = spark.read().format("threadkit").option("rows", "discussions").load("dumps/*.txt");
 * }</pre>
 *
 * <p>A path is a dump file, a folder (read recursively: every {@code *.txt} file below it,
 * hidden files and Spark's {@code _} markers left out) or a glob; {@code load} takes several.
 * The options, names in any case:
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code rows}</td><td>{@code comments}</td><td>{@code comments}: one row per comment,
 *     the columns of the csv export ({@code discussion, id, parent, depth, author, name, status,
 *     posted, text} today, all strings, empty values null, as Spark's csv reader reads the export),
 *     then {@code source} (the dump's path) and {@code error}. {@code discussions}: one row per
 *     dump, {@code id, source, title, comments, authors} (distinct handles), {@code diagnostics}
 *     (their number), {@code messages} (each as {@code path:line:column: severity code message})
 *     and {@code error}.</td></tr>
 *   <tr><td>{@code mode}</td><td>{@code PERMISSIVE}</td><td>a dump that cannot be read (empty,
 *     binary, past the parser's size limit, or rejected by a strict parser) is one row whose
 *     {@code error} says why, and every other column but the id and path null;
 *     {@code FAILFAST} fails the job instead. No mode drops a dump.</td></tr>
 *   <tr><td>{@code strict}</td><td>{@code false}</td><td>parse strictly: a dump with a warning or
 *     an error is rejected.</td></tr>
 *   <tr><td>{@code fileExtension}</td><td>{@code txt}</td><td>the extension of the files read in
 *     folders; empty for all files.</td></tr>
 *   <tr><td>{@code maxPartitionBytes}</td><td>{@code spark.sql.files.maxPartitionBytes}
 *     (128 MB)</td><td>the most bytes of dumps one task reads. Dumps are never split; small
 *     ones are packed together.</td></tr>
 *   <tr><td>{@code openCostInBytes}</td><td>{@code spark.sql.files.openCostInBytes} (4 MB)</td>
 *     <td>what opening one more file counts for, in bytes, when packing.</td></tr>
 *   <tr><td>{@code minPartitions}</td><td>{@code spark.sql.files.minPartitionNum}, else the
 *     default parallelism</td><td>how many tasks a small read is spread over at least.</td></tr>
 *   <tr><td>{@code fs.*}</td><td></td><td>Hadoop file-system settings for this read only.</td></tr>
 * </table>
 *
 * <p>Spark finds the source by its short name through {@code META-INF/services}; the class has
 * a public no-argument constructor for that and holds no state.
 */
public final class ThreadkitDataSource implements TableProvider, DataSourceRegister {

  /** The short name, {@code threadkit}, for {@code format(...)} and {@code USING}. */
  public static final String SHORT_NAME = "threadkit";

  /** Creates the source; Spark does, on every read. */
  public ThreadkitDataSource() {}

  /**
   * Returns {@code threadkit}.
   *
   * @return the short name
   */
  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  /**
   * Returns the columns the {@code rows} option chooses; nothing is read to find them.
   *
   * @param options the read's options
   * @return the schema
   * @throws IllegalArgumentException for an option value that is not allowed
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return RowLayout.schema(ReadOptions.of(options.asCaseSensitiveMap()).rows());
  }

  /**
   * Returns the table of the dumps the options point at.
   *
   * @param schema the schema from {@link #inferSchema}
   * @param partitioning none
   * @param properties the read's options
   * @return the table
   * @throws IllegalArgumentException for an option value that is not allowed
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new DumpTable(ReadOptions.of(properties));
  }

  /**
   * Returns the schema of a row kind: what {@code load()} gives for the option
   * {@code rows=comments} or {@code rows=discussions}.
   *
   * @param rows {@code comments} or {@code discussions}
   * @return the columns
   * @throws IllegalArgumentException for another value
   */
  public static StructType schema(String rows) {
    return RowLayout.schema(ReadOptions.of(Map.of("rows", rows)).rows());
  }
}
