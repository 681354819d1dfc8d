package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

  @ParameterizedTest
  @CsvSource({
    "EN-gb, en-GB",
    "az-latn, az-Latn",
    "az-Latn, az-Latn",
    "iw, he",
    "he, he",
    "ar, ar",
    "ru, ru",
    "ka, ka",
    "hy, hy",
    "fa, fa",
    "hi, hi",
    "zh-hans, zh-Hans",
    "en-GB, en-GB",
    "sr-cyrl-rs, sr-Cyrl-RS",
    "sh, sr-Latn",
    "in, id",
    "'  de\t', de"
  })
  void canonicalisesValidTags(String raw, String canonical) {
    assertEquals(canonical, LanguageTag.parse(raw).value());
  }

  static Stream<Arguments> invalidTags() {
    return Stream.of(
        Arguments.of("", "it is empty"),
        Arguments.of(" ", "it is empty"),
        Arguments.of("xx", "unknown language subtag \"xx\""),
        Arguments.of("english", "unknown language subtag \"english\""),
        Arguments.of("qaa", "unknown language subtag \"qaa\""),
        Arguments.of("en_US", "did you mean \"en-US\"?"),
        Arguments.of("123", "ill-formed"),
        Arguments.of("en--GB", "ill-formed"),
        Arguments.of("en-", "ill-formed"),
        Arguments.of("und", "no language subtag"),
        Arguments.of("und-Latn", "no language subtag"),
        Arguments.of("x-newsroom", "no language subtag"),
        Arguments.of("a".repeat(300), "longer than 64 characters"),
        Arguments.of("en-" + "GB-".repeat(30) + "x", "longer than 64 characters"));
  }

  @ParameterizedTest
  @MethodSource("invalidTags")
  void rejectsInvalidTagsWithReason(String raw, String reason) {
    InvalidLanguageTagException e =
        assertThrows(InvalidLanguageTagException.class, () -> LanguageTag.parse(raw));
    assertEquals(raw, e.input());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void explainsUnknownLanguageInPlainEnglish() {
    InvalidLanguageTagException e =
        assertThrows(InvalidLanguageTagException.class, () -> LanguageTag.parse("english"));
    assertEquals(
        "\"english\" is not a valid BCP 47 language tag: unknown language subtag \"english\"",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    InvalidLanguageTagException e =
        assertThrows(InvalidLanguageTagException.class, () -> LanguageTag.parse(null));
    assertEquals(null, e.input());
  }

  @ParameterizedTest
  @CsvSource({
    "en, en, Latn, LTR",
    "az, az, Latn, LTR",
    "az-Cyrl, az, Cyrl, LTR",
    "az-Arab, az, Arab, RTL",
    "ru, ru, Cyrl, LTR",
    "he, he, Hebr, RTL",
    "ar, ar, Arab, RTL",
    "ka, ka, Geor, LTR",
    "hy, hy, Armn, LTR",
    "fa, fa, Arab, RTL",
    "ur, ur, Arab, RTL",
    "hi, hi, Deva, LTR",
    "zh-Hans, zh, Hans, LTR",
    "zh-TW, zh, Hant, LTR",
    "el, el, Grek, LTR",
    "de, de, Latn, LTR",
    "sr-Cyrl-RS, sr, Cyrl, LTR"
  })
  void knowsLanguageScriptAndDirection(
      String tag, String language, String script, Direction direction) {
    LanguageTag parsed = LanguageTag.parse(tag);
    assertEquals(language, parsed.language());
    assertEquals(script, parsed.script());
    assertEquals(direction, parsed.direction());
  }

  @Test
  void givesHtmlDirValues() {
    assertEquals("rtl", LanguageTag.parse("fa").direction().htmlDir());
    assertEquals("ltr", LanguageTag.parse("ka").direction().htmlDir());
  }

  @ParameterizedTest
  @CsvSource({
    "az, az, true",
    "az, az-Latn, true",
    "az, AZ-latn-az, true",
    "en, en-GB, true",
    "az-Latn, az-Latn-AZ, true",
    "az-Latn, az-Cyrl, false",
    "az-Latn, az, false",
    "en-GB, en, false",
    "en, ru, false",
    "iw, he-IL, true"
  })
  void coversOnlyItselfAndMoreSpecificTags(String holder, String target, boolean covers) {
    assertEquals(covers, LanguageTag.parse(holder).covers(LanguageTag.parse(target)));
  }

  @Test
  void comparesByCanonicalValue() {
    LanguageTag a = LanguageTag.parse("EN-gb");
    LanguageTag b = LanguageTag.parse("en-GB");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("en-GB", a.toString());
    assertNotEquals(a, LanguageTag.parse("en"));
    assertFalse(a.equals("en-GB"));
  }

  @Test
  void convertsToJavaAndIcuLocales() {
    LanguageTag tag = LanguageTag.parse("sr-Cyrl-RS");
    assertEquals(Locale.forLanguageTag("sr-Cyrl-RS"), tag.toLocale());
    assertEquals("sr_Cyrl_RS", tag.toULocale().toString());
    assertEquals("he", LanguageTag.parse("iw").toLocale().getLanguage());
  }

  // Each tag is short enough to try every one of its 2^length case variants, which covers
  // everything a random sample of them could.
  @ParameterizedTest
  @ValueSource(
      strings = {"en-GB", "az-Latn-AZ", "sr-Cyrl-RS", "zh-Hans-CN", "he-IL", "ka-GE", "iw"})
  void ignoresLetterCase(String tag) {
    forEveryCaseVariant(
        tag, variant -> assertEquals(LanguageTag.parse(tag), LanguageTag.parse(variant)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"en-GB", "az-Latn-AZ", "sr-Cyrl-RS", "zh-Hans-CN", "he-IL", "ka-GE", "iw"})
  void canonicalFormParsesToItself(String tag) {
    forEveryCaseVariant(
        tag,
        variant -> {
          String canonical = LanguageTag.parse(variant).value();
          assertEquals(canonical, LanguageTag.parse(canonical).value());
        });
  }

  private static void forEveryCaseVariant(String tag, Consumer<String> check) {
    for (int mask = 0; mask < 1 << tag.length(); mask++) {
      String variant = flipCase(tag, mask);
      try {
        check.accept(variant);
      } catch (Throwable failure) {
        throw new AssertionError(
            "failed for \"" + variant + "\" (tag " + tag + ", case mask " + mask + "): " + failure,
            failure);
      }
    }
  }

  private static String flipCase(String s, int mask) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < sb.length(); i++) {
      if ((mask & (1 << i)) != 0) {
        char c = sb.charAt(i);
        sb.setCharAt(
            i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }
}
