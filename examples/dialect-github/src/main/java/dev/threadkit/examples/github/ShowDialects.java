package dev.threadkit.examples.github;

import dev.threadkit.model.DialectWriter;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.parser.spi.Dialect;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Shows what {@link java.util.ServiceLoader} finds where this program runs: the dialects the
 * parser can read, the writers the {@code dump} exporter can use, and, for each file named,
 * the dialect chosen to read it. Run it with this jar on the module path to see the dialect
 * plug in:
 *
 * <pre>{@code
 * java --module-path example-dialect-github.jar:thread-parser.jar:thread-model.jar:guava.jar:failureaccess.jar \
 *     -m dev.threadkit.examples.github/dev.threadkit.examples.github.ShowDialects issue.txt
 * }</pre>
 *
 * It prints, for example:
 *
 * <pre>
 * dialects: github plain topcor
 * writers: github topcor
 * issue.txt: github, 3 comments
 * </pre>
 */
public final class ShowDialects {
  private ShowDialects() {}

  /**
   * Prints the dialects, the writers and the dialect of each file.
   *
   * @param args dump files to detect the dialect of
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    DumpParser parser = DumpParser.builder().build();
    List<String> dialects = new ArrayList<>();
    for (Dialect dialect : parser.dialects()) {
      dialects.add(dialect.name());
    }
    out.println("dialects: " + String.join(" ", dialects));
    List<String> writers = new ArrayList<>();
    for (DialectWriter writer : ServiceLoader.load(DialectWriter.class)) {
      writers.add(writer.dialect());
    }
    writers.sort(null);
    out.println("writers: " + String.join(" ", writers));
    for (String file : args) {
      ParseResult result = parser.parse(Path.of(file));
      out.println(file + ": " + result.dialect() + ", " + result.discussion().size() + " comments");
    }
  }
}
