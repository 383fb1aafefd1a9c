package dev.threadkit.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the dump files of a read, on the driver, through Hadoop's file system: a path is a
 * file, a folder (read recursively) or a glob. In folders, hidden files ({@code .name}) and
 * Spark's markers ({@code _SUCCESS}) are skipped, and only files with the read's extension
 * (default {@code txt}, as the command line) are taken; a file named directly or matched by a
 * glob is taken whatever its name.
 */
public final class DumpFiles {
  private DumpFiles() {}

  /**
   * Lists the files, each once, sorted by path.
   *
   * @param paths the paths given to the read
   * @param extension the extension files in folders must have, or empty for every file
   * @param conf the Hadoop configuration
   * @return the files in path order
   * @throws IllegalArgumentException if no path is given, or a path matches nothing
   * @throws UncheckedIOException if a folder cannot be listed
   */
  public static List<FileEntry> list(List<String> paths, String extension, Configuration conf) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("threadkit: no path to read: use load(\"path\") or option path");
    }
    TreeMap<String, FileEntry> files = new TreeMap<>();
    for (String given : paths) {
      Path path = new Path(given);
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("threadkit: path does not exist: " + given);
        }
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
            walk(fs, match.getPath(), extension, files);
          } else if (!hidden(match.getPath().getName()) || match.getPath().equals(fs.makeQualified(path))) {
            add(files, match);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("threadkit: cannot list " + given + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(files.values());
  }

  /**
   * Walks a folder with {@code listStatus}, not {@code listFiles}: the latter builds a
   * LocatedFileStatus per file, which on the local file system asks for its permissions, one
   * process per file (minutes for 10,000 dumps).
   */
  private static void walk(FileSystem fs, Path root, String extension, TreeMap<String, FileEntry> files)
      throws IOException {
    ArrayDeque<Path> folders = new ArrayDeque<>();
    folders.add(root);
    while (!folders.isEmpty()) {
      for (FileStatus status : fs.listStatus(folders.poll())) {
        if (hidden(status.getPath().getName())) {
          continue;
        }
        if (status.isDirectory()) {
          folders.add(status.getPath());
        } else if (status.isFile() && (extension.isEmpty() || status.getPath().getName().endsWith("." + extension))) {
          add(files, status);
        }
      }
    }
  }

  private static void add(TreeMap<String, FileEntry> files, FileStatus status) {
    String path = status.getPath().toString();
    files.putIfAbsent(path, new FileEntry(path, status.getLen()));
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }
}
