package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdesk.exports.model.ExportDocument;
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

  /** Parsed fonts and XMP serializers are shared between exports; threads must not mix them up. */
  @Test
  void concurrentExportsGiveTheSameBytesAsOneByOne() throws Exception {
    List<ExportDocument> docs = new ArrayList<>();
    for (String lang : new String[] {"en", "he", "ar", "hi", "ka", "ru"}) {
      docs.add(Samples.withFactCheck(Samples.script(lang)));
    }
    PdfExporter exporter = new PdfExporter();
    List<byte[]> expected = docs.stream().map(exporter::export).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (ExportDocument doc : docs) {
          results.add(pool.submit(() -> exporter.export(doc)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(expected.get(i % docs.size()), results.get(i).get(), "export " + i);
      }
    } finally {
      pool.shutdownNow();
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
