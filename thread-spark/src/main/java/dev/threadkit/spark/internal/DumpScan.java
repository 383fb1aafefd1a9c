package dev.threadkit.spark.internal;

import java.util.List;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;

/**
 * The scan of a read: lists the files, packs them into partitions ({@link Packing}) and hands
 * each to a reader. Partition sizes default to Spark's own settings for file sources
 * ({@code spark.sql.files.maxPartitionBytes}, {@code spark.sql.files.openCostInBytes},
 * {@code spark.sql.files.minPartitionNum} or the default parallelism); the options
 * {@code maxPartitionBytes}, {@code openCostInBytes} and {@code minPartitions} override them.
 */
public final class DumpScan implements ScanBuilder, SupportsPushDownRequiredColumns, Scan, Batch {
  private final ReadOptions options;
  private final HadoopConf conf;
  private StructType required;
  private List<DumpPartition> partitions;

  /**
   * Creates the scan.
   *
   * @param options the read's options
   * @param conf the Hadoop configuration
   */
  public DumpScan(ReadOptions options, HadoopConf conf) {
    this.options = options;
    this.conf = conf;
  }

  @Override
  public Scan build() {
    return this;
  }

  /**
   * Keeps only the columns the query reads ({@code count()} reads none): the dump is parsed
   * all the same, but rows carry no more than is asked for.
   */
  @Override
  public void pruneColumns(StructType requiredSchema) {
    this.required = requiredSchema;
  }

  @Override
  public StructType readSchema() {
    return required == null ? RowLayout.schema(options.rows()) : required;
  }

  /** For each column read, its position in the full row. */
  private int[] projection() {
    StructType full = RowLayout.schema(options.rows());
    StructType read = readSchema();
    int[] positions = new int[read.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = full.fieldIndex(read.fields()[i].name());
    }
    return positions;
  }

  @Override
  public String description() {
    return "threadkit " + options.paths() + " " + options;
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    return plan().toArray(new InputPartition[0]);
  }

  /**
   * Lists and packs the files, once.
   *
   * @return the partitions
   */
  public synchronized List<DumpPartition> plan() {
    if (partitions == null) {
      SparkSession spark = SparkSession.active();
      long maxBytes = options.longOption("maxpartitionbytes")
          .orElseGet(() -> bytesConf(spark, "spark.sql.files.maxPartitionBytes", 128L << 20));
      long openCost = options.longOption("opencostinbytes")
          .orElseGet(() -> bytesConf(spark, "spark.sql.files.openCostInBytes", 4L << 20));
      long minPartitions = options.longOption("minpartitions").orElseGet(() -> {
        scala.Option<String> set = spark.conf().getOption("spark.sql.files.minPartitionNum");
        return set.isDefined() ? Long.parseLong(set.get().trim()) : (long) spark.sparkContext().defaultParallelism();
      });
      List<FileEntry> files = DumpFiles.list(options.paths(), options.extension(), conf.get());
      partitions = Packing.pack(files, maxBytes, openCost, (int) minPartitions);
    }
    return partitions;
  }

  private static long bytesConf(SparkSession spark, String key, long fallback) {
    scala.Option<String> value = spark.conf().getOption(key);
    return value.isDefined() ? JavaUtils.byteStringAsBytes(value.get().trim()) : fallback;
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new DumpReaderFactory(options, conf, projection());
  }
}
