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

  private Optional<Author>[] table = newTable(64);
  private int[] hashes = new int[64];
  private int size;

  @SuppressWarnings("unchecked")
  private static Optional<Author>[] newTable(int size) {
    return (Optional<Author>[]) new Optional<?>[size];
  }

  /** Returns the author written at those offsets of {@code text}, in an Optional shared by its comments. */
  Optional<Author> get(String text, int handleStart, int handleEnd, int nameStart, int nameEnd) {
    int hash = hash(text, handleStart, handleEnd);
    if (nameStart >= 0) {
      hash = hash * 31 + hash(text, nameStart, nameEnd) + 1;
    }
    int mask = table.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Optional<Author> author = table[i];
      if (author == null) {
        Optional<Author> made = Optional.of(make(text, handleStart, handleEnd, nameStart, nameEnd));
        if (size < MAX_ENTRIES) {
          table[i] = made;
          hashes[i] = hash;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return made;
      }
      if (hashes[i] == hash && matches(text, handleStart, handleEnd, nameStart, nameEnd, author.get())) {
        return author;
      }
    }
  }

  private static Author make(String text, int handleStart, int handleEnd, int nameStart, int nameEnd) {
    String handle = text.substring(handleStart, handleEnd);
    return nameStart < 0 ? new Author(handle, Optional.empty())
        : new Author(handle, Optional.of(text.substring(nameStart, nameEnd)));
  }

  private static boolean matches(String text, int handleStart, int handleEnd, int nameStart, int nameEnd,
      Author author) {
    String handle = author.handle();
    int handleLength = handleEnd - handleStart;
    if (handle.length() != handleLength || !text.regionMatches(handleStart, handle, 0, handleLength)) {
      return false;
    }
    if (nameStart < 0) {
      return author.name().isEmpty();
    }
    int nameLength = nameEnd - nameStart;
    return author.name().isPresent() && author.name().get().length() == nameLength
        && text.regionMatches(nameStart, author.name().get(), 0, nameLength);
  }

  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16);
  }

  private void grow() {
    Optional<Author>[] oldTable = table;
    int[] oldHashes = hashes;
    table = newTable(oldTable.length * 2);
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
