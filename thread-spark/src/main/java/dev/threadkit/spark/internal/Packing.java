package dev.threadkit.spark.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs whole dump files into partitions by bytes, the way Spark packs small files of its own
 * file sources ({@code FilePartition.getFilePartitions}), but never splitting a file and
 * keeping path order, so rows come out in the order the CLI writes them.
 *
 * <p>Each file costs its length plus {@code openCostInBytes} (what opening one more file is
 * worth in bytes read). The target size of a partition is
 * {@code min(maxPartitionBytes, max(openCostInBytes, totalCost / minPartitions))}: large reads
 * fill partitions of {@code maxPartitionBytes}, small ones are still spread over
 * {@code minPartitions} tasks. Files are taken in path order and a partition is closed when the
 * next file would take it past the target (a file larger than the target gets a partition of
 * its own). So every closed partition and the file after it cost more than the target, and the
 * number of partitions is at most {@code 2 * totalCost / target + 1}, whatever the number of
 * files.
 */
public final class Packing {
  private Packing() {}

  /**
   * Returns the target partition size for files of this total cost.
   *
   * @param totalCost the sum over files of length plus {@code openCostInBytes}
   * @param maxPartitionBytes the most bytes a partition should hold
   * @param openCostInBytes the cost of opening one file
   * @param minPartitions how many partitions to aim for at least (Spark's default parallelism)
   * @return the target, at least 1
   */
  public static long target(long totalCost, long maxPartitionBytes, long openCostInBytes, int minPartitions) {
    long perPartition = totalCost / Math.max(1, minPartitions);
    return Math.max(1, Math.min(maxPartitionBytes, Math.max(openCostInBytes, perPartition)));
  }

  /**
   * Packs files, in the order given (path order), into partitions.
   *
   * @param files the files, sorted by path
   * @param maxPartitionBytes the most bytes a partition should hold, more than 0
   * @param openCostInBytes the cost of opening one file, 0 or more
   * @param minPartitions how many partitions to aim for at least
   * @return the partitions, every file in exactly one, in order; none for no files
   */
  public static List<DumpPartition> pack(
      List<FileEntry> files, long maxPartitionBytes, long openCostInBytes, int minPartitions) {
    if (maxPartitionBytes <= 0) {
      throw new IllegalArgumentException("maxPartitionBytes must be positive: " + maxPartitionBytes);
    }
    if (openCostInBytes < 0) {
      throw new IllegalArgumentException("openCostInBytes must not be negative: " + openCostInBytes);
    }
    long totalCost = 0;
    for (FileEntry file : files) {
      totalCost = saturatedAdd(totalCost, saturatedAdd(file.length(), openCostInBytes));
    }
    long target = target(totalCost, maxPartitionBytes, openCostInBytes, minPartitions);
    List<DumpPartition> partitions = new ArrayList<>();
    List<FileEntry> current = new ArrayList<>();
    long currentCost = 0;
    for (FileEntry file : files) {
      if (!current.isEmpty() && saturatedAdd(currentCost, file.length()) > target) {
        partitions.add(new DumpPartition(partitions.size(), current));
        current = new ArrayList<>();
        currentCost = 0;
      }
      current.add(file);
      currentCost = saturatedAdd(currentCost, saturatedAdd(file.length(), openCostInBytes));
    }
    if (!current.isEmpty()) {
      partitions.add(new DumpPartition(partitions.size(), current));
    }
    return partitions;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
