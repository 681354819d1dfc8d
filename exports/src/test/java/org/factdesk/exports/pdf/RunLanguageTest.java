package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RunLanguageTest {

  @Test
  void namesOnlyTheScriptOfARunForeignToItsParagraph() {
    assertEquals("und-Latn", RunLanguage.of("Open Data", "he"));
    assertEquals("und-Hebr", RunLanguage.of("\u05D2\u05E9\u05E8", "en"));
    assertNull(RunLanguage.of("\u05D2\u05E9\u05E8", "he"));
    assertNull(RunLanguage.of("Data", "en"));
    assertNull(RunLanguage.of("2024, 37%", "he"), "digits and punctuation have no script");
  }
}
