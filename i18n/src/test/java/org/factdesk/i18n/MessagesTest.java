package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

  private static final String BUNDLE = "testbundles.messages";
  private static final String BROKEN = "testbundles.broken";
  private static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, locale("az"), locale("ru"), locale("he"), locale("ar"));

  private static Locale locale(String tag) {
    return Locale.forLanguageTag(tag);
  }

  private static Messages messages(String bundle, String tag) {
    return Messages.of(bundle, locale(tag), MessagesTest.class.getClassLoader());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "he-IL,he;q=0.9,en;q=0.8 | he",
        "fr                      | en",
        "fr-CA, ru;q=0.5         | ru",
        "ru;q=0.5, ar;q=0.9      | ar",
        "en;q=0, he              | he",
        "iw                      | he",
        "az-AZ                   | az",
        "en-AU                   | en",
        "*                       | en",
        "!!garbage;;q=x          | en",
        "en;q=abc,ru             | en",
        "'   '                   | en"
      })
  void negotiatesAcceptLanguage(String header, String expected) {
    assertEquals(locale(expected), Messages.negotiate(header, SUPPORTED));
  }

  @Test
  void negotiatesFirstSupportedWithoutHeader() {
    assertEquals(locale("az"), Messages.negotiate(null, List.of(locale("az"), Locale.ENGLISH)));
    assertThrows(IllegalArgumentException.class, () -> Messages.negotiate("en", List.of()));
  }

  @Test
  void formatsNamedArguments() {
    assertEquals(
        "Hello, Leyla!", messages(BUNDLE, "en").format("greeting", Map.of("name", "Leyla")));
    assertEquals(
        "שלום, Leyla!", messages(BUNDLE, "he").format("greeting", Map.of("name", "Leyla")));
    assertEquals(
        "Article by Ana in Georgian",
        messages(BUNDLE, "en")
            .format("article.by", Map.of("author", "Ana", "language", "Georgian")));
    assertEquals(
        "Don't worry, Ana.", messages(BUNDLE, "en").format("reassure", Map.of("name", "Ana")));
  }

  @Test
  void isolatesTextArgumentsButNotSelectorsOrNumbers() {
    Messages he = messages(BUNDLE, "he");
    assertEquals(
        "הטענה \"\u206840,000 cars a day\u2069\" פתוחה.",
        he.formatIsolated("claim.state", Map.of("quote", "40,000 cars a day", "state", "OPEN")));
    assertEquals(
        "Claim \"\u2068x\u2069\" is settled.",
        messages(BUNDLE, "en").formatIsolated("claim.state", Map.of("quote", "x", "state", "DONE")));
    assertEquals("2 open claims", messages(BUNDLE, "en").formatIsolated("claims.open", Map.of("count", 2)));
    assertEquals(
        "הטענה \"40,000 cars a day\" פתוחה.",
        he.format("claim.state", Map.of("quote", "40,000 cars a day", "state", "OPEN")),
        "plain format leaves text alone");
  }

  @ParameterizedTest
  @CsvSource({
    "ru, 1, 1 открытое утверждение",
    "ru, 3, 3 открытых утверждения",
    "ru, 5, 5 открытых утверждений",
    "ru, 21, 21 открытое утверждение",
    "he, 1, טענה פתוחה אחת",
    "he, 2, שתי טענות פתוחות",
    "ar, 0, لا توجد ادعاءات مفتوحة",
    "ar, 2, ادعاءان مفتوحان",
    "en, 1, 1 open claim",
    "en, 1000, '1,000 open claims'"
  })
  void choosesPluralFormsOfTheLocale(String tag, int count, String expected) {
    assertEquals(expected, messages(BUNDLE, tag).format("claims.open", Map.of("count", count)));
  }

  @Test
  void usesTheBestBundleLocale() {
    assertEquals(locale("he"), messages(BUNDLE, "he-IL").locale());
    assertEquals(Locale.ENGLISH, messages(BUNDLE, "fr").locale());
    assertEquals("Hello, Jean!", messages(BUNDLE, "fr").format("greeting", Map.of("name", "Jean")));
  }

  @Test
  void fallsBackToEnglishForAKeyMissingInTheLocale() {
    Messages he = messages(BROKEN, "he");
    assertTrue(he.has("only.english"));
    assertEquals("Only in English", he.format("only.english", Map.of()));
  }

  @Test
  void neverThrowsWhileFormatting() {
    Messages en = messages(BUNDLE, "en");
    assertFalse(en.has("no.such.key"));
    assertEquals("[no.such.key]", en.format("no.such.key", Map.of()));
    assertEquals("Hello, {name}!", en.format("greeting", Map.of()));
    assertEquals("Hello, {name}!", en.format("greeting", null));
    // A pattern ICU cannot parse comes back raw.
    String broken = messages(BROKEN, "az").format("claims.open", Map.of("count", 1));
    assertTrue(broken.startsWith("{count, plural"), broken);
    // A plural argument that is not a number.
    assertEquals(
        "{count, plural, one {# open claim} other {# open claims}}",
        en.format("claims.open", Map.of("count", "many")));
  }

  @Test
  void formatsConcurrently() {
    Messages ru = messages(BUNDLE, "ru");
    List<String> results =
        IntStream.range(0, 2000)
            .parallel()
            .mapToObj(i -> ru.format("claims.open", Map.of("count", i % 10)))
            .toList();
    for (int i = 0; i < results.size(); i++) {
      assertEquals(ru.format("claims.open", Map.of("count", i % 10)), results.get(i));
    }
  }

  @Test
  void failsFastForAnUnknownBundle() {
    assertThrows(MissingResourceException.class, () -> messages("testbundles.nothing", "en"));
  }
}
