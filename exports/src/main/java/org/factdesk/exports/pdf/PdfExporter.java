package org.factdesk.exports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdesk.exports.model.ExportDocument;

/**
 * Writes an approved revision as a tagged PDF/A-2u, PDF/UA-1 file. The output depends only on the
 * {@link ExportDocument}: the same input gives the same bytes. Thread-safe; fonts are shared.
 */
public final class PdfExporter {

  static {
    // Shaping uses java.awt.Font layout only; there is never a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /**
   * Writes the PDF.
   *
   * @throws ScriptNotSupportedException before anything is written, when some character has no
   *     glyph in any face
   */
  public void write(ExportDocument doc, OutputStream out) throws IOException {
    List<TaggedParagraph> paragraphs = ReadingOrder.of(doc);
    List<String> texts = new ArrayList<>();
    paragraphs.forEach(p -> texts.add(p.paragraph().text()));
    texts.add(doc.title()); // the running head
    texts.add(doc.labels().pageOf());
    ScriptCoverage.require(texts);
    try (PDDocument pdf = new PDDocument()) {
      Typesetter typesetter = new Typesetter(pdf, doc);
      try {
        typesetter.set(paragraphs);
        Metadata.apply(pdf, doc, typesetter.contents());
        typesetter.fonts().finish();
      } finally {
        typesetter.fonts().release();
      }
      pdf.save(out);
    }
  }

  public byte[] export(ExportDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      write(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
