package dev.threadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {

  @Test
  void ofHasNoFurniture() {
    Article article = SeedFixtures.article();

    assertThat(article.title()).isEqualTo(SeedFixtures.TITLE);
    assertThat(article.paragraphs()).hasSize(4).first().asString().startsWith("The most interesting sign");
    assertThat(article.commentCount()).isEmpty();
    assertThat(article.attribute(Attribute.PHOTO_CREDIT)).isEmpty();
    assertThat(article.attributes()).isEqualTo(Attributes.none());
    assertThat(article.boilerplate()).isEmpty();
  }

  @Test
  void anEmptyArticleIsAllowed() {
    Article empty = Article.of("", List.of());

    assertThat(empty.title()).isEmpty();
    assertThat(empty.paragraphs()).isEmpty();
  }

  @Test
  void paragraphsMaySpanSeveralLines() {
    Article article = Article.of("A list", List.of("first item\nsecond item\n  indented third"));

    assertThat(article.paragraphs()).containsExactly("first item\nsecond item\n  indented third");
  }

  @Test
  void withersReturnCopiesWithOneFieldChanged() {
    Article plain = SeedFixtures.article();

    Article counted = plain.withCommentCount(7);
    Article credited = counted.with(Attribute.PHOTO_CREDIT, "Used photos: pixabay.com");
    Article full = credited.withBoilerplate(List.of("Subscribe to our channel.", "Comments are moderated."));

    assertThat(plain.commentCount()).isEmpty();
    assertThat(counted.commentCount()).isEqualTo(OptionalInt.of(7));
    assertThat(counted.attribute(Attribute.PHOTO_CREDIT)).isEmpty();
    assertThat(credited.attribute(Attribute.PHOTO_CREDIT)).contains("Used photos: pixabay.com");
    assertThat(credited.commentCount()).isEqualTo(OptionalInt.of(7));
    assertThat(credited.boilerplate()).isEmpty();
    assertThat(full.boilerplate()).containsExactly("Subscribe to our channel.", "Comments are moderated.");
    assertThat(full.title()).isEqualTo(plain.title());
    assertThat(full.paragraphs()).isEqualTo(plain.paragraphs());
    assertThat(full.commentCount()).isEqualTo(OptionalInt.of(7));
    assertThat(full.attribute(Attribute.PHOTO_CREDIT)).contains("Used photos: pixabay.com");
    assertThat(full).isEqualTo(new Article(SeedFixtures.TITLE, plain.paragraphs(), OptionalInt.of(7),
        List.of("Subscribe to our channel.", "Comments are moderated."),
        Attributes.of(Attribute.PHOTO_CREDIT, "Used photos: pixabay.com")));
    assertThat(plain.withCommentCount(0).commentCount()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void equalityIsByValue() {
    assertThat(SeedFixtures.article()).isEqualTo(SeedFixtures.article())
        .hasSameHashCodeAs(SeedFixtures.article());
    assertThat(SeedFixtures.article()).isNotEqualTo(SeedFixtures.article().withCommentCount(7));
    assertThat(Article.of("t", List.of("a", "b"))).isNotEqualTo(Article.of("t", List.of("b", "a")));
  }

  @Test
  void rejectsALineBreakInTheTitle() {
    assertThatThrownBy(() -> Article.of("Korea Times:\nRussia and China", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> Article.of("Korea Times:\r", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n", " \n "})
  void rejectsABlankParagraph(String paragraph) {
    assertThatThrownBy(() -> Article.of("t", List.of("first", paragraph)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paragraph");
    assertThatThrownBy(() -> Article.of("t", List.of()).withBoilerplate(List.of(paragraph)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boilerplate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\n\ntwo", "\none", "one\n", "one\ntwo\n\n\nthree",
      // Lines of only spaces or tabs are blank too, as the parser reads them.
      "one\n \ntwo", "one\n\t\ntwo", " \none", "one\n  "})
  void rejectsAParagraphHoldingABlankLine(String paragraph) {
    assertThatThrownBy(() -> Article.of("t", List.of(paragraph)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank line");
    assertThatThrownBy(() -> Article.of("t", List.of()).withBoilerplate(List.of(paragraph)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank line");
  }

  @Test
  void rejectsCarriageReturnsInParagraphs() {
    assertThatThrownBy(() -> Article.of("t", List.of("one\r\ntwo")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\\r");
  }

  @Test
  void rejectsANegativeCommentCount() {
    assertThatThrownBy(() -> SeedFixtures.article().withCommentCount(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "  \t "})
  void rejectsABlankPhotoCredit(String credit) {
    assertThatThrownBy(() -> SeedFixtures.article().with(Attribute.PHOTO_CREDIT, credit))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo credit");
  }

  @Test
  void rejectsAnEmptyPhotoCreditLikeAnyEmptyTextAttribute() {
    assertThatThrownBy(() -> SeedFixtures.article().with(Attribute.PHOTO_CREDIT, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photoCredit")
        .hasMessageContaining("non-empty");
  }

  @Test
  void keepsOtherAttributesWithoutTheArticlesOwnChecks() {
    Attribute<String> section = Attribute.text("section");

    Article article = SeedFixtures.article().with(section, "World\nAsia");

    assertThat(article.attribute(section)).contains("World\nAsia");
    assertThat(article.attribute(Attribute.PHOTO_CREDIT)).isEmpty();
  }

  @Test
  void rejectsAMultiLinePhotoCredit() {
    assertThatThrownBy(() -> SeedFixtures.article().with(Attribute.PHOTO_CREDIT, "Used photos:\npixabay.com"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single line");
  }

  @Test
  void paragraphsAreCopiedFromTheCallersList() {
    List<String> paragraphs = new ArrayList<>(List.of("first", "second"));
    List<String> boilerplate = new ArrayList<>(List.of("boilerplate"));
    Article article = Article.of("t", paragraphs).withBoilerplate(boilerplate);

    paragraphs.add("third");
    paragraphs.set(0, "changed");
    boilerplate.clear();

    assertThat(article.paragraphs()).containsExactly("first", "second");
    assertThat(article.boilerplate()).containsExactly("boilerplate");
  }

  @Test
  void returnedListsAreUnmodifiable() {
    Article article = SeedFixtures.article().withBoilerplate(List.of("boilerplate"));

    assertThatThrownBy(() -> article.paragraphs().add("more")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.paragraphs().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.paragraphs().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Collections.sort(article.paragraphs()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.boilerplate().add("more")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(article.paragraphs()).hasSize(4);
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> Article.of(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Article.of("t", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Article.of("t", java.util.Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringIsShort() {
    List<String> paragraphs = Collections.nCopies(10_000, "x".repeat(1_000));
    Article article = Article.of("T".repeat(10_000), paragraphs);

    assertThat(article.toString()).hasSizeLessThan(120).contains("10000 paragraphs").startsWith("Article[title=TTT")
        .doesNotContain("xxx");
    assertThat(SeedFixtures.article().toString()).contains("Korea Times").contains("4 paragraphs");
  }
}
