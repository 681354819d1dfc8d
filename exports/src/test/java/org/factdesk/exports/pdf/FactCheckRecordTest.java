package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FactCheckRecordTest {

  private static String text(String lang) throws Exception {
    return Extracted.normalise(
        Extracted.pdfbox(new PdfExporter().export(Samples.withFactCheck(Samples.script(lang)))));
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected «" + expected + "» in\n" + text);
  }

  @Test
  void endnotesCarryVerdictRationaleAndEveryCitationField() throws Exception {
    String text = text("en");
    assertContains(text, "Fact-check notes");
    assertContains(text, "1. \u201CThe city council approved a budget of 4.2 million euros on Tuesday\u201D");
    assertContains(text, "Verdict: TRUE");
    assertContains(text, "Verdict: MISLEADING");
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
    String text = text("he");
    assertContains(text, "Fact-check summary");
    assertContains(text, "2 claims checked");
    assertContains(text, "MISLEADING: 1");
    assertContains(text, "TRUE: 1");
  }

  @Test
  void colophonNamesRevisionApproversAndExportTime() throws Exception {
    String text = text("ar");
    assertContains(text, "Article: art-ar");
    assertContains(text, "Revision: 3");
    assertContains(text, "Revision SHA-256: " + Samples.SHA);
    assertContains(text, "Approved by: editor.one (EDITOR), 2026-11-20T13:30:00+02:00");
    assertContains(text, "Approved by: chief.two (CHIEF_EDITOR), 2026-11-20T14:30:00+02:00");
    assertContains(text, "Exported: 2026-11-21T09:00:00Z");
  }
}
