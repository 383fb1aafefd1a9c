package dev.threadkit.cli.internal;

import dev.threadkit.parser.DumpParser;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One dump to read: a file, standard input, or an argument that could not be expanded into a
 * dump (a missing path, a folder without dumps), which is carried along as a failure so that
 * it is reported in its place among the others.
 *
 * @param label how messages name it: the path as the user wrote it, or {@code <stdin>}
 * @param path the file; empty for standard input and for an argument that failed
 * @param problem why the argument is not a dump, when it is not one
 */
public record Input(String label, Optional<Path> path, Optional<String> problem) {

  /** How messages name standard input. */
  public static final String STDIN_LABEL = "<stdin>";
  /** The discussion id of a dump read from standard input. */
  public static final String STDIN_ID = "stdin";

  static Input file(Path file) {
    return new Input(file.toString(), Optional.of(file), Optional.empty());
  }

  static Input stdin() {
    return new Input(STDIN_LABEL, Optional.empty(), Optional.empty());
  }

  static Input failed(String label, String problem) {
    return new Input(label, Optional.empty(), Optional.of(problem));
  }

  /**
   * Returns the size of the file, to budget memory; 0 for standard input, a failed argument or
   * a file whose size cannot be read (reading it will say why).
   *
   * @return the size in bytes
   */
  public long size() {
    if (path.isEmpty()) {
      return 0;
    }
    try {
      return java.nio.file.Files.size(path.get());
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /**
   * Tells whether this input is standard input.
   *
   * @return {@code true} for {@code -}
   */
  public boolean isStdin() {
    return path.isEmpty() && problem.isEmpty();
  }

  /**
   * Returns the discussion id: the file name without its extension, or {@code stdin}.
   *
   * @return the id; for an argument that failed, its label
   */
  public String id() {
    return path.map(DumpParser::idOf).orElse(isStdin() ? STDIN_ID : label);
  }
}
