package dev.threadkit.parser.dialect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs detection is checked on: every fixture dump and saved fuzzing input, and copies of
 * the dumps changed at random from a fixed seed as copies get damaged (lines lost, doubled,
 * swapped or cut, other breaks, tabs, replacement characters, a byte order mark, lines of
 * another layout pasted in), so that the cheap answers of the dialects meet what their scores
 * see in every layout.
 */
public final class DetectionInputs {
  private DetectionInputs() {}

  /** Lines that each hold the signs some dialect looks for, whole or nearly. */
  private static final String[] SIGNS = {
      "  1. Old man Online Old man", "\t2. anna Offline anna", "  3. bob (bob) 3 February 2017 10: 35",
      " 12. x Offline y z", "  1. Vera 19 November 2019 07: 22", "1. Old man Online Old man", "  0. a Online a",
      "[\u2013]Old_man 267 points 6 months ago (0 children)", "  [\u2013]bob 1 point 1 hour ago", "[+]x 3 points 2 days ago",
      "u/someone Aug 09 '23", "level 2", "\u00b7 3 yr. ago", "bob \u00b7 3 yr. ago", "permalink embed save report reply",
      "Old_man 3 years ago | next [\u2013]", "bob 1 hour ago [\u2013]", "a 2 days ago [dead] [\u2013]",
      "12 points by bob 3 hours ago | hide | past | favorite | 4 comments", "reply", "Reply",
      "Avatar", "Old man \u2022 2 hours ago", "Ann Lee  Tramp \u2022 1 year ago", "3 \u2022 Reply\u2022Share \u203a", "12 Comments",
      "@Old_man 5 minutes ago", "2 replies", "  1. Old man on February 3, 2017 at 10:35 am", "Ann says:",
      "Years ago | a pipe ] said", "1. Fleet they whole system.", "etc. 2. x", "ago |", " ago [", "[x]", "12: 34"};

  /** The fixture dumps and the saved fuzzing inputs, in path order. */
  public static List<String> files() {
    try {
      Path dumps = Path.of(DetectionInputs.class.getResource("/dumps").toURI());
      Path fuzz = Path.of(DetectionInputs.class.getResource("/dev/threadkit/parser/ParserFuzzTestInputs").toURI());
      try (Stream<Path> a = Files.walk(dumps); Stream<Path> b = Files.walk(fuzz)) {
        return Stream.concat(a, b).filter(Files::isRegularFile).sorted().map(DetectionInputs::read)
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Damaged copies of the fixture dumps.
   *
   * @param count how many
   * @param seed the seed of the changes
   * @return the copies
   */
  public static List<String> mutants(int count, long seed) {
    List<String> dumps = files().stream().filter(t -> t.length() > 40).collect(Collectors.toList());
    Random random = new Random(seed);
    List<String> mutants = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      mutants.add(mutate(dumps.get(random.nextInt(dumps.size())), dumps, random));
    }
    return mutants;
  }

  private static String mutate(String text, List<String> others, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int t = 1 + random.nextInt(6); t > 0; t--) {
      int n = lines.size();
      int i = random.nextInt(Math.max(1, n));
      switch (random.nextInt(13)) {
        case 0 -> { if (n > 1) lines.remove(i); }
        case 1 -> { if (n > 0) lines.add(i, lines.get(i)); }
        case 2 -> {
          if (n > 1) {
            int j = random.nextInt(n);
            lines.set(j, lines.set(i, lines.get(j)));
          }
        }
        case 3, 4 -> lines.add(i, (random.nextInt(4) == 0 ? "  " : "") + SIGNS[random.nextInt(SIGNS.length)]);
        case 5 -> { if (n > 0) lines.set(i, lines.get(i) + (random.nextBoolean() ? "\r" : "  ")); }
        case 6 -> { if (n > 0) lines.set(i, (random.nextBoolean() ? "\t" : " ".repeat(1 + random.nextInt(3))) + lines.get(i)); }
        case 7 -> {
          if (n > 0) {
            String line = lines.get(i);
            int at = random.nextInt(line.length() + 1);
            lines.set(i, line.substring(0, at) + (random.nextBoolean() ? "\uFFFD" : "\r") + line.substring(at));
          }
        }
        case 8 -> { if (n > 0) lines.set(i, lines.get(i).substring(0, random.nextInt(lines.get(i).length() + 1))); }
        case 9, 10 -> {
          String[] other = others.get(random.nextInt(others.size())).split("\n", -1);
          int from = random.nextInt(other.length);
          for (int k = 0; k < 1 + random.nextInt(12) && from + k < other.length; k++) {
            lines.add(Math.min(lines.size(), i + k), other[from + k]);
          }
        }
        case 11 -> { if (n > 0) lines.set(i, lines.get(i).replace(' ', random.nextBoolean() ? '\t' : '\u00a0')); }
        default -> {
          for (int k = random.nextInt(250); k > 0; k--) {
            lines.add(i, random.nextInt(3) == 0 ? "" : "filler " + k);
          }
        }
      }
    }
    String out = String.join(random.nextInt(10) == 0 ? "\r\n" : random.nextInt(30) == 0 ? "\r" : "\n", lines);
    if (random.nextInt(6) == 0) {
      out = "\uFEFF" + out;
    }
    return random.nextInt(4) == 0 ? out.substring(0, random.nextInt(out.length() + 1)) : out;
  }
}
