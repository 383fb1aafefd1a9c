package dev.threadkit.spark.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.apache.hadoop.conf.Configuration;

/** The dumps under the paths of one read, as a table that can be scanned in batch. */
public final class DumpTable implements SupportsRead {
  private final ReadOptions options;

  /**
   * Creates the table.
   *
   * @param options the read's options
   */
  public DumpTable(ReadOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "threadkit " + String.join(", ", options.paths());
  }

  @Override
  public Column[] columns() {
    StructType schema = RowLayout.schema(options.rows());
    Column[] columns = new Column[schema.size()];
    for (int i = 0; i < columns.length; i++) {
      StructField field = schema.fields()[i];
      columns[i] = Column.create(field.name(), field.dataType(), field.nullable());
    }
    return columns;
  }

  /** Still read by parts of Spark 4 that predate {@link #columns()}; the same columns. */
  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return RowLayout.schema(options.rows());
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
    ReadOptions read = scanOptions.isEmpty() ? options : ReadOptions.of(scanOptions.asCaseSensitiveMap());
    if (read.paths().isEmpty()) {
      read = options;
    }
    Configuration conf = new Configuration(SparkSession.active().sparkContext().hadoopConfiguration());
    for (Map.Entry<String, String> e : read.hadoopOptions().entrySet()) {
      conf.set(e.getKey(), e.getValue());
    }
    return new DumpScan(read, new HadoopConf(conf));
  }
}
