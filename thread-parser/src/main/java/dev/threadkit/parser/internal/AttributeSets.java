package dev.threadkit.parser.internal;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;

/**
 * The attribute sets of one read, shared among the comments that have equal ones: most
 * comments' attributes are a flag, a status word or a small number (a presence, a score, a like
 * count), so one set serves many comments and a comment's attributes cost no object.
 *
 * <p>A set is found by the set it grows from, the key and the value, in a direct-mapped table:
 * a colliding entry replaces the older one, so memory stays bounded however many distinct values
 * an input has, and a miss only costs making the set as
 * {@link Attributes#with} would. Only immutable values with a cheap {@code equals} are shared
 * (numbers, flags, enum constants); a set holding any other value is never looked up again. The
 * table starts with 64 slots, which the few values of a status or a flag fill, and is made anew
 * twice as large (up to one slot per KB of input, at most 4,096) each time as many sets as it
 * has slots were made: the cost of a table stays below the sets it saves.
 */
final class AttributeSets {
  private static final int MIN_SLOTS = 64;
  private static final int MAX_SLOTS = 4096;
  private static final Object NUMBER = new Object(); // values[slot] of an entry whose value is numbers[slot]
  /** The id of a set that is not in the table: it is never looked up. */
  static final int UNSHARED = -1;
  /** The id of {@link Attributes#none()}. */
  static final int NONE = 0;

  private final int maxSlots;
  private int mask; // the number of slots, a power of two, less one
  private int stored; // sets made since the table was made
  private int[] fromIds;
  private Attribute<?>[] keys;
  private Object[] values;
  private long[] numbers;
  private Attributes[] sets;
  private int[] ids;
  private int nextId = NONE + 1;
  private Attributes found; // the set the last lookup gave, with its id in foundId
  private int foundId;

  /**
   * Prepares the table of one read; its arrays are made at the first attribute.
   *
   * @param inputLength the length of the input, which sizes the table
   */
  AttributeSets(int inputLength) {
    maxSlots = Integer.highestOneBit(Math.max(MIN_SLOTS, Math.min(MAX_SLOTS, inputLength >> 10)));
    mask = MIN_SLOTS - 1;
  }

  /**
   * Finds or makes the set {@code from} with {@code key} set to {@code value}; {@link #set()}
   * and {@link #id()} give it.
   *
   * @param from the set to grow
   * @param fromId its id: {@link #NONE}, an {@link #id()} given before, or {@link #UNSHARED}
   */
  <T> void with(Attributes from, int fromId, Attribute<T> key, T value) {
    if (fromId == UNSHARED || !(value instanceof Long || value instanceof Boolean || value instanceof Enum)) {
      found = from.with(key, value);
      foundId = UNSHARED;
      return;
    }
    int hash = hash(fromId, key, value.hashCode());
    int slot = hash & mask;
    if (sets != null && fromIds[slot] == fromId && keys[slot] == key && value.equals(values[slot])) {
      hit(slot);
      return;
    }
    store(hash, fromId, key, value, 0, from.with(key, value));
  }

  /** {@link #with(Attributes, int, Attribute, Object)} for a number, without boxing it. */
  void with(Attributes from, int fromId, Attribute<Long> key, long value) {
    if (fromId == UNSHARED) {
      found = from.with(key, value);
      foundId = UNSHARED;
      return;
    }
    int hash = hash(fromId, key, Long.hashCode(value));
    int slot = hash & mask;
    if (sets != null && fromIds[slot] == fromId && keys[slot] == key && values[slot] == NUMBER
        && numbers[slot] == value) {
      hit(slot);
      return;
    }
    store(hash, fromId, key, NUMBER, value, from.with(key, value));
  }

  /** The set the last {@code with} gave. */
  Attributes set() {
    return found;
  }

  /** Its id, to grow it further; {@link #UNSHARED} when it is not shared. */
  int id() {
    return foundId;
  }

  private static int hash(int fromId, Attribute<?> key, int valueHash) {
    int h = (fromId * 0x9E3779B9 + System.identityHashCode(key)) * 31 + valueHash;
    return h ^ h >>> 16;
  }

  private void hit(int slot) {
    found = sets[slot];
    foundId = ids[slot];
  }

  private void store(int hash, int fromId, Attribute<?> key, Object value, long number, Attributes set) {
    found = set;
    if (nextId == Integer.MAX_VALUE) { // ids are never reused: a comment may still hold any of them
      foundId = UNSHARED;
      return;
    }
    if (sets != null && ++stored > mask && mask + 1 < maxSlots) {
      // Many misses: a larger table, empty (ids are never reused, so no old id finds a wrong set).
      mask = mask * 2 + 1;
      sets = null;
    }
    if (sets == null) {
      stored = 0;
      int slots = mask + 1;
      fromIds = new int[slots];
      keys = new Attribute<?>[slots];
      values = new Object[slots];
      numbers = new long[slots];
      sets = new Attributes[slots];
      ids = new int[slots];
    }
    int slot = hash & mask;
    fromIds[slot] = fromId;
    keys[slot] = key;
    values[slot] = value;
    numbers[slot] = number;
    sets[slot] = set;
    ids[slot] = nextId++;
    foundId = ids[slot];
  }
}
