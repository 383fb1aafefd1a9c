package dev.threadkit.export;

import dev.threadkit.model.Article;
import dev.threadkit.model.Attribute;
import dev.threadkit.model.Author;
import dev.threadkit.model.Comment;
import dev.threadkit.model.CommentId;
import dev.threadkit.model.Discussion;
import dev.threadkit.model.LineRange;
import dev.threadkit.model.Presence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The seed dump {@code seeds/000_599c788b2f42df5e.txt} as a {@link Discussion}, built by hand
 * (no parser involved) so every golden test starts from the same known model.
 *
 * <p>It is a {@code topcor} discussion, so the dump exporter writes it back with the parser's
 * topcor writer. Header forms, handles, real names, presence, times, body lines and source line ranges
 * (header to last body line, 1-based) are exactly those of the file. Comment 3.1 uses the
 * merged header form, so it has no presence.
 */
public final class SeedDiscussion {
  /** The seed's file name without extension: the discussion id. */
  public static final String ID = "000_599c788b2f42df5e";

  /** Where the test copy of the seed file lives on the test class path. */
  public static final String RESOURCE = "/seeds/000_599c788b2f42df5e.txt";

  private SeedDiscussion() {}

  /** Returns the seed discussion. */
  public static Discussion discussion() {
    return Discussion.builder(ID).dialect("topcor")
        .article(Article.of("Korea Times: Russia and China are rapidly forming anti-Western alliance", List.of(
            "The most interesting sign of international relations during the coronavirus pandemic was the strengthening of politicaleconomic and the military between Russia and China. According to a number of analysts, Moscow and Beijing are forming an alliance, the purpose of which is to jointly confront threats emanating from the West. The Korea Times writes about it.",
            "One of the evidence of the mutual warm disposition of the two countries was the recent meeting of Mikhail Mishustin with his Chinese counterpart Li Keqiang, during which, in an atmosphere of goodwill, the parties discussed important issues of foreign policy, economy and security.",
            "Ties between the countries are strengthening against the background of cooperation in the development of an antiviral vaccine, as well as a Russian-Chinese missile attack warning system - it will operate on the basis of the Russian Tundra satellites and modular ground-based radar stations of the Voronezh type located in the PRC.",
            "Such initiatives have not gone unnoticed in the West. NATO Secretary General Jens Stoltenberg noted on December 1 that \"Moscow and Beijing pose a growing threat to Western allies.\" This is compounded by Washington's diplomatic alienation from both Moscow and Beijing, which has responded with joint Russian-Chinese military exercises on land and at sea. Thus, Russia and China are rapidly creating an anti-Western alliance, the newspaper concluded.")))
        .add(Comment.builder(CommentId.of(1), Author.of("steelmaker"))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .posted(LocalDateTime.of(2020, 12, 9, 15, 35))
            .text("This union is needed primarily by China. I do not think that China, if anything, is \"harnessing\" for Russia. In Syria, they did not dare to help us, and even more so with the United States and Europe. The Americans demand 2% of GDP to defend Europe, and we, as usual, for nothing.")
            .source(new LineRange(10, 12))
            .build())
        .add(Comment.builder(CommentId.of(2), Author.of("Bulanov", "Vladimir"))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .posted(LocalDateTime.of(2020, 12, 9, 15, 42))
            .text("Russian and Chinese - brothers forever! Even when Truman threatened Stalin to bombard the Union with atomic bombs, Stalin said that in return he would put the Chinese on Russian tanks and they would take over all of Western Europe. Truman changed his mind about throwing.")
            .source(new LineRange(13, 15))
            .build())
        .add(Comment.builder(CommentId.of(3), Author.of("Old man", "Old man"))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .posted(LocalDateTime.of(2020, 12, 9, 15, 42))
            .text(lines(
                "China is the future leader of the Periphery (\"Core and Periphery Concept\"). It's unavoidable.",
                "The next contender is India. When China cracks down on the West (led by the United States), India will most likely be its main geopolitical enemy in the struggle for the leadership of the Periphery.",
                "If we are now able to understand ourselves and explain to China that Russia is not the Periphery, but the Core, then we have a chance to avoid an aggressive confrontation with China. But, to realize and do it, you need to NOW.",
                "In cooperation with the West, we could not do this and slipped into rivalry on the verge of mutual destruction. Although the roles of the Core and the Periphery in the world, not only do not exclude, but naturally complement each other.",
                "The fact is that any process, and human development is a PROCESS, always has a CORE and a PERIPHERAL. It is on the opposition of these two poles of the One Whole that Evolution is built.",
                "The periphery is freer and more reckless. Its role is to find, at any cost, everything new, without any regard for the consequences of such actions.",
                "The kernel is more conservative and judicious. Its role is to select, preserve, and transmit to others the necessary (but safe) locations of the Periphery.",
                "At the moment, the West (and Poland gravitating towards it) is the periphery of this Process. And Russia is the NUCLEUS. This natural opposition of the Spiritual Core and the Intellectual Periphery of the human population is perceived by people (due to a lack of real Knowledge) as hostility.",
                "Here are explanations about Russia and its role in world history - \"God. Earth. Man\" (in particular, part I, chapter X and part II, chapter VIII)"))
            .source(new LineRange(16, 26))
            .build())
        .add(Comment.builder(CommentId.of(3, 1), Author.of("Vladimir Tuzakov", "Vladimir Tuzakov"))
            .posted(LocalDateTime.of(2020, 12, 9, 18, 10))
            .text("Here, to such theories created from the finger (core-periphery, sea-land, etc. ...) then they begin to pull the whole world towards them (like an owl on a globe) ... China has always considered itself the center of the heavenly (universe), and nothing to convince a several thousand-year-old worldview ... We can crow anything, but the power of China is in \"soft power\" toppling mountains, which is what we see an incoming expansion of influence in the world ... in order not to be the first to be crushed, you need to become the first friends, and all over the younger friends, how not to swagger with more strength, it is already in the past ... The fact that Russia's enemies promote such friendship with China is very wonderful ...")
            .source(new LineRange(27, 28))
            .build())
        .add(Comment.builder(CommentId.of(4), Author.of("Valentine", "Valentin"))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .posted(LocalDateTime.of(2020, 12, 9, 16, 24))
            .text("Yes, it\u2019s time for us to do real business, Mr. \"Guarantor\", and not wipe off the spitting of our \"partners\".")
            .source(new LineRange(29, 31))
            .build())
        .add(Comment.builder(CommentId.of(5), Author.of("Jacques sekavar", "Jacques Sekavar"))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .posted(LocalDateTime.of(2020, 12, 9, 23, 28))
            .text(lines(
                "Moscow and Beijing forge an alliance to jointly counter threats from the West",
                "",
                "Threats to China, North Korea, Iran, Russia, Cuba, Venezuela are emanating from the West, but these states have not created and are not planning any anti-Western alliance. One of the evidence of this is that each of them not only confronts Western threats alone, but also support, in whole or in part, the sanctions imposed by the West against each other, for example, Iran.",
                "",
                "Links between countries strengthened with collaboration to develop antiviral vaccine",
                "",
                "If Covid-19 is a Pandemic, a worldwide epidemic, it would be logical to confront it with the Whole World.",
                "However, any cooperation between the Russian Federation and China, even in such a situation, is presented as a threat to the West.",
                "",
                "Russian-Chinese missile warning system",
                "",
                "This is an Attack Warning System (!) And as Vladimir Putin said, China will make its early warning system without us, but with us it will make it faster. It follows from this that the military-technical cooperation of the Russian Federation with the PRC in general and the agreement on an early warning system for a missile attack in particular is of the same commercial nature as the sale of the S-400 to Turkey. This is fundamentally different from the proposal made by the Russian Federation at one time to the NATO countries, not the PRC (!!!), to create a common or zoned missile defense system, which the West has categorically rejected.",
                "",
                "NATO Secretary General Jens Stoltenberg noted on December 1 that \"Moscow and Beijing pose a growing threat to Western allies.\"",
                "",
                "What is the threat to Moscow and Beijing to NATO countries - they have declared NATO countries their worst enemies, surrounded military bases on all sides and are conducting exercises near the borders, finance leftist and opposition movements, are trying to extend their jurisdiction over international relations, initiate the imposition of sanctions?",
                "The threat comes from NATO countries to all who do not obey and pursue their domestic and foreign policies and consists in attempts to reformat their system of state structure and governance by means of blackmail, financing of internal opposition and color revolutions, terrorist attacks, sanctions, military force, etc.",
                "",
                "joint Russian-Chinese military exercises on land and at sea",
                "",
                "The PRC regularly conducts military exercises with almost all neighboring states, including the United States, but for some reason the Russian Federation does not see this as a threat to its security.",
                "Well, the Western agitprom presents any military exercises of the Russian Federation, and especially with the PRC, as they demand of it -",
                "The Russian Federation is concentrating its troops and is once again preparing for an invasion of Ukraine and the Baltic states.",
                "Flocks of submarines dive off the coast of Finland, Sweden, Norway, Britain and the North Atlantic.",
                "These U-2 spy planes once flew along and across the United States until one of the bottom was shot down, and today strategic bombers are practicing a nuclear strike on the United States.",
                "The same Russian Federation claims to the north-western passage of the Canadian Arctic archipelago, and warships regularly enter the Great Lakes of North America and demonstratively conduct their exercises there, etc. rave."))
            .source(new LineRange(32, 59))
            .build())
        .add(Comment.builder(CommentId.of(6), Author.of("Tramp_62", "Serge Shevyakov"))
            .attribute(Attribute.PRESENCE, Presence.OFFLINE)
            .posted(LocalDateTime.of(2020, 12, 11, 19, 40))
            .text("China plans for many decades, and if China is a very difficult negotiator, and if we have warm relations at the moment, then it means China does not open the gates of Russia so quickly !!! And this is very important for us and China in our time !!!")
            .source(new LineRange(60, 62))
            .build())
        .build();
  }

  /** Returns the seed file's bytes, as checked in. */
  public static byte[] bytes() {
    try (InputStream in = SeedDiscussion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lines(String... lines) {
    return String.join("\n", lines);
  }
}
