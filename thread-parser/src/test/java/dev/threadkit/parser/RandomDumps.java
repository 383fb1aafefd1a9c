package dev.threadkit.parser;

import java.util.SplittableRandom;

/**
 * Seeded text that looks like dumps gone wrong: fragments of real lines (headers of both
 * forms, author lines, dates good and bad, relative days, English and Russian words, bodies,
 * furniture) at random indentation, with tabs, carriage returns, runs of blank lines, stray
 * Unicode and cut-off ends.
 */
final class RandomDumps {
  private static final String[] FRAGMENTS = {
    "%d. steelmaker Offline steelmaker", "%d. Old man Online Old man", "steelmaker 9 December 2020 15: 35",
    "Old man (Old man) 9 December 2020 15: 42", "%d. Vladimir Tuzakov (Vladimir Tuzakov) 9 December 2020 18: 10",
    "%d. Gray Wolf 31 April 2021 10: 00", "%d. x 9 Decembre 2020 15: 35", "%d. y 1 May 2021 25: 61",
    "%d. Online Warrior Offline Online Warrior", "%d. a Offline b", "Someone (S) 1 May 2021 10: 06",
    "%d. First point", "This union is needed primarily by China.", "45", "0", "007", "  • Used photos: x.com", "•",
    "•  ", "%d.", "%d. ", "1. 1 January 2000 0:00", "12345678901. q Offline q", "%d. z 99 December 9999 99: 99",
    "(", ")", " (", "x ()", "a (b) (c) 1 May 2021 10: 00", "Иван Петров (Иван) 9 December 2020 15: 46",
    "\uFFFD\uFFFD", "\uD83D\uDE00 emoji", "\u3000ideographic", "trailing  \t", "%d. Offline Offline Offline",
    "%d. \t 1 May 2021 10: 00", "\r", "mid-wo", "9: 05", "December 2020 15: 35",
    // The Russian edition: genitive months, status words with spaces, relative days.
    "%d. Иван Петров Не в сети Иван Петров", "%d. Анна В сети Анна", "Иван Петров (Иван) 9 декабря 2020 15:35",
    "Анна Вчера, 15:35", "%d. Сергей К. Сегодня, 10:05", "%d. Пётр Вчера, 25:61", "%d. х 30 февраля 2021 10:00",
    "%d. a Не в сети b", "Yesterday, 9:05", "%d. bob Today, 23:59"
  };

  private RandomDumps() {}

  static String generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder();
    if (random.nextInt(10) == 0) {
      out.append('\uFEFF');
    }
    int lines = random.nextInt(60);
    for (int i = 0; i < lines; i++) {
      int indentRoll = random.nextInt(10);
      int indent = indentRoll < 7 ? 2 * random.nextInt(8) : random.nextInt(17);
      for (int s = 0; s < indent; s++) {
        out.append(random.nextInt(25) == 0 ? '\t' : ' ');
      }
      int kind = random.nextInt(12);
      if (kind == 0) {
        // blank
      } else if (kind == 1) {
        for (int c = random.nextInt(30); c > 0; c--) {
          out.append((char) random.nextInt(0x20, 0x3000));
        }
      } else {
        out.append(String.format(FRAGMENTS[random.nextInt(FRAGMENTS.length)], 1 + random.nextInt(12)));
      }
      if (random.nextInt(8) == 0) {
        out.append('\r');
      }
      if (i < lines - 1 || random.nextBoolean()) {
        out.append('\n');
      }
    }
    if (out.length() > 0 && random.nextInt(4) == 0) {
      out.setLength(random.nextInt(out.length()));
      if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
    }
    return out.toString();
  }
}
