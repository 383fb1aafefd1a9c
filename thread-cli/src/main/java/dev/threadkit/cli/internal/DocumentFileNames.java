package dev.threadkit.cli.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The file name of a discussion's document in an output folder: its id, shortened with a hash when too long. */
public final class DocumentFileNames {

  /** The longest document file name, in UTF-8 bytes: below the 255 that common file systems allow, with room to spare. */
  static final int MAX_FILE_NAME_BYTES = 200;
  /** How many hex digits of the id's hash a shortened file name keeps. */
  static final int HASH_DIGITS = 10;

  private DocumentFileNames() {}

  /**
   * Returns the file name of a discussion's document: {@code <id>.<extension>}, or when that is
   * longer than {@link #MAX_FILE_NAME_BYTES} UTF-8 bytes, the id cut at a character boundary,
   * {@code ~}, and the start of the SHA-256 of the whole id, so that distinct ids keep
   * distinct names.
   *
   * @param id the discussion id
   * @param extension the format's file extension, without the dot
   * @return a file name of at most {@link #MAX_FILE_NAME_BYTES} bytes
   */
  static String fileName(String id, String extension) {
    String name = id + "." + extension;
    if (utf8Length(name) <= MAX_FILE_NAME_BYTES) {
      return name;
    }
    String suffix = "~" + hashOf(id) + "." + extension;
    int budget = MAX_FILE_NAME_BYTES - utf8Length(suffix);
    StringBuilder start = new StringBuilder();
    int used = 0;
    for (int i = 0; i < id.length(); ) {
      int codePoint = id.codePointAt(i);
      int bytes = utf8Length(new String(Character.toChars(codePoint)));
      if (used + bytes > budget) {
        break;
      }
      start.appendCodePoint(codePoint);
      used += bytes;
      i += Character.charCount(codePoint);
    }
    return start + suffix;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hashOf(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
