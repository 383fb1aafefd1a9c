/**
 * An example dialect in a module of its own: GitHub issue exports. It needs nothing but the
 * exported API of thread-parser and thread-model, and plugs in with {@code provides}: put the
 * jar on the module path (or the class path, where {@code META-INF/services} registers the
 * same classes) and {@code DumpParser} detects and reads GitHub issues, and the {@code dump}
 * exporter writes them back.
 */
module dev.threadkit.examples.github {
  // Its exported classes implement the SPI, so a module that uses them reads it too.
  requires transitive dev.threadkit.parser;
  requires transitive dev.threadkit.model;

  exports dev.threadkit.examples.github;

  provides dev.threadkit.parser.spi.Dialect with
      dev.threadkit.examples.github.GithubDialect;
  provides dev.threadkit.model.DialectWriter with
      dev.threadkit.examples.github.GithubWriter;

  uses dev.threadkit.model.DialectWriter; // ShowDialects lists the writers it can find
}
