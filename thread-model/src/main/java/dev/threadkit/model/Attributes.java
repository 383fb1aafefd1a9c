package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of typed attribute values, at most one per {@link Attribute}, kept in the
 * order of the attributes' names so that equal sets compare, hash and export alike.
 *
 * <pre>{@code
 * Attributes attributes = Attributes.none().with(Attribute.SCORE, 12L).with(Attribute.EDITED, true);
 * attributes.get(Attribute.SCORE);   // Optional[12]
 * }</pre>
 */
public final class Attributes {

  private static final Attributes NONE = new Attributes(new Attribute<?>[0], new Object[0]);

  private final Attribute<?>[] keys;
  private final Object[] values;

  private Attributes(Attribute<?>[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * Returns the empty set, which most comments have.
   *
   * @return no attributes
   */
  public static Attributes none() {
    return NONE;
  }

  /**
   * Returns the set with one attribute.
   *
   * @param key the attribute
   * @param value its value
   * @param <T> the value's type
   * @return the set
   */
  public static <T> Attributes of(Attribute<T> key, T value) {
    return NONE.with(key, value);
  }

  /**
   * Returns a copy with {@code key} set to {@code value}, replacing any value it had.
   *
   * @param key the attribute
   * @param value its value: a non-empty text without carriage returns, a number or a flag
   * @param <T> the value's type
   * @return the copy
   * @throws IllegalArgumentException if the value is not of the attribute's type or is empty
   *     text, or the set holds an attribute of the same name with another type
   */
  public <T> Attributes with(Attribute<T> key, T value) {
    requireNonNull(key, "key");
    T checked = key.checked(value);
    for (Attribute<?> held : keys) {
      if (held.name().equals(key.name()) && held.type() != key.type()) {
        throw new IllegalArgumentException("attribute " + key.name() + " is held already with "
            + held.type().getSimpleName() + " values; one name has one type");
      }
    }
    int at = find(key);
    if (at >= 0) {
      Object[] copy = values.clone();
      copy[at] = checked;
      return new Attributes(keys, copy);
    }
    int insert = -at - 1;
    Attribute<?>[] newKeys = new Attribute<?>[keys.length + 1];
    Object[] newValues = new Object[keys.length + 1];
    System.arraycopy(keys, 0, newKeys, 0, insert);
    System.arraycopy(values, 0, newValues, 0, insert);
    newKeys[insert] = key;
    newValues[insert] = checked;
    System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
    System.arraycopy(values, insert, newValues, insert + 1, keys.length - insert);
    return new Attributes(newKeys, newValues);
  }

  /** The index of {@code key}, or {@code -(insertion point) - 1}, by name then type. */
  private int find(Attribute<?> key) {
    for (int i = 0; i < keys.length; i++) {
      int order = keys[i].name().compareTo(key.name());
      if (order == 0) {
        order = keys[i].type().getName().compareTo(key.type().getName());
      }
      if (order == 0) {
        return i;
      }
      if (order > 0) {
        return -i - 1;
      }
    }
    return -keys.length - 1;
  }

  /**
   * Returns the value of an attribute.
   *
   * @param key the attribute
   * @param <T> the value's type
   * @return the value, or empty when the set does not hold it
   */
  public <T> Optional<T> get(Attribute<T> key) {
    int at = find(requireNonNull(key, "key"));
    return at < 0 ? Optional.empty() : Optional.of(key.type().cast(values[at]));
  }

  /**
   * Returns the attributes held, ordered by name.
   *
   * @return an immutable list
   */
  public List<Attribute<?>> keys() {
    return List.of(keys);
  }

  /**
   * Returns the attribute at a position of {@link #keys()}, without copying the list.
   *
   * @param index the position, from 0 to {@link #size()}
   * @return the attribute
   */
  public Attribute<?> keyAt(int index) {
    return keys[index];
  }

  /**
   * Returns the value of the attribute at a position of {@link #keys()}.
   *
   * @param index the position
   * @return its value
   */
  public Object valueAt(int index) {
    return values[index];
  }

  /**
   * Returns the value at a position of {@link #keys()} as {@link Attribute#format(Object)} writes it.
   *
   * @param index the position
   * @return the value as text
   */
  public String formatAt(int index) {
    return format(keys[index], values[index]);
  }

  private static <T> String format(Attribute<T> key, Object value) {
    return key.format(key.type().cast(value));
  }

  /**
   * Returns how many attributes the set holds.
   *
   * @return the count
   */
  public int size() {
    return keys.length;
  }

  /**
   * Tells whether the set is empty.
   *
   * @return {@code true} with no attributes
   */
  public boolean isEmpty() {
    return keys.length == 0;
  }

  /**
   * Returns the entries as {@code name=value} texts, ordered by name.
   *
   * @return an immutable list view
   */
  List<String> entries() {
    return new AbstractList<>() {
      @Override
      public String get(int i) {
        return keys[i].name() + "=" + formatAt(i);
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Attributes && Arrays.equals(keys, ((Attributes) obj).keys)
        && Arrays.equals(values, ((Attributes) obj).values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
  }

  /**
   * Returns the entries, each value abbreviated.
   *
   * @return for example {@code {presence=offline, score=12}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < keys.length; i++) {
      out.append(i == 0 ? "" : ", ").append(keys[i].name()).append('=').append(Checks.abbreviate(formatAt(i)));
    }
    return out.append('}').toString();
  }
}
