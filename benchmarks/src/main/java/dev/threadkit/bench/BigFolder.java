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
 * <p>Usage: {@code BigFolder FOLDER TOTAL_MIB PER_FILE}, where {@code PER_FILE} is MiB, or KiB
 * with a {@code K} suffix ({@code 16K}: about 65,000 dumps a GiB, like a real crawl's folder).
 */
public final class BigFolder {
  private BigFolder() {}

  /**
   * Writes the folder.
   *
   * @param args the folder, the total size in MiB and each file's size (MiB, or KiB with a {@code K} suffix)
   * @throws IOException if a file cannot be written
   */
  public static void main(String... args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: BigFolder FOLDER TOTAL_MIB PER_FILE (MiB, or KiB with a K suffix)");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    long total = Long.parseLong(args[1]) << 20;
    String per = args[2].trim().toUpperCase(Locale.ROOT);
    int perFile = per.endsWith("K") ? Integer.parseInt(per.substring(0, per.length() - 1)) << 10
        : Integer.parseInt(per.endsWith("M") ? per.substring(0, per.length() - 1) : per) << 20;
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
