package dev.threadkit.parser.internal.dialect;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Attributes;
import java.util.List;

/** What the built-in writers refuse: a dialect writes what it can show, or nothing. */
final class WriterChecks {
  private WriterChecks() {}

  /** Throws, naming the part and the attribute, when {@code attributes} holds one not in {@code shown}. */
  static void onlyAttributes(Attributes attributes, String part, Attribute<?>... shown) {
    List<Attribute<?>> allowed = List.of(shown);
    for (Attribute<?> key : attributes.keys()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("cannot write " + part + ": the dialect has no way to show its attribute "
            + key.name());
      }
    }
  }
}
