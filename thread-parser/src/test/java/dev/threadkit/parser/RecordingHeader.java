package dev.threadkit.parser;

import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.CommentKind;
import dev.threadkit.model.CommentTime;
import dev.threadkit.parser.spi.CommentHeader;
import dev.threadkit.parser.spi.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CommentHeader} that implements only the abstract calls, as a header written against
 * the SPI would, and records the times and attributes it is given: for tests that the SPI's
 * default calls come down to those.
 */
final class RecordingHeader implements CommentHeader {
  /** The times given, and each attribute as {@code name=value}, in order. */
  final List<Object> told = new ArrayList<>();

  @Override
  public CommentHeader author(Author author) {
    return this;
  }

  @Override
  public CommentHeader author(Line line, int handleStart, int handleEnd, int nameStart, int nameEnd) {
    return this;
  }

  @Override
  public CommentHeader time(CommentTime time) {
    told.add(time);
    return this;
  }

  @Override
  public CommentHeader kind(CommentKind kind) {
    return this;
  }

  @Override
  public <T> CommentHeader attribute(Attribute<T> key, T value) {
    told.add(key.name() + "=" + value);
    return this;
  }
}
