package org.factdesk.exports.pdf;

import static org.factdesk.exports.pdf.PageGeometry.BOTTOM;
import static org.factdesk.exports.pdf.PageGeometry.COLUMN;
import static org.factdesk.exports.pdf.PageGeometry.MARGIN_X;
import static org.factdesk.exports.pdf.PageGeometry.PAGE;
import static org.factdesk.exports.pdf.PageGeometry.TOP;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.pdf.StructureTree.Kid;
import org.factdesk.exports.pdf.StructureTree.Target;

/**
 * Sets the paragraphs {@link ReadingOrder} gives onto A4 pages: breaks them into lines, breaks
 * pages with no orphan or widow lines, and draws every line as marked content owned by its
 * element in the {@link StructureTree}; then adds each page's furniture.
 */
final class Typesetter {

  private final PDDocument pdf;
  private final PDResources resources = new PDResources();
  private final DocumentFonts fonts;
  private final LineSetter setter = new LineSetter();
  private final StructureTree structure = new StructureTree();
  private final PageFurniture furniture;
  private final List<Sheet> sheets = new ArrayList<>();
  private Sheet sheet;
  /** Top of the space left on the current page. */
  private float y;
  /** The element whose marked content (and text object) is still open on the page, if any. */
  private PDStructureElement open;

  /** A page and the content drawn on it so far. */
  private record Sheet(PDPage page, ContentWriter content) {}

  Typesetter(PDDocument pdf, ExportDocument doc) {
    this.pdf = pdf;
    this.fonts = new DocumentFonts(pdf, resources);
    this.furniture = new PageFurniture(doc, setter, fonts);
  }

  void set(List<TaggedParagraph> paragraphs) throws IOException {
    newPage();
    for (TaggedParagraph p : paragraphs) {
      setParagraph(p.paragraph(), structure.open(p), p.style());
    }
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      furniture.draw(s.content(), i + 1, sheets.size());
      s.page().setContents(new PDStream(pdf, new ByteArrayInputStream(s.content().toBytes()),
          COSName.FLATE_DECODE));
    }
    structure.finish(pdf);
  }

  DocumentFonts fonts() {
    return fonts;
  }

  /** All page content, for deriving the document id. */
  List<byte[]> contents() {
    List<byte[]> all = new ArrayList<>();
    for (Sheet s : sheets) {
      all.add(s.content().toBytes());
    }
    return all;
  }

  // --- pagination -----------------------------------------------------------------------------

  private void newPage() {
    closeOpen();
    sheet = new Sheet(new PDPage(PAGE), new ContentWriter());
    sheet.page().setResources(resources);
    pdf.addPage(sheet.page());
    sheets.add(sheet);
    structure.addPage(sheet.page());
    sheet.content().fillRgb(0, 0, 0);
    y = TOP;
  }

  private int linesThatFit(float leading) {
    return (int) Math.floor((y - BOTTOM) / leading + 1e-3);
  }

  private void setParagraph(Paragraph p, Target target, Style style) throws IOException {
    float width = COLUMN - 2 * style.indent;
    List<Line> lines = setter.set(p, width);
    if (y < TOP) {
      y -= style.spaceBefore;
    }
    // A heading needs room for itself and two lines of what follows.
    int needed = style.keepWithNext ? lines.size() + 2 : Math.min(lines.size(), 2);
    if (linesThatFit(style.leading) < needed) {
      newPage();
    }
    List<Kid> kids = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int fit = linesThatFit(style.leading);
      int remaining = lines.size() - i;
      int take = Math.min(fit, remaining);
      if (take < remaining) {
        if (remaining - take < 2 && take > 2) {
          take = remaining - 2; // leave no widow
        }
        if (take < 2) {
          take = 0; // leave no orphan
        }
      }
      for (int k = 0; k < take; k++) {
        // Capitals centred in the line's box: Noto's cap height is about 0.7 em.
        float baseline = y - style.leading * 0.5f - p.size() * 0.35f;
        draw(lines.get(i + k), MARGIN_X + style.indent, width, baseline, p, target, kids);
        y -= style.leading;
      }
      i += take;
      if (i < lines.size()) {
        newPage();
      }
    }
    closeOpen();
    y -= style.spaceAfter;
    structure.attach(target, kids);
  }

  // --- drawing --------------------------------------------------------------------------------

  /**
   * Draws one line. A line wholly owned by the paragraph's element continues the marked content
   * of the line before it when that line was too, so a paragraph is one marked-content sequence
   * (and text object) per page unless note markers or labels split it.
   */
  private void draw(Line line, float left, float width, float baseline, Paragraph p,
      Target target, List<Kid> kids) throws IOException {
    float x0 = line.rtl() ? left + width - line.width() : left;
    ContentWriter out = sheet.content();
    List<Line.Piece> pieces = line.pieces();
    boolean whole = true;
    for (Line.Piece piece : pieces) {
      whole &= piece.owner() < 0;
    }
    if (whole && open == target.element()) {
      drawPieces(out, pieces, 0, pieces.size(), x0, baseline, p);
      return;
    }
    closeOpen();
    int g = 0;
    while (g < pieces.size()) {
      int owner = pieces.get(g).owner();
      int h = g;
      int logical = Integer.MAX_VALUE;
      while (h < pieces.size() && pieces.get(h).owner() == owner) {
        logical = Math.min(logical, pieces.get(h).logicalStart());
        h++;
      }
      PDStructureElement owning = owner < 0 ? target.element() : target.owners().apply(owner);
      int mcid = structure.mark(owning, target, logical, kids);
      out.beginTagged(owning.getStructureType(), mcid);
      out.beginText();
      drawPieces(out, pieces, g, h, x0, baseline, p);
      if (whole) {
        open = target.element();
      } else {
        out.endText();
        out.endMarked();
      }
      g = h;
    }
  }

  private void closeOpen() {
    if (open != null) {
      sheet.content().endText();
      sheet.content().endMarked();
      open = null;
    }
  }

  private void drawPieces(ContentWriter out, List<Line.Piece> pieces, int from, int to, float x0,
      float baseline, Paragraph p) throws IOException {
    for (int k = from; k < to; k++) {
      Line.Piece piece = pieces.get(k);
      GlyphRun run = piece.run();
      String font = fonts.use(run);
      String actual = !run.rtl() && run.needsActualText() ? run.text() : null;
      String lang = RunLanguage.of(run.text(), p.lang());
      if (actual != null || lang != null) {
        out.beginSpan(actual, lang);
      }
      out.font(font, piece.size());
      if (k == from) {
        out.lineStart(x0 + piece.x(), baseline);
      }
      if (piece.rise() != 0) {
        out.rise(piece.rise());
      }
      out.glyphs(run, piece.size(), piece.rise());
      if (piece.rise() != 0) {
        out.rise(0);
      }
      if (actual != null || lang != null) {
        out.endMarked();
      }
    }
  }
}
