package org.factdesk.exports.pdf;

import static org.factdesk.exports.pdf.PageGeometry.BOTTOM;
import static org.factdesk.exports.pdf.PageGeometry.COLUMN;
import static org.factdesk.exports.pdf.PageGeometry.FOLIO_BASELINE;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_BASELINE;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_RULE;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_RULE_GREY;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_RULE_WIDTH;
import static org.factdesk.exports.pdf.PageGeometry.HEAD_TITLE_SHARE;
import static org.factdesk.exports.pdf.PageGeometry.MARGIN_X;
import static org.factdesk.exports.pdf.PageGeometry.PAGE;
import static org.factdesk.exports.pdf.PageGeometry.TOP;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.pdf.TaggedParagraph.Marks;

/**
 * Lays the paragraphs {@link ReadingOrder} gives onto A4 pages and builds the structure tree as it
 * goes: every piece of text is marked content owned by a structure element, page furniture is an
 * artifact.
 */
final class Composer {

  private final PDDocument pdf;
  private final ExportDocument doc;
  private final PDResources resources = new PDResources();
  private final DocumentFonts fonts;
  private final LineSetter setter = new LineSetter();
  private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
  private final PDStructureElement document;
  private final List<PageState> pages = new ArrayList<>();
  private final Map<String, PDStructureElement> ids = new TreeMap<>();
  private PDStructureElement note;
  private String noteId;
  private final byte docLevel;
  private PageState page;
  private float y;
  /** The element whose marked content (and text object) is still open on the page, if any. */
  private PDStructureElement open;

  private static final class PageState {
    final PDPage page = new PDPage(PAGE);
    final ContentWriter content = new ContentWriter();
    final COSArray parents = new COSArray();

    int mcid(PDStructureElement owner) {
      parents.add(owner.getCOSObject());
      return parents.size() - 1;
    }
  }

  /** Where a paragraph's text goes: its element, and the element owning each owned unit. */
  private record Target(PDStructureElement element, IntFunction<PDStructureElement> owners) {}

  Composer(PDDocument pdf, ExportDocument doc) {
    this.pdf = pdf;
    this.doc = doc;
    this.fonts = new DocumentFonts(pdf, resources);
    this.docLevel = doc.rightToLeft() ? (byte) 1 : (byte) 0;
    this.document = new PDStructureElement("Document", treeRoot);
    treeRoot.appendKid(document);
  }

  void compose(List<TaggedParagraph> paragraphs) throws IOException {
    newPage();
    for (TaggedParagraph p : paragraphs) {
      text(p.paragraph(), open(p), p.style());
    }
    for (int i = 0; i < pages.size(); i++) {
      furniture(pages.get(i), i + 1, pages.size());
    }
    finishStructure();
  }

  DocumentFonts fonts() {
    return fonts;
  }

  /** All page content, for deriving the document id. */
  List<byte[]> contents() {
    List<byte[]> all = new ArrayList<>();
    for (PageState p : pages) {
      all.add(p.content.toBytes());
    }
    return all;
  }

  // --- structure tree elements ----------------------------------------------------------------

  /** Creates the paragraph's element (and its Note and Lbl where it opens a note). */
  private Target open(TaggedParagraph p) {
    PDStructureElement parent = document;
    if (p.note() != null) {
      if (!p.note().equals(noteId)) {
        note = element("Note", document, null);
        noteId = p.note();
        note.setElementIdentifier(noteId);
        ids.put(noteId, note);
      }
      parent = note;
    }
    if (p.marks() == Marks.NOTE_LABEL) {
      PDStructureElement label = element("Lbl", parent, null);
      return new Target(element(p.type(), parent, p.lang()), i -> label);
    }
    PDStructureElement element = element(p.type(), parent, p.lang());
    if (p.marks() == Marks.NOTE_REFERENCES) {
      Map<Integer, PDStructureElement> references = new HashMap<>();
      return new Target(element,
          n -> references.computeIfAbsent(n, k -> new PDStructureElement("Reference", element)));
    }
    return new Target(element, i -> element);
  }

  private static PDStructureElement element(String type, PDStructureElement parent, String lang) {
    PDStructureElement e = new PDStructureElement(type, parent);
    if (lang != null) {
      e.setLanguage(lang);
    }
    parent.appendKid(e);
    return e;
  }

  // --- pagination -----------------------------------------------------------------------------

  private void newPage() {
    closeOpen();
    page = new PageState();
    page.page.setResources(resources);
    pdf.addPage(page.page);
    pages.add(page);
    page.content.fillRgb(0, 0, 0);
    y = TOP;
  }

  private int linesThatFit(float leading) {
    return (int) Math.floor((y - BOTTOM) / leading + 1e-3);
  }

  /** Sets a paragraph, breaking pages with no orphan or widow lines. */
  private void text(Paragraph p, Target target, Style style) throws IOException {
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
    List<Object[]> kids = new ArrayList<>();
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
    kids.sort(Comparator.comparingInt(k -> (Integer) k[0]));
    List<PDStructureElement> added = new ArrayList<>();
    for (Object[] k : kids) {
      if (k[1] instanceof PDMarkedContentReference mcr) {
        target.element().appendKid(mcr);
      } else if (k[1] instanceof Integer mcid) {
        target.element().appendKid(mcid);
      } else {
        PDStructureElement child = (PDStructureElement) k[1];
        if (!added.contains(child)) {
          added.add(child);
          target.element().appendKid(child);
        }
      }
    }
  }

  /**
   * Draws one line. A line wholly owned by the paragraph's element continues the marked content
   * of the line before it when that line was too, so a paragraph is one marked-content sequence
   * (and text object) per page unless note markers or labels split it.
   */
  private void draw(Line line, float left, float width, float baseline, Paragraph p,
      Target target, List<Object[]> kids) throws IOException {
    float x0 = line.rtl() ? left + width - line.width() : left;
    ContentWriter out = page.content;
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
      int mcid = page.mcid(owning);
      Object kid = contentKid(owning, mcid);
      if (owning == target.element()) {
        kids.add(new Object[] {logical, kid});
      } else {
        if (kid instanceof Integer i) {
          owning.appendKid(i);
        } else {
          owning.appendKid((PDMarkedContentReference) kid);
        }
        if (owning.getCOSObject().getDictionaryObject(COSName.P) == target.element().getCOSObject()) {
          kids.add(new Object[] {logical, owning});
        }
      }
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

  /**
   * Marked content as a structure kid: the bare MCID when it is on the element's page (/Pg, set
   * by its first content), else a reference naming the page.
   */
  private Object contentKid(PDStructureElement owning, int mcid) {
    COSBase pg = owning.getCOSObject().getDictionaryObject(COSName.PG);
    if (pg == null) {
      owning.setPage(page.page);
      return mcid;
    }
    if (pg == page.page.getCOSObject()) {
      return mcid;
    }
    PDMarkedContentReference mcr = new PDMarkedContentReference();
    mcr.setMCID(mcid);
    mcr.setPage(page.page);
    return mcr;
  }

  private void closeOpen() {
    if (open != null) {
      page.content.endText();
      page.content.endMarked();
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
      String lang = spanLanguage(run.text(), p.lang());
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

  /** Likely script per language; ICU's likely-subtags look-up is slow enough to keep. */
  private static final Map<String, Integer> LANGUAGE_SCRIPTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A /Lang for a run in another script than its paragraph's language: the language is unknown,
   * the script is not, so "und-Latn" and the like.
   */
  private String spanLanguage(String text, String paragraphLang) {
    int script = UScript.COMMON;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int s = UScript.getScript(cp);
      if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.UNKNOWN) {
        script = s;
        break;
      }
      i += Character.charCount(cp);
    }
    if (script == UScript.COMMON) {
      return null;
    }
    int expected = LANGUAGE_SCRIPTS.computeIfAbsent(paragraphLang, l -> {
      String name = ULocale.addLikelySubtags(ULocale.forLanguageTag(l)).getScript();
      return name.isEmpty() ? UScript.LATIN : UScript.getCodeFromName(name);
    });
    return script == expected ? null : "und-" + UScript.getShortName(script);
  }

  // --- page furniture ---------------------------------------------------------------------------

  private void furniture(PageState p, int number, int total) throws IOException {
    ContentWriter out = p.content;
    float left = MARGIN_X;
    float right = PAGE.getWidth() - MARGIN_X;
    float width = right - left;
    boolean rtl = doc.rightToLeft();

    out.beginArtifact("Pagination", "Header");
    float size = Style.RUNNING_HEAD.size;
    Paragraph title = Paragraph.plain(doc.title(), docLevel, false, size, doc.language());
    List<Line> titleLines = setter.set(title, width * HEAD_TITLE_SHARE);
    if (!titleLines.isEmpty()) {
      Line t = titleLines.get(0);
      artifactLine(out, t, rtl ? right - t.width() : left, HEAD_BASELINE, size);
    }
    Paragraph tag = Paragraph.plain(doc.language(), (byte) 0, false, size, "en");
    Line l = setter.set(tag, width).get(0);
    artifactLine(out, l, rtl ? left : right - l.width(), HEAD_BASELINE, size);
    out.strokeRgb(HEAD_RULE_GREY, HEAD_RULE_GREY, HEAD_RULE_GREY);
    out.line(left, HEAD_RULE, right, HEAD_RULE, HEAD_RULE_WIDTH);
    out.endMarked();

    out.beginArtifact("Pagination", "Footer");
    Paragraph folio = Paragraph.plain(String.format(java.util.Locale.ROOT, doc.labels().pageOf(), number, total), (byte) 0,
        false, size, "en");
    Line f = setter.set(folio, width).get(0);
    artifactLine(out, f, rtl ? left : right - f.width(), FOLIO_BASELINE, size);
    out.endMarked();

    p.page.setContents(new PDStream(pdf, new ByteArrayInputStream(out.toBytes()),
        COSName.FLATE_DECODE));
  }

  private void artifactLine(ContentWriter out, Line line, float x0, float baseline, float size)
      throws IOException {
    out.beginText();
    boolean first = true;
    for (Line.Piece piece : line.pieces()) {
      out.font(fonts.use(piece.run()), size);
      if (first) {
        out.lineStart(x0 + piece.x(), baseline);
        first = false;
      }
      out.glyphs(piece.run(), size, 0);
    }
    out.endText();
  }

  // --- structure tree ---------------------------------------------------------------------------

  private void finishStructure() {
    COSArray nums = new COSArray();
    for (int i = 0; i < pages.size(); i++) {
      PageState p = pages.get(i);
      p.page.setStructParents(i);
      nums.add(COSInteger.get(i));
      nums.add(p.parents);
    }
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    treeRoot.setParentTreeNextKey(pages.size());
    if (!ids.isEmpty()) {
      COSArray names = new COSArray();
      for (Map.Entry<String, PDStructureElement> e : ids.entrySet()) {
        names.add(new COSString(e.getKey()));
        names.add(e.getValue().getCOSObject());
      }
      COSDictionary idTree = new COSDictionary();
      idTree.setItem(COSName.NAMES, names);
      treeRoot.getCOSObject().setItem(COSName.ID_TREE, idTree);
    }
    pdf.getDocumentCatalog().setStructureTreeRoot(treeRoot);
  }
}
