package dev.threadkit.cli.internal;

import dev.threadkit.parser.DumpFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Expands command-line arguments into dumps: files as given, folders into their dumps, {@code -} into stdin. */
public final class Inputs {

  private Inputs() {}

  /**
   * Expands the arguments in order. A folder, or a link to one, becomes its dumps ({@link DumpFiles#below}), sorted
   * by path; an argument that names nothing usable becomes a failed {@link Input} in its place.
   * A file reached twice by the same normalized path ({@code a.txt ./a.txt}, or a folder and a
   * file in it) is read once, where it first appears.
   *
   * @param arguments the INPUT arguments
   * @return the inputs, in argument order
   * @throws IllegalArgumentException if {@code -} is given more than once
   */
  public static List<Input> expand(List<String> arguments) {
    return expandAll(arguments).inputs();
  }

  /**
   * The inputs, and what folders held that looked like dumps but was skipped.
   *
   * @param inputs the inputs, in argument order
   * @param skipped the files folders held that look like dumps and are not read, with why
   */
  public record Expanded(List<Input> inputs, List<DumpFiles.Skipped> skipped) {}

  /**
   * Expands the arguments as {@link #expand(List)} does, also keeping what was skipped inside
   * folders ({@code *.TXT}, a FIFO, a link to nothing), for the summary.
   *
   * @param arguments the INPUT arguments
   * @return the inputs and the skipped files
   * @throws IllegalArgumentException if {@code -} is given more than once
   */
  public static Expanded expandAll(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    List<DumpFiles.Skipped> skipped = new ArrayList<>();
    Set<Path> files = new HashSet<>(); // absolute and normalized, not resolved: links are the user's business
    Consumer<Path> addFile = file -> {
      if (files.add(file.toAbsolutePath().normalize())) {
        inputs.add(Input.file(file));
      }
    };
    boolean stdin = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (stdin) {
          throw new IllegalArgumentException("standard input ('-') can be read only once");
        }
        stdin = true;
        inputs.add(Input.stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (java.nio.file.InvalidPathException e) {
        inputs.add(Input.failed(argument, "not a valid path"));
        continue;
      }
      if (Files.isDirectory(path)) { // a link to a folder too: it is followed
        DumpFiles found;
        try {
          found = DumpFiles.below(path);
        } catch (IOException | UncheckedIOException e) {
          inputs.add(Input.failed(argument, "cannot list this folder: " + IoReasons.of(e)));
          continue;
        }
        skipped.addAll(found.skipped());
        if (found.dumps().isEmpty()) {
          inputs.add(Input.failed(argument, "no dumps (*.txt files) in this folder"));
        } else {
          found.dumps().forEach(addFile);
        }
      } else if (Files.exists(path)) {
        addFile.accept(path);
      } else {
        inputs.add(Input.failed(argument, "no such file"));
      }
    }
    return new Expanded(inputs, skipped);
  }
}
