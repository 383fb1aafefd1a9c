package dev.threadkit.parser.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UTF-8 bytes to text, remembering where bytes that are not UTF-8 were replaced.
 *
 * <p>The JDK's String constructor is the fast path; it replaces bad bytes silently, so only
 * when its result holds a U+FFFD does a reporting decoder run again to find the bad bytes
 * (a dump may also hold U+FFFD legitimately, which the second pass then tells apart).
 */
public final class Decoding {
  private final String text;
  private final List<Integer> replacedOffsets;

  private Decoding(String text, List<Integer> replacedOffsets) {
    this.text = text;
    this.replacedOffsets = replacedOffsets;
  }

  /** Decodes {@code bytes}; never throws for malformed input. */
  public static Decoding decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return new Decoding(text, List.of());
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length + 16));
    List<Integer> offsets = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isError()) {
        offsets.add(out.position());
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      } else {
        throw new IllegalStateException("decoder overflow"); // out holds at least one char per byte
      }
    }
    out.flip();
    return new Decoding(out.toString(), List.copyOf(offsets));
  }

  /** The decoded text. */
  public String text() {
    return text;
  }

  /** Offsets in {@link #text()} of the replacement characters that stand for bad bytes. */
  public List<Integer> replacedOffsets() {
    return replacedOffsets;
  }
}
