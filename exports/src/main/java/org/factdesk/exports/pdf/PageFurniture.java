package org.factdesk.exports.pdf;

import static org.factdesk.exports.pdf.PageGeometry.FOLIO_BASELINE;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_BASELINE;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_RULE;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_RULE_GREY;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_RULE_WIDTH;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_TITLE_SHARE;
import static org.factdesk.exports.pdf.PageGeometry.MARGIN_X;
import static org.factdesk.exports.pdf.PageGeometry.PAGE;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.factdesk.exports.model.ExportDocument;

/**
 * The running head (the title's first line, the language tag, a rule) and the folio ("2 / 5") of
 * each page, marked as pagination artifacts so assistive technology skips them. Mirrored for
 * right-to-left articles: the title starts at the right.
 */
final class PageFurniture {

  private static final float SIZE = Style.RUNNING_HEAD.size;

  private final ExportDocument doc;
  private final LineSetter setter;
  private final DocumentFonts fonts;

  PageFurniture(ExportDocument doc, LineSetter setter, DocumentFonts fonts) {
    this.doc = doc;
    this.setter = setter;
    this.fonts = fonts;
  }

  void draw(ContentWriter out, int number, int total) throws IOException {
    float left = MARGIN_X;
    float right = PAGE.getWidth() - MARGIN_X;
    float width = right - left;
    boolean rtl = doc.rightToLeft();

    out.beginArtifact("Pagination", "Header");
    byte level = rtl ? (byte) 1 : (byte) 0;
    Paragraph title = Paragraph.plain(doc.title(), level, false, SIZE, doc.language());
    List<Line> titleLines = setter.set(title, width * HEAD_TITLE_SHARE);
    if (!titleLines.isEmpty()) {
      Line t = titleLines.get(0);
      line(out, t, rtl ? right - t.width() : left, HEAD_BASELINE);
    }
    // The language tag and the folio (Latin letters, digits) run left to right, opposite the title.
    Paragraph language = Paragraph.plain(doc.language(), (byte) 0, false, SIZE, "en");
    Line tag = setter.set(language, width).get(0);
    line(out, tag, rtl ? left : right - tag.width(), HEAD_BASELINE);
    out.strokeRgb(HEAD_RULE_GREY, HEAD_RULE_GREY, HEAD_RULE_GREY);
    out.line(left, HEAD_RULE, right, HEAD_RULE, HEAD_RULE_WIDTH);
    out.endMarked();

    out.beginArtifact("Pagination", "Footer");
    String folioText = String.format(Locale.ROOT, doc.labels().pageOf(), number, total);
    Line folio = setter.set(Paragraph.plain(folioText, (byte) 0, false, SIZE, "en"), width).get(0);
    line(out, folio, rtl ? left : right - folio.width(), FOLIO_BASELINE);
    out.endMarked();
  }

  private void line(ContentWriter out, Line line, float x0, float baseline) throws IOException {
    out.beginText();
    boolean first = true;
    for (Line.Piece piece : line.pieces()) {
      out.font(fonts.use(piece.run()), SIZE);
      if (first) {
        out.lineStart(x0 + piece.x(), baseline);
        first = false;
      }
      // Extractors read artifacts too: complex left-to-right runs carry their text, as in the body.
      boolean actual = !piece.run().rtl() && piece.run().needsActualText();
      if (actual) {
        out.beginSpan(piece.run().text(), null);
      }
      out.glyphs(piece.run(), SIZE, 0);
      if (actual) {
        out.endMarked();
      }
    }
    out.endText();
  }
}
