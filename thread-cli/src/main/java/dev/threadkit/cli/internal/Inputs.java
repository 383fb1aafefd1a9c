package dev.threadkit.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands command-line arguments into dumps: files as given, folders into their dumps, {@code -} into stdin. */
public final class Inputs {

  private Inputs() {}

  /**
   * Expands the arguments in order. A folder becomes every {@code *.txt} file below it, sorted
   * by path; an argument that names nothing usable becomes a failed {@link Input} in its place.
   * A file reached twice by the same normalized path ({@code a.txt ./a.txt}, or a folder and a
   * file in it) is read once, where it first appears.
   *
   * @param arguments the INPUT arguments
   * @return the inputs, in argument order
   * @throws IllegalArgumentException if {@code -} is given more than once
   */
  public static List<Input> expand(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
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
      if (Files.isDirectory(path)) {
        List<Path> dumps = dumpsBelow(path);
        if (dumps == null) {
          inputs.add(Input.failed(argument, "cannot list this folder"));
        } else if (dumps.isEmpty()) {
          inputs.add(Input.failed(argument, "no dumps (*.txt files) in this folder"));
        } else {
          dumps.forEach(addFile);
        }
      } else if (Files.exists(path)) {
        addFile.accept(path);
      } else {
        inputs.add(Input.failed(argument, "no such file"));
      }
    }
    return inputs;
  }

  /** The dumps below a folder sorted by path, or null if the folder cannot be walked. */
  private static List<Path> dumpsBelow(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk
          .filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }
}
