package dev.threadkit.testkit;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.Presence;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic discussions in the shape of the first dump dialect, from a seed: the
 * same seed and settings always give the same discussion.
 *
 * <p>What it generates covers what real dumps vary: both header forms (status with Online or
 * Offline, and merged), handles with spaces, digits, dots, hyphens, underscores, trailing dots,
 * Cyrillic letters and the status words themselves, real names in Latin or Cyrillic letters or
 * equal to the handle, deep threads and wide ones, multi-line bodies with blank lines and
 * numbered lists, empty and very long bodies, and articles with lists and page furniture.
 *
 * <p>Every discussion it makes is one the dialect can carry without loss: rendered as a dump
 * and parsed back it gives the same discussion, without a diagnostic.
 *
 * <p>By default some handles, names and words are Cyrillic (as in the dumps threadkit was first
 * written for), so most comment bodies hold a character outside Latin-1. {@link
 * Builder#latinOnly(boolean)} swaps each of them for a Latin spelling, which gives a discussion
 * of Latin-1 characters only, as on an English-language site (its dump adds only the dialect's
 * own marks, such as topcor's bullet before a photo credit): the two differ in how the JVM
 * stores the comments' text (one byte a character or two), which is what benchmarks compare
 * them for.
 *
 * <pre>{@code
 * Discussion d = DiscussionGenerator.builder().seed(42).comments(200).build().generate();
 * String dump = DiscussionGenerator.builder().seed(7).build().dumpOfSize(1 << 20);
 * }</pre>
 */
public final class DiscussionGenerator {

  private static final String[] HANDLES = {
    "steelmaker", "Bulanov", "Old man", "Tramp_62", "Jacques sekavar", "A.V.", "iron-bear.77",
    "Online Warrior", "Offline", "Ivan the Terrible", "user.", "Vlad_2020", "Иван Петров", "Северный ветер",
    "Gray Wolf", "x", "Sergey-K", "NNN", "Max 1", "Mister_X.", "Pilot 7", "Онлайн"
  };
  private static final String[] NAMES = {
    "Vladimir", "Serge Shevyakov", "Jacques Sekavar", "Иван", "Пётр Сидоров", "Anna Maria", "V."
  };
  private static final String[] WORDS = {
    "the", "fleet", "China", "Russia", "alliance", "West", "threat", "is", "and", "not", "we", "they",
    "will", "economy", "missile", "system", "a", "of", "to", "in", "sanctions", "cooperation", "history",
    "radar", "Voronezh", "Tundra", "satellites", "partners", "business", "\"Guarantor\"", "it's", "etc.",
    "2%", "S-400", "(!)", "NATO", "Beijing", "Moscow", "—", "вот", "так", "ok", "1436", "whole", "world"
  };
  // The same lists in Latin-1 characters only, each entry at the same index as the one it
  // replaces: the random draws stay the same, so a seed gives the same threads either way.
  private static final String[] LATIN_HANDLES = latin(HANDLES,
      "Иван Петров", "Ivan Petrov", "Северный ветер", "Severny veter", "Онлайн", "Onlayn");
  private static final String[] LATIN_NAMES = latin(NAMES, "Иван", "Ivan", "Пётр Сидоров", "Pyotr Sidorov");
  private static final String[] LATIN_WORDS = latin(WORDS, "—", "-", "вот", "vot", "так", "tak");

  private final long seed;
  private final int comments;
  private final int maxDepth;
  private final int maxLineWords;
  private final String[] handles;
  private final String[] names;
  private final String[] words;

  private DiscussionGenerator(Builder builder) {
    this.seed = builder.seed;
    this.comments = builder.comments;
    this.maxDepth = builder.maxDepth;
    this.maxLineWords = builder.maxLineWords;
    this.handles = builder.latinOnly ? LATIN_HANDLES : HANDLES;
    this.names = builder.latinOnly ? LATIN_NAMES : NAMES;
    this.words = builder.latinOnly ? LATIN_WORDS : WORDS;
  }

  /** A copy of {@code list} with each {@code from, to} pair's entry replaced; every one must be found. */
  private static String[] latin(String[] list, String... fromTo) {
    String[] out = list.clone();
    for (int i = 0; i < fromTo.length; i += 2) {
      int at = Arrays.asList(out).indexOf(fromTo[i]);
      if (at < 0) {
        throw new AssertionError("no " + fromTo[i] + " to replace");
      }
      out[at] = fromTo[i + 1];
    }
    for (String entry : out) {
      for (int i = 0; i < entry.length(); i++) {
        if (entry.charAt(i) > 0xFF) {
          throw new AssertionError("not Latin-1: " + entry);
        }
      }
    }
    return out;
  }

  /**
   * Starts a generator: seed 0, 50 comments, threads up to 12 levels deep.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates the discussion for this generator's seed and settings.
   *
   * @return a discussion of {@code comments} comments
   */
  public Discussion generate() {
    Gen gen = new Gen(new SplittableRandom(seed));
    Discussion.Builder out = Discussion.builder("generated-" + Long.toUnsignedString(seed, 16)).dialect("topcor")
        .article(gen.article(comments));
    gen.comments(comments, comment -> {
      out.add(comment);
      return true;
    });
    return out.build();
  }

  /**
   * Generates a discussion whose dump is at least {@code targetChars} long, adding comments
   * until it is, and returns that dump.
   *
   * @param targetChars the least length of the dump, in characters
   * @return the dump text
   */
  public String dumpOfSize(int targetChars) {
    Gen gen = new Gen(new SplittableRandom(seed));
    Discussion.Builder out = Discussion.builder("generated-" + Long.toUnsignedString(seed, 16)).dialect("topcor")
        .article(gen.article(-1));
    int[] size = {1000};
    gen.comments(Integer.MAX_VALUE, comment -> {
      out.add(comment);
      size[0] += estimate(comment);
      return size[0] < targetChars;
    });
    return Dumps.render(out.build());
  }

  private static int estimate(Comment comment) {
    int indent = 2 * (comment.depth() + 2);
    int lines = 1;
    for (int i = comment.text().indexOf('\n'); i >= 0; i = comment.text().indexOf('\n', i + 1)) {
      lines++;
    }
    return 2 * comment.author().map(Object::toString).orElse("").length() + 40 + comment.text().length() + lines * indent;
  }

  /** One generation run. */
  private final class Gen {
    private final SplittableRandom random;

    Gen(SplittableRandom random) {
      this.random = random;
    }

    Article article(int commentCount) {
      List<String> paragraphs = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        paragraphs.add(random.nextInt(6) == 0 ? list() : sentence(8, 60));
      }
      Article article = Article.of(capitalized(sentence(4, 12)), paragraphs);
      if (commentCount >= 0 && random.nextBoolean()) {
        article = article.withCommentCount(commentCount);
      }
      if (random.nextInt(3) == 0) {
        article = article.with(Attribute.PHOTO_CREDIT, "Used photos: " + word() + ".com");
        if (random.nextBoolean()) {
          article = article.withBoilerplate(List.of(sentence(5, 20)));
        }
      }
      return article;
    }

    /** Emits up to {@code count} comments; stops early when {@code sink} says so. */
    void comments(int count, Sink sink) {
      CommentId[] path = new CommentId[maxDepth + 1];
      int depth = -1;
      for (int n = 0; n < count; n++) {
        int target;
        int roll = random.nextInt(100);
        if (depth < 0 || roll < 30) {
          target = 0;
        } else if (roll < 70 && depth < maxDepth) {
          target = depth + 1;
        } else {
          target = random.nextInt(depth + 1);
        }
        CommentId id;
        if (target <= depth) {
          int next = path[target].ordinal() + 1;
          id = target == 0 ? CommentId.root(next) : path[target - 1].child(next);
        } else {
          id = target == 0 ? CommentId.root(1) : path[target - 1].child(1);
        }
        path[target] = id;
        depth = target;
        if (!sink.accept(comment(id))) {
          return;
        }
      }
    }

    Comment comment(CommentId id) {
      String handle = handles[random.nextInt(handles.length)];
      int nameRoll = random.nextInt(4);
      Author author = nameRoll == 0 ? Author.of(handle)
          : nameRoll == 1 ? Author.of(handle, handle) : Author.of(handle, names[random.nextInt(names.length)]);
      Comment.Builder comment = Comment.builder(id, author)
          .posted(LocalDateTime.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28),
              random.nextInt(24), random.nextInt(60)))
          .text(body());
      int status = random.nextInt(3);
      if (status == 1) {
        comment.attribute(Attribute.PRESENCE, Presence.OFFLINE);
      } else if (status == 2) {
        comment.attribute(Attribute.PRESENCE, Presence.ONLINE);
      }
      return comment.build();
    }

    String body() {
      int roll = random.nextInt(20);
      if (roll == 0) {
        return "";
      }
      if (roll == 1) {
        return sentence(200, 600); // a very long single line
      }
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(4);
      for (int i = 0; i < lines; i++) {
        if (i > 0) {
          text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        text.append(random.nextInt(8) == 0 ? list() : sentence(3, maxLineWords));
      }
      return text.toString();
    }

    String list() {
      StringBuilder list = new StringBuilder();
      int items = 2 + random.nextInt(3);
      for (int i = 1; i <= items; i++) {
        list.append(i > 1 ? "\n" : "").append(i).append(". ").append(sentence(2, 8));
      }
      return list.toString();
    }

    String sentence(int minWords, int maxWords) {
      int words = minWords + random.nextInt(maxWords - minWords + 1);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < words; i++) {
        s.append(i > 0 ? " " : "").append(word());
      }
      return capitalized(s.append(random.nextInt(4) == 0 ? "!" : ".").toString());
    }

    String word() {
      return words[random.nextInt(words.length)];
    }
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Receives generated comments; returns whether to go on. */
  private interface Sink {
    boolean accept(Comment comment);
  }

  /** Builds a {@link DiscussionGenerator}. */
  public static final class Builder {
    private long seed;
    private int comments = 50;
    private int maxDepth = 12;
    private int maxLineWords = 40;
    private boolean latinOnly;

    private Builder() {}

    /**
     * Sets the seed.
     *
     * @param value any number; equal seeds give equal output
     * @return this builder
     */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * Sets how many comments {@link #generate()} makes.
     *
     * @param value at least 0
     * @return this builder
     */
    public Builder comments(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("comments must not be negative: " + value);
      }
      comments = value;
      return this;
    }

    /**
     * Sets the deepest depth a thread may reach.
     *
     * @param value at least 0
     * @return this builder
     */
    public Builder maxDepth(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxDepth must not be negative: " + value);
      }
      maxDepth = value;
      return this;
    }

    /**
     * Sets the most words in an ordinary body line.
     *
     * @param value at least 3
     * @return this builder
     */
    public Builder maxLineWords(int value) {
      if (value < 3) {
        throw new IllegalArgumentException("maxLineWords must be at least 3: " + value);
      }
      maxLineWords = value;
      return this;
    }

    /**
     * Sets whether all text is in Latin-1 characters: handles, real names and words that are
     * Cyrillic by default (and the em dash) are spelled in Latin letters instead. The same seed
     * gives the same threads, authors' places, times and statuses either way; only those
     * strings differ. Off by default, which keeps what every seed generated before this option.
     *
     * @param value true for Latin-1 text only
     * @return this builder
     */
    public Builder latinOnly(boolean value) {
      latinOnly = value;
      return this;
    }

    /**
     * Returns the generator.
     *
     * @return a new generator
     */
    public DiscussionGenerator build() {
      return new DiscussionGenerator(this);
    }
  }
}
