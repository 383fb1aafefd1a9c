package dev.threadkit.bench;

import dev.threadkit.export.JsonExporter;
import dev.threadkit.export.JsonLinesExporter;
import dev.threadkit.export.StreamExporter;
import dev.threadkit.model.Discussion;
import dev.threadkit.parser.DumpParser;
import dev.threadkit.parser.ParseResult;
import dev.threadkit.testkit.DiscussionGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The content every benchmark of one size works on: a dump, and the same discussion as the
 * exporters write it, so the parser and its peers read the same thing.
 *
 * <p>Sizes are {@code 10K}, {@code 1M}, {@code 16M} (a dump of at least that many characters,
 * K and M being 1024 and 1024², made by {@link DiscussionGenerator#dumpOfSize} from a fixed
 * generator seed) or {@code seed}, the bundled real dump {@code seeds/000_599c788b2f42df5e.txt}.
 * A generated size with the suffix {@value #LATIN} ({@code 1M-latin}) is the same kind of dump
 * with every comment in Latin-1 characters ({@link DiscussionGenerator.Builder#latinOnly}; the
 * one other character is topcor's bullet before the article's photo credit): the plain sizes
 * have Cyrillic handles and words in most comments, so the JVM holds their text as two bytes a
 * character, the Latin ones as one.
 */
public final class Inputs {
  /** The generator seed of every generated dump: the same sizes give the same text in every run. */
  public static final long GENERATOR_SEED = 20_201_209L;
  /** The suffix of a size whose generated dump is in Latin-1 characters only. */
  public static final String LATIN = "-latin";
  /** The bundled real dump, for size {@code seed}. */
  public static final String SEED_FILE = "000_599c788b2f42df5e.txt";

  /** The JSON every benchmark writes and reads: the {@code json} format, compact, with source lines. */
  public static final JsonExporter JSON = JsonExporter.builder().pretty(false).build();
  /** The JSON Lines exporter with its defaults. */
  public static final StreamExporter JSON_LINES = JsonLinesExporter.builder().build();

  final String id;
  final String dump;
  final byte[] dumpUtf8;
  final Discussion discussion;
  final byte[] json;
  final String jsonText;
  final int jsonLinesBytes;

  private Inputs(String id, String dump) {
    this.id = id;
    this.dump = dump;
    this.dumpUtf8 = dump.getBytes(StandardCharsets.UTF_8);
    ParseResult parsed = DumpParser.builder().build().parse(dump, id);
    this.discussion = parsed.discussion();
    this.json = write(JSON, discussion);
    this.jsonText = new String(json, StandardCharsets.UTF_8);
    this.jsonLinesBytes = write(JSON_LINES, discussion).length;
  }

  /**
   * Makes the inputs of one size.
   *
   * @param size {@code 10K}, {@code 1M}, {@code 16M}, any other count with an optional K or M
   *     suffix, each optionally followed by {@value #LATIN}, or {@code seed}
   * @return the inputs
   */
  public static Inputs of(String size) {
    if (size.equals("seed")) {
      return new Inputs(SEED_FILE.substring(0, SEED_FILE.lastIndexOf('.')), seedDump());
    }
    return new Inputs("generated-" + size, DiscussionGenerator.builder().seed(GENERATOR_SEED)
        .latinOnly(isLatin(size)).build().dumpOfSize(chars(size)));
  }

  /** Whether a size names a Latin-1-only dump ({@code 1M-latin}). */
  static boolean isLatin(String size) {
    return size.endsWith(LATIN);
  }

  /** Parses {@code 10K}, {@code 1M}, {@code 16M}: K is 1024, M is 1024²; a {@value #LATIN} suffix is ignored. */
  static int chars(String size) {
    String s = (isLatin(size) ? size.substring(0, size.length() - LATIN.length()) : size).trim()
        .toUpperCase(Locale.ROOT);
    int scale = s.endsWith("K") ? 1 << 10 : s.endsWith("M") ? 1 << 20 : 1;
    String digits = scale == 1 ? s : s.substring(0, s.length() - 1);
    return Math.multiplyExact(Integer.parseInt(digits), scale);
  }

  /** The bundled seed dump: from the jar, or from {@code seeds/} when run from the sources. */
  public static String seedDump() {
    try (InputStream in = Inputs.class.getResourceAsStream("/seeds/" + SEED_FILE)) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of("seeds", SEED_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed dump " + SEED_FILE, e);
    }
  }

  private static byte[] write(dev.threadkit.export.DocumentExporter exporter, Discussion discussion) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporter.write(discussion, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /**
   * Describes the inputs.
   *
   * @return sizes of the dump and its JSON
   */
  @Override
  public String toString() {
    return id + ": dump " + dump.length() + " chars / " + dumpUtf8.length + " UTF-8 bytes, "
        + discussion.size() + " comments, json " + json.length + " bytes, jsonl " + jsonLinesBytes + " bytes";
  }
}
