package org.factdesk.workflow.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

  private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  private static void assertSlugShape(String slug) {
    assertTrue(slug.matches(SLUG), "not a slug: \"" + slug + "\"");
    assertTrue(slug.length() <= 80, "longer than 80: " + slug.length());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'Crème brûlée à Noël', creme-brulee-a-noel",
    "'Straße, Æsir und Łódź', strasse-aesir-und-lodz",
    "'Ağdaş qışı: Şuşa yolu', agdas-qisi-susa-yolu",
    "'İstanbul', istanbul",
    "'Новости дня', novosti-dna",
    "'Паром вернулся в гавань', parom-vernulsa-v-gavan",
    "'საქართველო', sakartvelo",
    "'  --Ferry, back!--  ', ferry-back",
    "'2025: a year of bridges', 2025-a-year-of-bridges"
  })
  void transliteratesTitlesToAsciiSlugs(String title, String slug) {
    assertEquals(slug, Slugs.of(title));
  }

  @ParameterizedTest
  @ValueSource(strings = {"שלום עולם", "המעבורת חוזרת לנמל", "مرحبا بالعالم", "عودة العبّارة إلى الميناء"})
  void transliteratesRightToLeftScripts(String title) {
    String slug = Slugs.of(title);
    assertSlugShape(slug);
    assertNotEquals("article", slug, "fell back instead of transliterating");
    assertTrue(slug.contains("-"), "word boundaries lost: " + slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!! ???", "\uD83D\uDE80\uD83D\uDCF0", "—"})
  void fallsBackWhenNothingIsLeft(String title) {
    assertEquals("article", Slugs.of(title));
  }

  @Test
  void cutsLongTitlesToEightyCharactersWithoutATrailingHyphen() {
    String slug = Slugs.of("abcd ".repeat(40)); // "abcd-" repeats, so a cut at 80 lands after a hyphen
    assertEquals("abcd-".repeat(15) + "abcd", slug);
  }

  @Test
  void cutsInsideAWordWhenItMust() {
    assertEquals("x".repeat(80), Slugs.of("x".repeat(200)));
  }

  static List<String> randomTitles() {
    List<String> alphabet =
        List.of(
            "a", "Z", "é", "ü", "ß", "ə", "Ə", "ğ", "ı", "İ", "ş", "ç", "ж", "Щ", "ё", "ა", "ქ", "ש", "ם", "ע", "ب", "ة",
            "ع", "ّ", "5", " ", " ", "-", "—", ",", ".", "!", "?", "\u00A0", "\uD83D\uDCF0", "'", "«", "»");
    Random random = new Random(20_250_314L);
    return random.ints(300, 0, 160)
        .mapToObj(n -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            sb.append(alphabet.get(random.nextInt(alphabet.size())));
          }
          return sb.toString();
        })
        .toList();
  }

  @ParameterizedTest
  @MethodSource("randomTitles")
  void alwaysGivesANonEmptyAsciiSlugOfAtMostEightyCharacters(String title) {
    assertSlugShape(Slugs.of(title));
  }

  @Test
  void transliteratesAzerbaijaniSchwaAsE() {
    assertEquals("azerbaycan", Slugs.of("Azərbaycan"));
    assertEquals("seher-meydani", Slugs.of("Şəhər meydanı"));
  }
}
