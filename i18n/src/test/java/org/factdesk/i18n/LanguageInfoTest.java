package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageInfoTest {

  @Test
  void describesHebrew() {
    LanguageInfo he = LanguageInfo.of(LanguageTag.parse("he"));
    assertEquals(
        new LanguageInfo(
            "he", "Hebrew", "עברית", "Hebr", Direction.RTL, List.of("one", "two", "other")),
        he);
  }

  @Test
  void describesEachTagOnceAndKeepsScriptVariantsApart() {
    LanguageInfo ka = LanguageInfo.of(LanguageTag.parse("ka"));
    assertSame(ka, LanguageInfo.of(LanguageTag.parse("ka")), "the second summary reuses the first description");
    LanguageInfo azLatn = LanguageInfo.of(LanguageTag.parse("az"));
    LanguageInfo azArab = LanguageInfo.of(LanguageTag.parse("az-Arab"));
    assertNotEquals(azLatn, azArab);
    assertEquals(Direction.RTL, LanguageInfo.of(LanguageTag.parse("az-Arab")).direction());
    assertEquals(Direction.LTR, LanguageInfo.of(LanguageTag.parse("az")).direction());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en      | English              | English",
        "en-GB   | English (United Kingdom) | English (United Kingdom)",
        "az      | Azerbaijani          | azərbaycan",
        "ru      | Russian              | Русский",
        "ar      | Arabic               | العربية",
        "ka      | Georgian             | ქართული",
        "hy      | Armenian             | հայերեն",
        "fa      | Persian              | فارسی",
        "hi      | Hindi                | हिन्दी",
        "el      | Greek                | Ελληνικά",
        "de      | German               | Deutsch",
        "zh-Hans | Chinese (Simplified) | 中文（简体）"
      })
  void namesLanguageInEnglishAndInItself(String tag, String english, String nativeName) {
    LanguageInfo info = LanguageInfo.of(LanguageTag.parse(tag));
    assertEquals(english, info.englishName());
    assertEquals(nativeName, info.nativeName());
  }

  @Test
  void namesScriptVariantInTheLanguageRatherThanTheServerLocale() {
    LanguageInfo info = LanguageInfo.of(LanguageTag.parse("az-Arab"));
    assertEquals("Azerbaijani (Arabic)", info.englishName());
    assertEquals("azərbaycan (ərəb)", info.nativeName());
    assertEquals(Direction.RTL, info.direction());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ar      | zero, one, two, few, many, other",
        "ru      | one, few, many, other",
        "he      | one, two, other",
        "en      | one, other",
        "zh-Hans | other"
      })
  void listsPluralCategoriesInCldrOrder(String tag, String categories) {
    assertEquals(
        List.of(categories.split(", ")),
        LanguageInfo.of(LanguageTag.parse(tag)).pluralCategories());
  }

  @Test
  void keepsItsOwnCopyOfPluralCategories() {
    List<String> categories = new ArrayList<>(List.of("one", "other"));
    LanguageInfo info =
        new LanguageInfo("en", "English", "English", "Latn", Direction.LTR, categories);
    categories.add("few");
    assertEquals(List.of("one", "other"), info.pluralCategories());
    assertThrows(UnsupportedOperationException.class, () -> info.pluralCategories().add("two"));
  }
}
