package dev.threadkit.spark.internal;

import dev.threadkit.parser.DumpParseException;
import dev.threadkit.parser.DumpParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one dump and parses it, turning every way that can fail into a {@link Loaded} with a
 * one-line reason, by the same rules as the command line: an empty file, a binary file (a NUL
 * byte near the start) and a file past the parser's size limit are failures, not dumps.
 */
public final class DumpLoader {
  /** How far into a file to look for a NUL byte, the mark of a binary file (as the CLI). */
  static final int BINARY_SNIFF = 8192;
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private DumpLoader() {}

  /**
   * Reads and parses a file through Hadoop's file system (local, HDFS, S3, ...).
   *
   * @param file the file
   * @param conf the Hadoop configuration
   * @param parser the parser
   * @return the outcome; never throws for a problem of this one file
   */
  public static Loaded load(FileEntry file, Configuration conf, DumpParser parser) {
    Path path = new Path(file.path());
    String id = idOf(path.getName());
    byte[] bytes;
    try {
      FileSystem fs = path.getFileSystem(conf);
      long bound = Math.min(3L * parser.limits().maxInputLength() + 1, MAX_ARRAY);
      try (FSDataInputStream in = fs.open(path)) {
        bytes = readBounded(in, (int) bound);
      }
    } catch (IOException | RuntimeException e) {
      return Loaded.failed(file.path(), id, "cannot read: " + oneLine(e));
    }
    return parse(file.path(), id, bytes, parser);
  }

  /**
   * Parses a dump already in memory (for instance a {@code binaryFile} row's content).
   *
   * @param source the path, for the row and messages
   * @param bytes the dump
   * @param parser the parser
   * @return the outcome; never throws for a problem of this one dump
   */
  public static Loaded parse(String source, byte[] bytes, DumpParser parser) {
    return parse(source, idOf(new Path(source).getName()), bytes, parser);
  }

  private static Loaded parse(String source, String id, byte[] bytes, DumpParser parser) {
    if (bytes == null) {
      return Loaded.failed(source, id, "no content");
    }
    if (bytes.length == 0) {
      return Loaded.failed(source, id, "empty file");
    }
    try {
      if (bytes.length <= 3L * parser.limits().maxInputLength()) { // else the parser says too large
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
          return Loaded.failed(source, id, "binary file (a NUL byte at offset " + nul + "), not a text dump");
        }
      }
      return Loaded.parsed(source, parser.parse(bytes, id));
    } catch (DumpParseException e) {
      return Loaded.failed(source, id, "rejected: " + oneLine(e));
    } catch (RuntimeException e) {
      return Loaded.failed(source, id, "internal error: " + oneLine(e));
    }
  }

  /**
   * Returns the discussion id for a file name, as the parser gives it for a local file.
   *
   * @param fileName the file's name, without folders
   * @return the id
   */
  static String idOf(String fileName) {
    try {
      return DumpParser.idOf(java.nio.file.Path.of(fileName));
    } catch (InvalidPathException e) {
      int dot = fileName.lastIndexOf('.');
      String id = dot > 0 ? fileName.substring(0, dot) : fileName;
      return id.isBlank() ? "_" : id.replace('\n', '_').replace('\r', '_');
    }
  }

  private static byte[] readBounded(InputStream in, int bound) throws IOException {
    return in.readNBytes(bound);
  }

  private static int indexOfNul(byte[] bytes) {
    int end = Math.min(bytes.length, BINARY_SNIFF);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl) + " ...";
  }
}
