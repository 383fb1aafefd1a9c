package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The key of a typed attribute: a fact that only some dialects record, such as the author's
 * online status, a score or a like count. The core of {@link Comment} and {@link Article} holds
 * what every site has; everything else is an attribute, so the model stays the same whatever
 * site a dump came from.
 *
 * <p>Every attribute has a name (the key in exports), a Java type, and a {@link Kind} saying
 * how exports write it: as text, a number or a flag. Two keys are equal when their names and
 * types are. Dialects of their own define their own keys with {@link #text(String)},
 * {@link #number(String)} and {@link #flag(String)}.
 *
 * <pre>{@code
 * Attribute<Long> stars = Attribute.number("stars");
 * Comment comment = Comment.builder(CommentId.of(1)).attribute(stars, 5L).build();
 * comment.attribute(stars);                     // Optional[5]
 * comment.attribute(Attribute.PRESENCE);        // Optional.empty
 * }</pre>
 *
 * @param <T> the type of the attribute's values
 */
public final class Attribute<T> {

  /** How an attribute's value is written in exports. */
  public enum Kind {
    /** A string. */
    TEXT,
    /** A whole number ({@link Long}). */
    NUMBER,
    /** {@code true} or {@code false}. */
    FLAG
  }

  /** Whether the page showed the author online or offline when it was copied. */
  public static final Attribute<Presence> PRESENCE = new Attribute<>("presence", Presence.class, Kind.TEXT,
      Presence::word, Presence::parse);
  /** The photo-credit line that closes an article, without its bullet. */
  public static final Attribute<String> PHOTO_CREDIT = text("photoCredit");
  /** A comment's score (points, upvotes), as the page showed it. */
  public static final Attribute<Long> SCORE = number("score");
  /** A comment's like count, read from notations such as {@code 1.2K}. */
  public static final Attribute<Long> LIKES = number("likes");
  /** The page marked the comment as edited. */
  public static final Attribute<Boolean> EDITED = flag("edited");
  /** The page marked the comment as pinned. */
  public static final Attribute<Boolean> PINNED = flag("pinned");
  /** The name of whom the comment answers, as the page wrote it. */
  public static final Attribute<String> REPLY_TO = text("replyTo");
  /**
   * The ordinal the page wrote before the comment, when it differs from the one in the
   * comment's id (the parser renumbered an ordinal that was out of order).
   */
  public static final Attribute<Long> WRITTEN_ORDINAL = number("writtenOrdinal");
  /** The comment-count line as the page wrote it, when it is more than a bare number. */
  public static final Attribute<String> COUNT_LINE = text("countLine");

  private static final Map<String, Attribute<?>> BUILT_IN = Map.of(
      PRESENCE.name, PRESENCE, PHOTO_CREDIT.name, PHOTO_CREDIT, SCORE.name, SCORE, LIKES.name, LIKES,
      EDITED.name, EDITED, PINNED.name, PINNED, REPLY_TO.name, REPLY_TO, WRITTEN_ORDINAL.name, WRITTEN_ORDINAL,
      COUNT_LINE.name, COUNT_LINE);

  private final String name;
  private final Class<T> type;
  private final Kind kind;
  private final Function<T, String> format;
  private final Function<String, T> parse;

  private Attribute(String name, Class<T> type, Kind kind, Function<T, String> format, Function<String, T> parse) {
    requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an attribute name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0 || c == '_' && i > 0)) {
        throw new IllegalArgumentException("an attribute name is a letter then letters, digits or '_': '"
            + Checks.abbreviate(name) + "'");
      }
    }
    this.name = name;
    this.type = type;
    this.kind = kind;
    this.format = format;
    this.parse = parse;
  }

  /**
   * Returns a text attribute.
   *
   * @param name its name: a letter, then letters, digits or {@code _}
   * @return the key
   * @throws IllegalArgumentException if the name is not one, or is a built-in attribute's of another type
   */
  public static Attribute<String> text(String name) {
    return ownOrBuiltIn(new Attribute<>(name, String.class, Kind.TEXT, Function.identity(), Function.identity()));
  }

  /**
   * Returns a number attribute.
   *
   * @param name its name: a letter, then letters, digits or {@code _}
   * @return the key
   * @throws IllegalArgumentException if the name is not one, or is a built-in attribute's of another type
   */
  public static Attribute<Long> number(String name) {
    return ownOrBuiltIn(new Attribute<>(name, Long.class, Kind.NUMBER, String::valueOf, Long::valueOf));
  }

  /**
   * Returns a flag attribute.
   *
   * @param name its name: a letter, then letters, digits or {@code _}
   * @return the key
   * @throws IllegalArgumentException if the name is not one, or is a built-in attribute's of another type
   */
  public static Attribute<Boolean> flag(String name) {
    return ownOrBuiltIn(new Attribute<>(name, Boolean.class, Kind.FLAG, String::valueOf, Attribute::parseFlag));
  }

  /**
   * A dialect's own attribute may not take a built-in one's name with another type: exports
   * key attributes by name, and readers type a built-in name as the built-in attribute.
   */
  private static <T> Attribute<T> ownOrBuiltIn(Attribute<T> made) {
    Attribute<?> builtIn = BUILT_IN == null ? null : BUILT_IN.get(made.name);
    if (builtIn != null && !builtIn.equals(made)) {
      throw new IllegalArgumentException("'" + made.name + "' is the name of the built-in attribute of "
          + builtIn.type.getSimpleName() + " values: name a " + made.type.getSimpleName() + " attribute otherwise");
    }
    return made;
  }

  /**
   * Returns the built-in attribute of that name, for readers of exported data.
   *
   * @param name an attribute's name
   * @return the key, or empty when no built-in attribute has that name
   */
  public static Optional<Attribute<?>> builtIn(String name) {
    return Optional.ofNullable(BUILT_IN.get(name));
  }

  private static Boolean parseFlag(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException("a flag is true or false: '" + Checks.abbreviate(text) + "'");
  }

  /**
   * Returns the name exports use as the key.
   *
   * @return for example {@code score}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of the values.
   *
   * @return for example {@code Long.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns how exports write the values.
   *
   * @return text, number or flag
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Writes a value as text, the inverse of {@link #parse(String)}.
   *
   * @param value a value of this attribute
   * @return for example {@code 12}, {@code true} or {@code online}
   */
  public String format(T value) {
    return format.apply(type.cast(requireNonNull(value, "value")));
  }

  /**
   * Reads a value written by {@link #format(Object)}.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the text is no value of this attribute
   */
  public T parse(String text) {
    return parse.apply(requireNonNull(text, "text"));
  }

  T checked(Object value) {
    requireNonNull(value, () -> "a value of attribute " + name);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("attribute " + name + " takes a " + type.getSimpleName() + ", not a "
          + value.getClass().getSimpleName());
    }
    T typed = type.cast(value);
    if (typed instanceof String) {
      String s = (String) typed;
      if (s.isEmpty() || s.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("attribute " + name + " must be non-empty text with \\n line breaks");
      }
    }
    return typed;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Attribute && ((Attribute<?>) obj).name.equals(name) && ((Attribute<?>) obj).type == type;
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the attribute's name
   */
  @Override
  public String toString() {
    return name;
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
