package dev.threadkit.examples.consumer;

import dev.threadkit.export.ExportSession;
import dev.threadkit.export.JsonLinesExporter;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;

/** Parses a dump and writes its comments as JSON Lines: what a user's code does with threadkit. */
public final class DumpToJsonLines {
  private DumpToJsonLines() {}

  /**
   * Parses a dump file and returns its comments as JSON Lines.
   *
   * @param dump the dump file
   * @return one JSON object a line, one line a comment
   * @throws IOException if the export fails
   */
  public static String convert(Path dump) throws IOException {
    ParseResult result = DumpParser.builder().build().parse(dump);
    StringWriter out = new StringWriter();
    try (ExportSession session = JsonLinesExporter.builder().build().open(out)) {
      session.write(result.discussion());
    }
    return out.toString();
  }

  /**
   * Prints the JSON Lines of each dump named.
   *
   * @param args dump files
   * @throws IOException if one cannot be exported
   */
  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      System.out.print(convert(Path.of(arg)));
    }
  }
}
