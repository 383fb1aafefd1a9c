package dev.threadkit.parser.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 bytes to a String in one pass, noting where bytes that are not UTF-8 became U+FFFD.
 *
 * <p>The text is exactly {@code new String(bytes, UTF_8)}: a malformed sequence becomes one
 * U+FFFD under the same rules as the JDK's decoder (a lead byte with too few continuation
 * bytes, an overlong form, a surrogate, a code point past U+10FFFF, a stray byte). The offset of
 * each such U+FFFD in the text is recorded in the same pass, so that no second decoder has to
 * run to find the bad bytes.
 *
 * <p>Why not the String constructor: it decodes byte by byte, and the reporting decoder had to
 * run a second time over any input that held a U+FFFD. Here ASCII runs are found eight bytes
 * at a time and widened in a plain loop into one {@code char[n]} (a byte is at most one
 * character), and the String is made from its used part; all-ASCII input becomes a Latin-1
 * String with a single copy. It allocates about what the JDK does (on JDK 17 every public way
 * to a UTF-16 String tries a Latin-1 copy first and then copies the characters; only
 * {@link String#join} sizes its result from its parts, and decoding into joined Latin-1 and
 * UTF-16 parts saved a fifth of the bytes but was slower: see BENCHMARKS.md, "Bytes input").
 */
public final class Utf8Decoder {
  static final char REPLACEMENT = '\uFFFD';

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Decoder() {}

  /** Offsets in the decoded text of the replacement characters, in increasing order. */
  public static final class Replaced {
    private int[] offsets = new int[0];
    private int size;

    /** Notes one offset. */
    void add(int offset) {
      if (size == offsets.length) {
        offsets = Arrays.copyOf(offsets, Math.max(8, size * 2));
      }
      offsets[size++] = offset;
    }

    /** How many offsets were noted. @return the count */
    public int size() {
      return size;
    }

    /** The offset noted {@code i}th. @param i an index below {@link #size()} @return the offset */
    public int get(int i) {
      return offsets[i];
    }
  }

  /**
   * Decodes {@code bytes} as UTF-8.
   *
   * @param bytes the input
   * @param replaced receives the offset of every U+FFFD that stands for bytes that were not UTF-8
   * @return exactly what {@code new String(bytes, StandardCharsets.UTF_8)} returns
   */
  public static String decode(byte[] bytes, Replaced replaced) {
    int n = bytes.length;
    if (asciiEnd(bytes, 0, n) == n) {
      return new String(bytes, StandardCharsets.ISO_8859_1); // all ASCII: one copy, Latin-1
    }
    char[] out = new char[n]; // every byte gives at most one character, a 4-byte sequence two
    int length = decodeRange(bytes, 0, n, out, replaced, 0);
    return new String(out, 0, length);
  }

  /**
   * Decodes {@code bytes[from, to)} into {@code out} from index 0; {@code to} is the input's end
   * or the start of an ASCII byte, so no sequence crosses it (a sequence takes only its lead and
   * continuation bytes). Replacements are noted at {@code base} plus their index in {@code out}
   * (a range of its own lets a caller decode an input in parts).
   *
   * @return the number of characters written
   */
  private static int decodeRange(byte[] bytes, int from, int to, char[] out, Replaced replaced, int base) {
    int n = bytes.length;
    int i = from;
    int o = 0;
    while (i < to) {
      int b1 = bytes[i];
      if (b1 >= 0) {
        int end = asciiEnd(bytes, i, to);
        o = widen(bytes, i, end, out, o);
        i = end;
      } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) { // C2..DF
        if (i + 1 < n) {
          int b2 = bytes[i + 1];
          if (notContinuation(b2)) {
            replaced.add(base + o);
            out[o++] = REPLACEMENT;
            i++;
          } else {
            out[o++] = (char) (((b1 & 0x1f) << 6) | (b2 & 0x3f));
            i += 2;
          }
        } else {
          replaced.add(base + o);
          out[o++] = REPLACEMENT;
          i = n;
        }
      } else if ((b1 >> 4) == -2) { // E0..EF
        if (i + 2 < n) {
          int b2 = bytes[i + 1];
          int b3 = bytes[i + 2];
          if (malformed3(b1, b2) || notContinuation(b3)) {
            replaced.add(base + o);
            out[o++] = REPLACEMENT;
            i += malformed3(b1, b2) ? 1 : 2;
          } else {
            char c = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
            if (Character.isSurrogate(c)) {
              replaced.add(base + o);
              c = REPLACEMENT;
            }
            out[o++] = c;
            i += 3;
          }
        } else {
          replaced.add(base + o);
          out[o++] = REPLACEMENT;
          i = i + 1 < n && malformed3(b1, bytes[i + 1]) ? i + 1 : n; // a cut sequence at the end is one U+FFFD
        }
      } else if ((b1 >> 3) == -2) { // F0..F7
        if (i + 3 < n) {
          int b2 = bytes[i + 1];
          int b3 = bytes[i + 2];
          int b4 = bytes[i + 3];
          int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
          if (notContinuation(b2) || notContinuation(b3) || notContinuation(b4)
              || !Character.isSupplementaryCodePoint(cp)) {
            replaced.add(base + o);
            out[o++] = REPLACEMENT;
            i += malformed4Length(bytes, i);
          } else {
            out[o++] = Character.highSurrogate(cp);
            out[o++] = Character.lowSurrogate(cp);
            i += 4;
          }
        } else {
          replaced.add(base + o);
          out[o++] = REPLACEMENT;
          int lead = b1 & 0xff;
          if (lead > 0xf4 || i + 1 < n && malformed4Second(lead, bytes[i + 1] & 0xff)) {
            i++;
          } else if (i + 2 < n && notContinuation(bytes[i + 2])) {
            i += 2;
          } else {
            i = n; // a cut sequence at the end is one U+FFFD
          }
        }
      } else { // 80..C1, F8..FF
        replaced.add(base + o);
        out[o++] = REPLACEMENT;
        i++;
      }
    }
    return o;
  }

  /** The index of the first byte at or after {@code from} that is not ASCII, or {@code to}. */
  static int asciiEnd(byte[] bytes, int from, int to) {
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
        break;
      }
    }
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    return i;
  }

  private static int widen(byte[] bytes, int from, int to, char[] out, int at) {
    for (int k = from; k < to; k++) {
      out[at + k - from] = (char) bytes[k];
    }
    return at + to - from;
  }

  private static boolean notContinuation(int b) {
    return (b & 0xc0) != 0x80;
  }

  /** Whether a 3-byte lead and its second byte cannot start a character: overlong, or no continuation. */
  private static boolean malformed3(int b1, int b2) {
    return (b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || notContinuation(b2);
  }

  private static boolean malformed4Second(int lead, int b2) {
    return (lead == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (lead == 0xf4 && (b2 & 0xf0) != 0x80) || notContinuation(b2);
  }

  /** How many bytes a malformed 4-byte sequence at {@code i} (with three bytes after it) stands for. */
  private static int malformed4Length(byte[] bytes, int i) {
    int lead = bytes[i] & 0xff;
    if (lead > 0xf4 || malformed4Second(lead, bytes[i + 1] & 0xff)) {
      return 1;
    }
    return notContinuation(bytes[i + 2]) ? 2 : 3;
  }
}
