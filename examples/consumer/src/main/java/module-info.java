/** A user's module: threadkit's parser and exporters, required by their module names. */
module dev.threadkit.examples.consumer {
  requires dev.threadkit.parser;
  requires dev.threadkit.export;

  exports dev.threadkit.examples.consumer;
}
