package dev.threadkit.parser;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The dumps below a folder: every regular file named {@code *.txt}, sorted by path, and the
 * files that look like dumps but were skipped, each with the reason, so that a tool can say
 * what it left out. This is the one folder walk: {@link DumpParser#parseAll(Path)} and the
 * command line both use it.
 *
 * <p>Links are followed, the folder itself too (a link to a folder of dumps lists its dumps),
 * and a cycle of links is skipped. Skipped, with a reason: a name ending in {@code .txt} in
 * another case ({@code A.TXT}), a {@code *.txt} that is not a regular file (a FIFO, a device),
 * a link to nothing, a folder that cannot be listed. Files with other names are not dumps and
 * are not mentioned.
 *
 * <pre>{@code
 * DumpFiles found = DumpFiles.below(Path.of("dumps"));
 * found.skipped().forEach(s -> System.err.println("skipped " + s.path() + ": " + s.reason()));
 * for (Path dump : found.dumps()) {
 *   System.out.println(dump);
 * }
 * }</pre>
 *
 * @param dumps the dump files, sorted by path
 * @param skipped what looked like a dump and was left out, sorted by path
 */
public record DumpFiles(List<Path> dumps, List<Skipped> skipped) {

  /**
   * Copies the lists.
   *
   * @param dumps the dump files
   * @param skipped the skipped files
   */
  public DumpFiles {
    dumps = List.copyOf(dumps);
    skipped = List.copyOf(skipped);
  }

  /**
   * A file that looked like a dump and was left out.
   *
   * @param path its path
   * @param reason why, such as {@code not a regular file}
   */
  public record Skipped(Path path, String reason) {
    /**
     * Validates the parts.
     *
     * @param path its path
     * @param reason why
     */
    public Skipped {
      requireNonNull(path, "path");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Lists the dumps below a folder, following links.
   *
   * @param folder the folder, or a link to one
   * @return the dumps and what was skipped
   * @throws IOException if the folder itself cannot be listed
   */
  public static DumpFiles below(Path folder) throws IOException {
    List<Path> dumps = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
          return FileVisitResult.CONTINUE;
        }
        if (attributes.isSymbolicLink()) { // FOLLOW_LINKS: only a link whose target is missing stays a link
          skipped.add(new Skipped(file, "a link to nothing"));
        } else if (!attributes.isRegularFile()) {
          skipped.add(new Skipped(file, "not a regular file"));
        } else if (!name.endsWith(".txt")) {
          skipped.add(new Skipped(file, "named " + name.substring(name.length() - 4) + ", not .txt"));
        } else {
          dumps.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (file.equals(folder)) {
          throw e;
        }
        skipped.add(new Skipped(file, e instanceof FileSystemLoopException ? "a cycle of links"
            : "cannot be listed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        return FileVisitResult.CONTINUE;
      }
    });
    dumps.sort(Comparator.naturalOrder());
    skipped.sort(Comparator.comparing(Skipped::path));
    return new DumpFiles(dumps, skipped);
  }
}
