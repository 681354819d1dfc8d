package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

class TaggingTest {

  private static final byte[] HEBREW =
      new PdfExporter().export(Samples.withFactCheck(Samples.script("he")));

  @Test
  void isMarkedWithLanguageAndTitleShown() throws Exception {
    try (PDDocument doc = Loader.loadPDF(HEBREW)) {
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertEquals("he", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
      assertEquals(Samples.script("he").title(), doc.getDocumentInformation().getTitle());
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertTrue(xmp.contains("pdfaid:part") && xmp.contains("pdfuaid:part"), xmp);
    }
  }

  @Test
  void structureFollowsTheArticle() throws Exception {
    try (PDDocument doc = Loader.loadPDF(HEBREW)) {
      var root = doc.getDocumentCatalog().getStructureTreeRoot();
      assertNotNull(root);
      PDStructureElement document = (PDStructureElement) root.getKids().get(0);
      assertEquals("Document", document.getStructureType());
      List<String> types = new ArrayList<>();
      collect(document, types);
      assertEquals("H1", types.get(0));
      assertTrue(types.contains("BlockQuote"));
      assertTrue(types.contains("Reference"), "note markers are references");
      assertTrue(types.contains("Note") && types.contains("Lbl"));
      assertEquals(2, types.stream().filter("Note"::equals).count());
    }
  }

  /** Labels in another language than the article's (here English in Hebrew) carry their own /Lang. */
  @Test
  void notesHaveIdsAndLabelsInEnglishAreMarked() throws Exception {
    byte[] englishLabels = new PdfExporter().export(
        Samples.withFactCheck(Samples.script("he"), org.factdesk.exports.model.ExportLabels.english()));
    try (PDDocument doc = Loader.loadPDF(englishLabels)) {
      PDStructureElement document =
          (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      List<PDStructureElement> notes = new ArrayList<>();
      List<PDStructureElement> english = new ArrayList<>();
      walk(document, notes, english);
      assertEquals("note-0001", notes.get(0).getElementIdentifier());
      assertEquals("note-0002", notes.get(1).getElementIdentifier());
      assertTrue(english.size() > 5, "labels carry /Lang en");
    }
  }

  @Test
  void furnitureIsArtifactAndLatinRunsInHebrewCarryTheirScript() throws Exception {
    try (PDDocument doc = Loader.loadPDF(HEBREW)) {
      String content = new String(doc.getPage(0).getContents().readAllBytes(),
          StandardCharsets.ISO_8859_1);
      assertTrue(content.contains("/Artifact <</Type /Pagination /Subtype /Header>> BDC"));
      assertTrue(content.contains("/Artifact <</Type /Pagination /Subtype /Footer>> BDC"));
      // "und-Latn", a literal: ASCII reads the same in PDFDocEncoding.
      assertTrue(content.contains("/Lang (und-Latn)"), content);
    }
  }

  private static void collect(PDStructureNode node, List<String> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        types.add(e.getStructureType());
        collect(e, types);
      }
    }
  }

  private static void walk(PDStructureNode node, List<PDStructureElement> notes,
      List<PDStructureElement> english) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Note".equals(e.getStructureType())) {
          notes.add(e);
        }
        if ("en".equals(e.getLanguage())) {
          english.add(e);
        }
        walk(e, notes, english);
      }
    }
  }
}
