/**
 * Reads raw dumps of online discussions into the threadkit model.
 *
 * <p>The entry point is {@link dev.threadkit.parser.DumpParser}. Site layouts are
 * {@link dev.threadkit.parser.spi.Dialect}s, found with {@link java.util.ServiceLoader}: a
 * module that {@code provides dev.threadkit.parser.spi.Dialect} adds one. The built-in
 * dialects also provide their {@link dev.threadkit.model.DialectWriter}s, which the
 * {@code dump} exporter uses to write discussions back.
 */
module dev.threadkit.parser {
  requires transitive dev.threadkit.model;
  requires com.google.common;

  exports dev.threadkit.parser;
  exports dev.threadkit.parser.spi;

  uses dev.threadkit.parser.spi.Dialect;

  provides dev.threadkit.parser.spi.Dialect with
      dev.threadkit.parser.internal.dialect.TopcorDialect,
      dev.threadkit.parser.internal.dialect.NumberedDialect,
      dev.threadkit.parser.internal.dialect.DisqusDialect,
      dev.threadkit.parser.internal.dialect.YoutubeDialect,
      dev.threadkit.parser.internal.dialect.HnDialect,
      dev.threadkit.parser.internal.dialect.RedditDialect,
      dev.threadkit.parser.internal.dialect.PlainDialect;
  provides dev.threadkit.model.DialectWriter with
      dev.threadkit.parser.internal.dialect.TopcorWriter,
      dev.threadkit.parser.internal.dialect.NumberedWriter,
      dev.threadkit.parser.internal.dialect.DisqusWriter,
      dev.threadkit.parser.internal.dialect.YoutubeWriter,
      dev.threadkit.parser.internal.dialect.HnWriter,
      dev.threadkit.parser.internal.dialect.RedditWriter;
}
