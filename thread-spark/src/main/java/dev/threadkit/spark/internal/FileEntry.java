package dev.threadkit.spark.internal;

import java.io.Serializable;

/**
 * One dump file found when planning a read: its full path (a Hadoop path string) and length in
 * bytes. Sent to the executors inside a {@link DumpPartition}.
 *
 * @param path the file's full path
 * @param length its length in bytes
 */
public record FileEntry(String path, long length) implements Serializable {
  private static final long serialVersionUID = 1L;
}
