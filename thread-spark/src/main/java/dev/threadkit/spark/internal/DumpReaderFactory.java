package dev.threadkit.spark.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Makes the reader of a {@link DumpPartition}, on an executor. */
public final class DumpReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;
  private final ReadOptions options;
  private final HadoopConf conf;
  private final int[] projection;

  /**
   * Creates the factory, on the driver.
   *
   * @param options the read's options
   * @param conf the Hadoop configuration to open files with
   * @param projection for each column read, its position in the full row
   */
  public DumpReaderFactory(ReadOptions options, HadoopConf conf, int[] projection) {
    this.options = options;
    this.conf = conf;
    this.projection = projection.clone();
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new Reader(((DumpPartition) partition).files(), options, conf, projection);
  }

  /** Reads the partition's dumps one by one, each whole, and hands out their rows. */
  private static final class Reader implements PartitionReader<InternalRow> {
    private final Iterator<FileEntry> files;
    private final ReadOptions options;
    private final HadoopConf conf;
    private final int[] projection;
    private final ArrayDeque<Object[]> pending = new ArrayDeque<>();
    private InternalRow current;

    Reader(List<FileEntry> files, ReadOptions options, HadoopConf conf, int[] projection) {
      this.files = files.iterator();
      this.options = options;
      this.conf = conf;
      this.projection = projection;
    }

    @Override
    public boolean next() throws IOException {
      while (pending.isEmpty()) {
        if (!files.hasNext()) {
          current = null;
          return false;
        }
        Loaded loaded = DumpLoader.load(files.next(), conf.get(), options.parser());
        if (options.failFast() && loaded.error().isPresent()) {
          throw new IOException("threadkit: " + loaded.source() + ": " + loaded.error().get()
              + " (mode=FAILFAST; the default mode PERMISSIVE makes it a row with an error)");
        }
        pending.addAll(RowLayout.rows(options.rows(), loaded));
      }
      Object[] full = pending.poll();
      Object[] row = new Object[projection.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = full[projection[i]];
      }
      current = RowLayout.toInternal(row);
      return true;
    }

    @Override
    public InternalRow get() {
      return current;
    }

    @Override
    public void close() {
      pending.clear();
    }
  }
}
