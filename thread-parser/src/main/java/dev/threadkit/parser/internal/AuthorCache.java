package dev.threadkit.parser.internal;

import dev.threadkit.model.Author;
import java.util.Optional;

/**
 * The authors of one dump, by where they are written: a handle and real name seen before give
 * back the same {@link Author}, with no new String, no validation and a hash already known to
 * the discussion's author set. Most comments in a thread come from a few authors.
 *
 * <p>An open-addressing table keyed by the characters of the handle and name in the input.
 * It stops caching past {@link #MAX_ENTRIES} distinct authors and then builds each author anew.
 */
final class AuthorCache {
  static final int MAX_ENTRIES = 1 << 16;

  private Author[] table = new Author[64];
  private int[] hashes = new int[64];
  private int size;

  /** Returns the author written at {@code written} in {@code text}. */
  Author get(String text, ForumDialect.Author written) {
    int hash = hash(text, written.handleStart, written.handleEnd);
    if (written.nameStart >= 0) {
      hash = hash * 31 + hash(text, written.nameStart, written.nameEnd) + 1;
    }
    int mask = table.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Author author = table[i];
      if (author == null) {
        Author made = make(text, written);
        if (size < MAX_ENTRIES) {
          table[i] = made;
          hashes[i] = hash;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return made;
      }
      if (hashes[i] == hash && matches(text, written, author)) {
        return author;
      }
    }
  }

  private static Author make(String text, ForumDialect.Author written) {
    String handle = text.substring(written.handleStart, written.handleEnd);
    return written.nameStart < 0 ? new Author(handle, Optional.empty())
        : new Author(handle, Optional.of(text.substring(written.nameStart, written.nameEnd)));
  }

  private static boolean matches(String text, ForumDialect.Author written, Author author) {
    String handle = author.handle();
    int handleLength = written.handleEnd - written.handleStart;
    if (handle.length() != handleLength || !text.regionMatches(written.handleStart, handle, 0, handleLength)) {
      return false;
    }
    if (written.nameStart < 0) {
      return author.name().isEmpty();
    }
    int nameLength = written.nameEnd - written.nameStart;
    return author.name().isPresent() && author.name().get().length() == nameLength
        && text.regionMatches(written.nameStart, author.name().get(), 0, nameLength);
  }

  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16);
  }

  private void grow() {
    Author[] oldTable = table;
    int[] oldHashes = hashes;
    table = new Author[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    int mask = table.length - 1;
    for (int j = 0; j < oldTable.length; j++) {
      if (oldTable[j] != null) {
        int i = oldHashes[j] & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = oldTable[j];
        hashes[i] = oldHashes[j];
      }
    }
  }
}
