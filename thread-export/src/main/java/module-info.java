/**
 * Writes threadkit discussions out in the formats analysts use.
 *
 * <p>Every format is a {@link dev.threadkit.export.Exporter}, built once with a builder,
 * immutable and safe to share between threads; {@link dev.threadkit.export.Exporters} looks
 * them up by name. Writers stream (nothing builds a whole document in memory first) and
 * nothing recurses over the reply tree, so a chain of thousands of nested replies exports
 * like any other thread. The {@code dump} format writes each discussion in its dialect with
 * the {@link dev.threadkit.model.DialectWriter}s installed, found with
 * {@link java.util.ServiceLoader}.
 */
module dev.threadkit.export {
  requires transitive dev.threadkit.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires java.xml;

  exports dev.threadkit.export;

  uses dev.threadkit.model.DialectWriter;
}
