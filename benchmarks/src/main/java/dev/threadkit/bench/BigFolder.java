package dev.threadkit.bench;

import dev.threadkit.testkit.DiscussionGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a folder of generated dumps of a given total size, for {@code bigfolder.sh}: one dump
 * of {@code PER_FILE_MIB} made from the fixed generator seed, written under as many names as
 * the total needs, so that a gigabyte is written in seconds.
 *
 * <p>Usage: {@code BigFolder FOLDER TOTAL_MIB PER_FILE_MIB}.
 */
public final class BigFolder {
  private BigFolder() {}

  /**
   * Writes the folder.
   *
   * @param args the folder, the total size and each file's size, in MiB
   * @throws IOException if a file cannot be written
   */
  public static void main(String... args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: BigFolder FOLDER TOTAL_MIB PER_FILE_MIB");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    long total = Long.parseLong(args[1]) << 20;
    int perFile = Integer.parseInt(args[2]) << 20;
    byte[] dump = DiscussionGenerator.builder().seed(Inputs.GENERATOR_SEED).build().dumpOfSize(perFile)
        .getBytes(StandardCharsets.UTF_8);
    long written = 0;
    int files = 0;
    while (written < total) {
      Files.write(folder.resolve(String.format(Locale.ROOT, "d%05d.txt", files++)), dump);
      written += dump.length;
    }
    System.out.printf(Locale.ROOT, "%d dumps, %d bytes in %s%n", files, written, folder);
  }
}
