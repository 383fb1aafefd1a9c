package dev.threadkit.parser.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to text: in a charset that was given, or else in the one the bytes most likely are.
 *
 * <p>Without a given charset: a UTF-16 or UTF-32 byte-order mark names its encoding; valid
 * UTF-8 is UTF-8; UTF-8 with a few bad bytes among more good multi-byte sequences stays UTF-8,
 * the bad bytes replaced by U+FFFD and their offsets remembered for {@code invalid-utf8}
 * warnings. Anything else is a legacy single-byte encoding, and a byte-statistics check on a
 * bounded prefix picks windows-1251, KOI8-R or ISO-8859-1; every choice other than UTF-8 comes
 * with a note naming it.
 *
 * <p>UTF-8 is decoded by {@link Utf8Decoder} in one pass that gives the same text as the JDK's
 * String constructor and notes the offset of every U+FFFD that stands for bad bytes (a dump may
 * also hold U+FFFD legitimately, which is not noted).
 */
public final class Decoding {
  /** How many bytes the legacy-charset statistics look at. */
  static final int SNIFF_BYTES = 1 << 16;

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset KOI8_R = Charset.forName("KOI8-R");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  /** The most frequent Russian letters, lower case: a Cyrillic text decoded right is full of them. */
  private static final String FREQUENT_CYRILLIC = "оеаинтсрвлкмдпуяыгзб";
  private static final boolean[] FREQUENT_IN_1251 = frequentIn(WINDOWS_1251);
  private static final boolean[] FREQUENT_IN_KOI8 = frequentIn(KOI8_R);

  private final String text;
  private final List<Integer> replacedOffsets;
  private final Optional<String> note;

  private Decoding(String text, List<Integer> replacedOffsets, Optional<String> note) {
    this.text = text;
    this.replacedOffsets = replacedOffsets;
    this.note = note;
  }

  /**
   * Decodes {@code bytes} in the given charset, or in the detected one if none is given; never
   * throws for malformed input.
   */
  public static Decoding decode(byte[] bytes, Optional<Charset> charset) {
    if (charset.isPresent()) {
      Charset given = charset.get();
      return given.equals(StandardCharsets.UTF_8) ? utf8(bytes)
          : new Decoding(new String(bytes, given), List.of(), Optional.empty());
    }
    Charset bom = byteOrderMark(bytes);
    if (bom != null) {
      int skip = bom.equals(UTF_32BE) || bom.equals(UTF_32LE) ? 4 : 2;
      return new Decoding(new String(bytes, skip, bytes.length - skip, bom), List.of(),
          Optional.of("decoded as " + bom.name() + ", as its byte-order mark says"));
    }
    Decoding utf8 = utf8(bytes);
    if (utf8.replacedOffsets.isEmpty() || mostlyUtf8(bytes)) {
      return utf8;
    }
    Charset legacy = likelyLegacyCharset(bytes);
    return new Decoding(new String(bytes, legacy), List.of(), Optional.of("the input is not UTF-8: decoded as "
        + legacy.name() + ", the most likely of windows-1251, KOI8-R and ISO-8859-1; choose another with"
        + " DumpParser.Builder.charset, or --encoding on the command line"));
  }

  /**
   * Tells whether the bytes start with a UTF-16 or UTF-32 byte-order mark, so that their NUL
   * bytes are text and not the mark of a binary file.
   *
   * @param bytes the input
   * @return whether the first bytes are a UTF-16 or UTF-32 byte-order mark
   */
  public static boolean hasUtf16Or32ByteOrderMark(byte[] bytes) {
    return byteOrderMark(bytes) != null;
  }

  /** The charset a UTF-16 or UTF-32 byte-order mark names, or null. UTF-8's mark is left to the reader. */
  private static Charset byteOrderMark(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return UTF_32BE;
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return UTF_32LE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * Whether bytes that are not all valid UTF-8 are still UTF-8 with some damage: at least as
   * many valid multi-byte sequences as invalid bytes, a character cut short by the end of the
   * input (a lead byte and some of its continuation bytes) counting as neither. A legacy single-byte text has almost no
   * valid multi-byte sequences, since its high bytes rarely come as a lead byte followed by
   * the right number of continuation bytes.
   */
  static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length > 0 && i + length > n && i + 1 < n && continuations(b, i + 1, n)) {
        break; // a character cut by the end of a truncated copy: the start of a sequence, not a wrong byte
      }
      boolean ok = length > 0 && i + length <= n;
      for (int k = 1; ok && k < length; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return (valid > 0 || invalid == 0) && valid >= invalid;
  }

  private static boolean continuations(byte[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Picks windows-1251, KOI8-R or ISO-8859-1 from the high bytes of a bounded prefix. Western
   * text has its accented letters one by one between ASCII letters; Cyrillic words are runs of
   * high bytes. For Cyrillic, the charset that decodes more of the high bytes to the most
   * frequent Russian letters wins: the two charsets put lower and upper case the other way round.
   */
  static Charset likelyLegacyCharset(byte[] b) {
    int end = Math.min(b.length, SNIFF_BYTES);
    int high = 0;
    int inRuns = 0;
    int score1251 = 0;
    int scoreKoi8 = 0;
    for (int i = 0; i < end; i++) {
      int v = b[i] & 0xFF;
      if (v < 0x80) {
        continue;
      }
      high++;
      if (i + 1 < end && (b[i + 1] & 0x80) != 0) {
        inRuns++;
      }
      if (FREQUENT_IN_1251[v - 0x80]) {
        score1251++;
      }
      if (FREQUENT_IN_KOI8[v - 0x80]) {
        scoreKoi8++;
      }
    }
    if (high == 0 || inRuns * 10 < high * 3 || Math.max(score1251, scoreKoi8) * 4 < high) {
      return StandardCharsets.ISO_8859_1;
    }
    return score1251 >= scoreKoi8 ? WINDOWS_1251 : KOI8_R;
  }

  private static boolean[] frequentIn(Charset charset) {
    boolean[] frequent = new boolean[128];
    for (int v = 0x80; v <= 0xFF; v++) {
      String decoded = new String(new byte[] {(byte) v}, charset);
      frequent[v - 0x80] = decoded.length() == 1 && FREQUENT_CYRILLIC.indexOf(decoded.charAt(0)) >= 0;
    }
    return frequent;
  }

  private static Decoding utf8(byte[] bytes) {
    Utf8Decoder.Replaced replaced = new Utf8Decoder.Replaced();
    String text = Utf8Decoder.decode(bytes, replaced);
    if (replaced.size() == 0) {
      return new Decoding(text, List.of(), Optional.empty());
    }
    Integer[] offsets = new Integer[replaced.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = replaced.get(i);
    }
    return new Decoding(text, List.of(offsets), Optional.empty());
  }

  /** The decoded text. */
  public String text() {
    return text;
  }

  /** Offsets in {@link #text()} of the replacement characters that stand for bad bytes. */
  public List<Integer> replacedOffsets() {
    return replacedOffsets;
  }

  /** The {@code decoded-as} note's message, when the charset was not UTF-8 and not given. */
  public Optional<String> note() {
    return note;
  }
}
