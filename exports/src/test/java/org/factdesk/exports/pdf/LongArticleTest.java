package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportDocument;
import org.junit.jupiter.api.Test;

class LongArticleTest {

  /** About {@code words} words: the sample paragraphs repeated, numbered, with headings. */
  static ExportDocument article(Samples.Script s, int words) {
    List<ExportBlock> blocks = new ArrayList<>();
    int count = 0;
    int n = 0;
    while (count < words) {
      if (n % 6 == 0) {
        blocks.add(ExportBlock.heading(s.title() + " " + (n / 6 + 1)));
      }
      String p = String.join(" ", s.paragraphs()) + " " + n + ". " + String.join(" ", s.paragraphs());
      blocks.add(n % 9 == 4 ? ExportBlock.quote(p) : ExportBlock.paragraph(p));
      count += p.split("\\s+").length;
      n++;
    }
    return new ExportDocument("long-" + s.lang(), 1, Samples.SHA, s.title(), null, null,
        s.lang(), s.dir(), Samples.APPROVED, blocks, List.of(), List.of(), Samples.EXPORTED);
  }

  @Test
  void paginatesTwoThousandWordsWithFurnitureOnEveryPage() throws Exception {
    for (String lang : new String[] {"en", "he", "ar", "ka"}) {
      ExportDocument doc = article(Samples.script(lang), 2000);
      PdfExporter exporter = new PdfExporter();
      exporter.export(doc); // warm-up: fonts, shaping caches, class loading
      long start = System.nanoTime();
      byte[] pdf = exporter.export(doc);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("2000-word %s article: %d ms, %d bytes%n", lang, millis, pdf.length);
      try (PDDocument parsed = Loader.loadPDF(pdf)) {
        int pages = parsed.getNumberOfPages();
        assertTrue(pages >= 4, lang + ": " + pages + " pages");
        String text = Extracted.normalise(Extracted.pdfbox(pdf));
        assertTrue(text.contains(pages + " / " + pages), "last folio");
        assertEquals(pages, parsed.getDocumentCatalog().getStructureTreeRoot()
            .getParentTreeNextKey());
      }
      assertTrue(millis < 10_000, lang + " took " + millis + " ms");
    }
  }
}
