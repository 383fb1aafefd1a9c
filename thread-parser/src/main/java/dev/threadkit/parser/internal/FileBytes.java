package dev.threadkit.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file's bytes into one array of the size the file reported, so that a dump is not read
 * in small buffers and copied together ({@link InputStream#readNBytes(int)} does that: twice the
 * file's size allocated, one more copy). A file that turns out shorter is trimmed; one that grew
 * since its size was taken (or a device that reports none) is read on, up to the bound.
 */
public final class FileBytes {
  private FileBytes() {}

  /**
   * Reads the stream to its end, or to {@code bound} bytes.
   *
   * @param in the stream, not closed
   * @param expectedSize the size the file reported
   * @param bound the most bytes to read
   * @return the bytes read, at most {@code bound}
   * @throws IOException if reading fails
   */
  public static byte[] read(InputStream in, long expectedSize, int bound) throws IOException {
    int expected = (int) Math.max(0, Math.min(expectedSize, bound));
    byte[] head = new byte[expected];
    int n = in.readNBytes(head, 0, expected);
    if (n < expected) {
      return Arrays.copyOf(head, n);
    }
    if (expected == bound) {
      return head;
    }
    int next = in.read();
    if (next < 0) {
      return head; // the usual case: exactly the size the file reported
    }
    byte[] rest = in.readNBytes(bound - expected - 1);
    byte[] all = Arrays.copyOf(head, expected + 1 + rest.length);
    all[expected] = (byte) next;
    System.arraycopy(rest, 0, all, expected + 1, rest.length);
    return all;
  }
}
