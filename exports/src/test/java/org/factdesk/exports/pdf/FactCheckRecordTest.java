package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.exports.model.ExportLabels;

import org.junit.jupiter.api.Test;

class FactCheckRecordTest {

  private static String text(String lang) throws Exception {
    return text(lang, null);
  }

  private static String text(String lang, ExportLabels labels) throws Exception {
    return Extracted.normalise(
        Extracted.pdfbox(new PdfExporter().export(Samples.withFactCheck(Samples.script(lang), labels))));
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected «" + expected + "» in\n" + text);
  }

  @Test
  void endnotesCarryVerdictRationaleAndEveryCitationField() throws Exception {
    String text = text("en");
    assertContains(text, "Fact-check notes");
    assertContains(text, "1. \u201CThe city council approved a budget of 4.2 million euros on Tuesday\u201D");
    assertContains(text, "Verdict: True");
    assertContains(text, "Verdict: Misleading");
    assertContains(text, "Source: Council minutes");
    assertContains(text, "Publisher: City Hall");
    assertContains(text, "Published: 2026-11-18");
    assertContains(text, "Locator: p. 4");
    assertContains(text, "Stance: supports");
    assertContains(text, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    assertContains(text, "Stance: contradicts");
  }

  @Test
  void noteMarkersFollowEachClaim() throws Exception {
    String text = text("en");
    // Claim 1 ends before the full stop, claim 2 after it.
    assertContains(text, "4.2 million euros on Tuesday1.");
    assertContains(text, "two years late.2");
  }

  @Test
  void summaryCountsVerdicts() throws Exception {
    // English labels in a right-to-left document keep their order.
    String text = text("he", ExportLabels.english());
    assertContains(text, "Fact-check summary");
    assertContains(text, "Claims checked: 2");
    assertContains(text, "Misleading: 1");
    assertContains(text, "True: 1");
  }

  /** Each language with labels of its own prints them, verdict names included; others get English. */
  @Test
  void labelsAndVerdictsAreInTheArticlesLanguage() throws Exception {
    for (String lang : ExportLabels.LANGUAGES) {
      if (Samples.ALL.stream().noneMatch(s -> s.lang().equals(lang))) {
        continue;
      }
      ExportLabels labels = ExportLabels.forLanguage(lang);
      assertEquals(lang, labels.language());
      String text = text(lang);
      assertContains(text, Extracted.normalise(labels.factCheckNotes()));
      assertContains(text, Extracted.normalise(labels.colophon()));
      assertContains(text, Extracted.normalise(labels.term("verdict", "MISLEADING")));
      if (!lang.equals("en")) {
        assertTrue(!text.contains("Fact-check notes"), () -> lang + " still has English labels:\n" + text);
      }
    }
    assertEquals("en", ExportLabels.forLanguage("sw").language(), "no Swahili labels: English");
    assertEquals("az", ExportLabels.forLanguage("az-Latn").language());
  }

  @Test
  void everyLabelLanguageHasEveryLabel() {
    ExportLabels english = ExportLabels.english();
    for (String lang : ExportLabels.LANGUAGES) {
      ExportLabels labels = ExportLabels.forLanguage(lang);
      assertEquals(english.terms().keySet(), labels.terms().keySet(), lang);
      assertTrue(labels.toString().indexOf('\uFFFD') < 0, lang);
      assertTrue(!labels.toString().contains("=["), () -> lang + " misses a key: " + labels);
      assertEquals(2, labels.pageOf().split("%d", -1).length - 1, lang);
      assertEquals(1, labels.summaryTotal().split("%d", -1).length - 1, lang);
    }
  }

  @Test
  void colophonNamesRevisionApproversAndExportTime() throws Exception {
    String text = text("ar", ExportLabels.english());
    assertContains(text, "Article: art-ar");
    assertContains(text, "Revision: 3");
    assertContains(text, "Revision SHA-256: " + Samples.SHA);
    assertContains(text, "Approved by: editor.one (EDITOR), 2026-11-20T13:30:00+02:00");
    assertContains(text, "Approved by: chief.two (CHIEF_EDITOR), 2026-11-20T14:30:00+02:00");
    assertContains(text, "Exported: 2026-11-21T09:00:00Z");
  }
}
