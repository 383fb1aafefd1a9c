package dev.threadkit.testkit;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JDK's own reading of UTF-8 that reports each malformed sequence: what the parser did before
 * it had its one-pass decoder, kept as the reference its tests and benchmarks compare with.
 */
public final class JdkUtf8 {
  private JdkUtf8() {}

  /**
   * Decodes bytes with a reporting decoder, one U+FFFD for each malformed sequence.
   *
   * @param bytes the input
   * @param replaced where the offset in the text of each U+FFFD put in for bad bytes is added
   * @return the text, as {@code new String(bytes, UTF_8)} gives it
   */
  public static String decode(byte[] bytes, List<Integer> replaced) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length + 16));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      replaced.add(out.position());
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    out.flip();
    return out.toString();
  }
}
