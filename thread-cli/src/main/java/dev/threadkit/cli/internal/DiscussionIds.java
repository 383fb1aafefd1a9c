package dev.threadkit.cli.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one policy for two inputs with the same discussion id ({@code A/x.txt} and
 * {@code B/x.txt} are both {@code x}), the same for every format: the first is converted, a
 * later one is refused, with a reason naming both inputs. Rows of csv and jsonl, the ids of a
 * ConvoKit corpus and the file names of a document folder are all keyed by the discussion id,
 * so a second discussion of that id would be indistinguishable from the first, or overwrite it.
 * Refusing is the rule that loses nothing silently: the exit status says a dump was not
 * converted, and renaming one file fixes it.
 */
public final class DiscussionIds {
  private final Map<String, String> firstInput = new HashMap<>(); // discussion id -> label of its input

  /**
   * Claims a discussion id for an input.
   *
   * @param id the discussion id
   * @param label the input's label
   * @return empty if the id is free (it is now taken), or why this input is refused
   */
  public Optional<String> claim(String id, String label) {
    String earlier = firstInput.putIfAbsent(id, label);
    if (earlier == null) {
      return Optional.empty();
    }
    return Optional.of("discussion id '" + id + "' is already used by " + earlier
        + "; rename one of the files to convert both");
  }
}
