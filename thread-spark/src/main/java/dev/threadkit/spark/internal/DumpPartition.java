package dev.threadkit.spark.internal;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * Whole dump files read by one Spark task, in path order. A dump is never split across
 * partitions.
 *
 * @param index the partition's number, from 0, in path order
 * @param files the files, at least one
 */
public record DumpPartition(int index, List<FileEntry> files) implements InputPartition {
  private static final long serialVersionUID = 1L;

  /**
   * Copies the file list (into a serializable immutable list).
   *
   * @param index see {@link #index()}
   * @param files see {@link #files()}
   */
  public DumpPartition {
    files = List.copyOf(files);
  }

  /**
   * Returns the partition's total size in bytes, without opening costs.
   *
   * @return the sum of the file lengths
   */
  public long bytes() {
    long sum = 0;
    for (FileEntry file : files) {
      sum += file.length();
    }
    return sum;
  }
}
