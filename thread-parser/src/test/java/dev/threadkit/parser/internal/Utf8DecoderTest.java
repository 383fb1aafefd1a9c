package dev.threadkit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadkit.testkit.JdkUtf8;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written UTF-8 decoder gives exactly the JDK's text, and the offsets of the
 * replacement characters the reporting {@link CharsetDecoder} found before it replaced that.
 */
class Utf8DecoderTest {

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytesDecodeAsTheJdkDecodesThemWithTheSameInvalidOffsets(long seed) {
    byte[] bytes = randomBytes(new SplittableRandom(seed));

    assertDecodesAsTheJdk(bytes);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomValidTextDecodesWithoutReplacements(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(300); i > 0; i--) {
      int kind = random.nextInt(10);
      int cp = kind < 5 ? random.nextInt(0x80) : kind < 7 ? 0x400 + random.nextInt(0x100)
          : kind < 8 ? 0x80 + random.nextInt(0x780) : kind < 9 ? 0x800 + random.nextInt(0xD000) : 0x10000 + random.nextInt(0x100000);
      text.appendCodePoint(cp);
    }
    String expected = text.toString();

    Utf8Decoder.Replaced replaced = new Utf8Decoder.Replaced();
    String decoded = Utf8Decoder.decode(expected.getBytes(StandardCharsets.UTF_8), replaced);

    assertThat(decoded).isEqualTo(expected);
    assertThat(replaced.size()).isZero();
  }

  @Test
  void everyShortSequenceOfInterestingBytesDecodesAsTheJdkDecodesIt() {
    int[] interesting = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
        0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
    int k = interesting.length;
    for (int length = 1; length <= 4; length++) {
      int combinations = (int) Math.pow(k, length);
      for (int c = 0; c < combinations; c++) {
        byte[] bytes = new byte[length];
        for (int p = 0, rest = c; p < length; p++, rest /= k) {
          bytes[p] = (byte) interesting[rest % k];
        }
        assertDecodesAsTheJdk(bytes);
        for (int run : new int[] {9, 64}) { // after and before ASCII runs, short and long
          byte[] inText = new byte[length + 2 * run];
          java.util.Arrays.fill(inText, (byte) 'x');
          System.arraycopy(bytes, 0, inText, run, length);
          assertDecodesAsTheJdk(inText);
        }
      }
    }
  }

  @Test
  void aLiteralReplacementCharacterIsTextNotABadByte() {
    byte[] bytes = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);

    Decoding decoded = Decoding.decode(bytes, Optional.of(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo("a\uFFFDb");
    assertThat(decoded.replacedOffsets()).isEmpty();
  }

  @Test
  void allAsciiAndEmptyInputDecode() {
    assertDecodesAsTheJdk(new byte[0]);
    assertDecodesAsTheJdk("plain ASCII text, longer than one 8-byte word\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static void assertDecodesAsTheJdk(byte[] bytes) {
    Utf8Decoder.Replaced replaced = new Utf8Decoder.Replaced();
    String decoded = Utf8Decoder.decode(bytes, replaced);
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < replaced.size(); i++) {
      offsets.add(replaced.get(i));
    }

    assertThat(decoded).as("text of %s", hex(bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(offsets).as("replaced offsets of %s", hex(bytes)).isEqualTo(reportingDecoderOffsets(bytes));
    assertThat(Decoding.decode(bytes, Optional.of(StandardCharsets.UTF_8)).replacedOffsets()).isEqualTo(offsets);
  }

  /** What Decoding did before it had its own decoder: the JDK's reporting decoder, U+FFFD for each error. */
  private static List<Integer> reportingDecoderOffsets(byte[] bytes) {
    List<Integer> offsets = new ArrayList<>();
    String text = JdkUtf8.decode(bytes, offsets);
    assertThat(text).as("the reporting decoder's text of %s", hex(bytes))
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    return offsets;
  }

  /** Text-like bytes: ASCII runs, valid sequences of every length, and every kind of damage. */
  static byte[] randomBytes(SplittableRandom random) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int parts = random.nextInt(40); parts > 0; parts--) {
      switch (random.nextInt(8)) {
        case 0, 1 -> {
          for (int i = random.nextInt(random.nextInt(4) == 0 ? 200 : 30); i > 0; i--) {
            out.write(0x20 + random.nextInt(0x5F));
          }
        }
        case 2 -> out.writeBytes(new String(Character.toChars(0x400 + random.nextInt(0x100))).getBytes(StandardCharsets.UTF_8));
        case 3 -> {
          int cp = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x100000) : 0x800 + random.nextInt(0xF800);
          if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
            byte[] valid = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            out.write(valid, 0, random.nextInt(3) == 0 ? 1 + random.nextInt(valid.length) : valid.length); // sometimes cut
          }
        }
        case 4 -> out.write(0x80 + random.nextInt(0x80)); // any high byte
        case 5 -> { // a lead byte and random followers
          out.write(0xC0 + random.nextInt(0x40));
          for (int i = random.nextInt(4); i > 0; i--) {
            out.write(random.nextInt(3) == 0 ? random.nextInt(0x100) : 0x80 + random.nextInt(0x40));
          }
        }
        case 6 -> { // surrogates and overlong forms
          int[][] bad = {{0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xE0, 0x80, 0x80}, {0xC0, 0xAF}, {0xF0, 0x80, 0x80, 0x80},
              {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xEF, 0xBF, 0xBD}};
          for (int b : bad[random.nextInt(bad.length)]) {
            out.write(b);
          }
        }
        default -> out.write(random.nextInt(0x100));
      }
    }
    byte[] bytes = out.toByteArray();
    return random.nextInt(4) == 0 && bytes.length > 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format("%02X ", b & 0xFF));
    }
    return s.toString().trim();
  }
}
