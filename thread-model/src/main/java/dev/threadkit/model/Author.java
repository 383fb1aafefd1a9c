package dev.threadkit.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who wrote a comment: the site handle and, where the page showed one, the real name
 * given in parentheses after it.
 *
 * <pre>{@code
 * Author.of("Bulanov", "Vladimir");   // Bulanov (Vladimir)
 * Author.of("steelmaker");            // no real name shown
 * }</pre>
 *
 * @param handle the site handle, a non-blank single line; it may hold spaces, digits,
 *     punctuation and any script
 * @param name the real name, when shown; a non-blank single line
 */
public record Author(String handle, Optional<String> name) {

  /**
   * Validates both parts.
   *
   * @param handle the site handle
   * @param name the real name, when shown
   * @throws IllegalArgumentException if the handle or the name is blank or holds a line break
   */
  public Author {
    requireNonNull(handle, "handle");
    requireNonNull(name, "name");
    if (handle.isBlank()) {
      throw new IllegalArgumentException("an author's handle must not be blank");
    }
    Checks.singleLine(handle, "an author's handle");
    name.ifPresent(n -> {
      if (n.isBlank()) {
        throw new IllegalArgumentException("an author's real name, when present, must not be blank");
      }
      Checks.singleLine(n, "an author's real name");
    });
  }

  /**
   * Returns an author with a handle only.
   *
   * @param handle the site handle
   * @return the author
   */
  public static Author of(String handle) {
    return new Author(handle, Optional.empty());
  }

  /**
   * Returns an author with a handle and a real name.
   *
   * @param handle the site handle
   * @param name the real name
   * @return the author
   */
  public static Author of(String handle, String name) {
    return new Author(handle, Optional.of(name));
  }

  /**
   * Returns the author as the dump writes it: the handle, then the real name in parentheses.
   *
   * @return for example {@code Bulanov (Vladimir)}
   */
  @Override
  public String toString() {
    return name.map(n -> handle + " (" + n + ")").orElse(handle);
  }
}
