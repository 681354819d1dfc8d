package org.factdesk.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the one analyzer folds, script by script (the decision record 0020 quotes these). */
class FoldingAnalyzerTest {
  private final FoldingAnalyzer analyzer = new FoldingAnalyzer();

  @Test
  void russianYoFoldsToYeAndCaseFolds() {
    assertEquals(List.of("объема", "объема", "елка"), analyzer.terms("объёма ОБЪЕМА Ёлка"));
  }

  @Test
  void arabicHarakatAreDroppedButHamzaFormsStay() {
    assertEquals(analyzer.terms("نموا"), analyzer.terms("نموًا"));
    assertNotEquals(analyzer.terms("احمد"), analyzer.terms("أحمد"));
  }

  @Test
  void hebrewNiqqudIsDropped() {
    assertEquals(List.of("שלום"), analyzer.terms("שָׁלוֹם"));
  }

  @Test
  void azerbaijaniCedillaAndBreveFoldButSchwaAndDotlessIStay() {
    assertEquals(List.of("ələt", "susa", "ismayıllı", "agac"), analyzer.terms("Ələt Şuşa İsmayıllı ağac"));
    assertNotEquals(analyzer.terms("elet"), analyzer.terms("Ələt"));
  }

  @Test
  void thaiAndJapaneseAreSplitIntoWordsByDictionary() {
    assertEquals(List.of("ภาษา", "ไทย", "ง่าย", "นิด", "เดียว"), analyzer.terms("ภาษาไทยง่ายนิดเดียว"));
    List<String> japanese = analyzer.terms("東京都に住んでいます");
    assertEquals("東京", japanese.get(0));
  }

  @Test
  void digitsOfEveryScriptBecomeAsciiAndLigaturesSplit() {
    assertEquals(List.of("60", "1,5", "млрд", "60"), analyzer.terms("60% 1,5 млрд ٦٠٪"));
    assertEquals(List.of("unlu", "strasse", "fi"), analyzer.terms("Ünlü straße ﬁ"));
  }
}
