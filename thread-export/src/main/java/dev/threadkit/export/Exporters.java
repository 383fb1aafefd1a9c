package dev.threadkit.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up the built-in formats by name, each with its default configuration, for tools that
 * take the format as text (a command line's {@code --format csv}). To configure a format, use
 * its builder instead, such as {@link JsonExporter#builder()}.
 *
 * <pre>{@code
 * Exporter exporter = Exporters.byName("jsonl")
 *     .orElseThrow(() -> new IllegalArgumentException("formats: " + Exporters.names()));
 * }</pre>
 */
public final class Exporters {
  private static final Map<String, Exporter> DEFAULTS = defaults();

  private Exporters() {}

  private static Map<String, Exporter> defaults() {
    Map<String, Exporter> byName = new LinkedHashMap<>();
    for (Exporter exporter : List.<Exporter>of(
        JsonExporter.builder().build(),
        JsonLinesExporter.builder().build(),
        CsvExporter.builder().build(),
        ConvoKitExporter.builder().build(),
        GraphMlExporter.builder().build(),
        DotExporter.builder().build(),
        MarkdownExporter.builder().build(),
        DumpExporter.builder().build())) {
      byName.put(exporter.name(), exporter);
    }
    return java.util.Collections.unmodifiableMap(byName);
  }

  /**
   * Returns the built-in format of the given name with its defaults.
   *
   * @param name a format name, in any case: {@code json}, {@code jsonl}, {@code csv},
   *     {@code convokit}, {@code graphml}, {@code dot}, {@code markdown}, {@code dump}
   * @return the exporter, or empty if no format has that name
   */
  public static Optional<Exporter> byName(String name) {
    return Optional.ofNullable(DEFAULTS.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the names of the built-in formats.
   *
   * @return the names, in a stable order
   */
  public static Set<String> names() {
    return DEFAULTS.keySet();
  }

  /**
   * Returns every built-in format with its defaults.
   *
   * @return the exporters, in the order of {@link #names()}
   */
  public static List<Exporter> all() {
    return List.copyOf(DEFAULTS.values());
  }
}
