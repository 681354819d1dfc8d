package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {

  @Test
  void sameDocumentGivesByteIdenticalPdf() {
    for (String lang : new String[] {"en", "he", "ar", "hi"}) {
      byte[] first = new PdfExporter().export(Samples.withFactCheck(Samples.script(lang)));
      byte[] second = new PdfExporter().export(Samples.withFactCheck(Samples.script(lang)));
      assertArrayEquals(first, second, lang);
    }
  }

  @Test
  void differentRevisionGivesDifferentDocumentId() throws Exception {
    var doc = Samples.plain(Samples.script("en"));
    var other = new org.factdesk.exports.model.ExportDocument(doc.articleId(), 4,
        doc.revisionSha256(), doc.title(), null, null, doc.language(), doc.direction(),
        doc.approvedAt(), doc.blocks(), doc.claims(), doc.approvals(), doc.exportedAt());
    assertFalse(Arrays.equals(id(new PdfExporter().export(doc)),
        id(new PdfExporter().export(other))));
  }

  @Test
  void datesComeFromApproval() throws Exception {
    byte[] pdf = new PdfExporter().export(Samples.plain(Samples.script("en")));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Calendar created = doc.getDocumentInformation().getCreationDate();
      assertEquals(Samples.APPROVED.toInstant(), created.toInstant());
      assertEquals(Samples.APPROVED.toInstant(),
          doc.getDocumentInformation().getModificationDate().toInstant());
    }
  }

  private static byte[] id(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray ids = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      return ((org.apache.pdfbox.cos.COSString) ids.getObject(0)).getBytes();
    }
  }
}
