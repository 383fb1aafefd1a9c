package dev.threadkit.model;

import static dev.threadkit.model.Presence.OFFLINE;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The model of seed dump {@code seeds/000_599c788b2f42df5e.txt}, built in code so that it reads
 * like the dump: the article, then each comment's number, author, status, time, source lines and
 * (the start of) its text. Texts are shortened; lines, authors and times are the dump's.
 */
final class SeedFixtures {
  private SeedFixtures() {}

  static final String SEED_ID = "000_599c788b2f42df5e";
  static final String TITLE = "Korea Times: Russia and China are rapidly forming anti-Western alliance";

  static final Author STEELMAKER = Author.of("steelmaker");
  static final Author BULANOV = Author.of("Bulanov", "Vladimir");
  static final Author OLD_MAN = Author.of("Old man", "Old man");
  static final Author TUZAKOV = Author.of("Vladimir Tuzakov", "Vladimir Tuzakov");
  static final Author VALENTINE = Author.of("Valentine", "Valentin");
  static final Author SEKAVAR = Author.of("Jacques sekavar", "Jacques Sekavar");
  static final Author TRAMP = Author.of("Tramp_62", "Serge Shevyakov");

  /** Every author of the seed, in the order of their first comment. */
  static final List<Author> AUTHORS = List.of(STEELMAKER, BULANOV, OLD_MAN, TUZAKOV, VALENTINE, SEKAVAR, TRAMP);

  private static final DateTimeFormatter DUMP_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy H:mm", Locale.ENGLISH);

  /** Reads a time as the dump writes it, without the stray space after the colon. */
  static LocalDateTime at(String time) {
    return LocalDateTime.parse(time, DUMP_TIME);
  }

  static Article article() {
    return Article.of(TITLE, List.of(
        "The most interesting sign of international relations during the coronavirus pandemic was the"
            + " strengthening of politicaleconomic and the military between Russia and China.",
        "One of the evidence of the mutual warm disposition of the two countries was the recent meeting"
            + " of Mikhail Mishustin with his Chinese counterpart Li Keqiang.",
        "Ties between the countries are strengthening against the background of cooperation in the"
            + " development of an antiviral vaccine.",
        "Such initiatives have not gone unnoticed in the West."));
  }

  /** The seed's seven comments in document order, with their source lines. */
  static List<Comment> comments() {
    return List.of(
        comment("1", STEELMAKER, "9 December 2020 15:35", lines(10, 12))
            .attribute(Attribute.PRESENCE, OFFLINE)
            .text("This union is needed primarily by China.")
            .build(),
        comment("2", BULANOV, "9 December 2020 15:42", lines(13, 15))
            .attribute(Attribute.PRESENCE, OFFLINE)
            .text("Russian and Chinese - brothers forever!")
            .build(),
        comment("3", OLD_MAN, "9 December 2020 15:42", lines(16, 26))
            .attribute(Attribute.PRESENCE, OFFLINE)
            .text("China is the future leader of the Periphery (\"Core and Periphery Concept\"). It's unavoidable.\n"
                + "The next contender is India.")
            .build(),
        // The merged header form: no status word, so no presence.
        comment("3.1", TUZAKOV, "9 December 2020 18:10", lines(27, 28))
            .text("Here, to such theories created from the finger (core-periphery, sea-land, etc. ...)")
            .build(),
        comment("4", VALENTINE, "9 December 2020 16:24", lines(29, 31))
            .attribute(Attribute.PRESENCE, OFFLINE)
            .text("Yes, it’s time for us to do real business, Mr. \"Guarantor\", and not wipe off the spitting"
                + " of our \"partners\".")
            .build(),
        comment("5", SEKAVAR, "9 December 2020 23:28", lines(32, 59))
            .attribute(Attribute.PRESENCE, OFFLINE)
            .text("Moscow and Beijing forge an alliance to jointly counter threats from the West\n"
                + "\n"
                + "Threats to China, North Korea, Iran, Russia, Cuba, Venezuela are emanating from the West.")
            .build(),
        comment("6", TRAMP, "11 December 2020 19:40", lines(60, 62))
            .attribute(Attribute.PRESENCE, OFFLINE)
            .text("China plans for many decades.")
            .build());
  }

  static Discussion discussion() {
    return Discussion.builder(SEED_ID).article(article()).addAll(comments()).build();
  }

  /** The seed's comments with every source position left out, as if built by hand. */
  static List<Comment> commentsWithoutSources() {
    List<Comment> stripped = new ArrayList<>();
    for (Comment c : comments()) {
      stripped.add(new Comment(c.id(), c.author(), c.kind(), c.time(), c.text(), c.attributes(), c.unplaced(),
          Optional.empty()));
    }
    return stripped;
  }

  static Comment.Builder comment(String id, Author author, String time, LineRange source) {
    return Comment.builder(CommentId.parse(id), author).posted(at(time)).source(source);
  }

  static LineRange lines(int first, int last) {
    return new LineRange(first, last);
  }

  /** A minimal comment: only an id, an author and a text. */
  static Comment plain(String id, Author author, String text) {
    return Comment.builder(CommentId.parse(id), author).text(text).build();
  }

  static Discussion discussionOf(Comment... comments) {
    return Discussion.builder(SEED_ID).article(article()).addAll(List.of(comments)).build();
  }
}
