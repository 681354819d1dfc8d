package org.factdesk.exports.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: loaded on first use as subset Type 0 fonts, with the glyphs and the
 * glyph-to-text map each shaped run needs.
 */
final class DocumentFonts {

  private final PDDocument document;
  private final PDResources resources;
  private final Map<Face, Usage> used = new EnumMap<>(Face.class);

  private static final class Usage {
    final TrueTypeFont parsed;
    final PDType0Font font;
    final String name;
    final BitSet glyphs = new BitSet();
    final BitSet mapped = new BitSet();
    final Map<Integer, String> text = new TreeMap<>();

    Usage(TrueTypeFont parsed, PDType0Font font, String name) {
      this.parsed = parsed;
      this.font = font;
      this.name = name;
    }
  }

  private boolean finished;

  DocumentFonts(PDDocument document, PDResources resources) {
    this.document = document;
    this.resources = resources;
  }

  /** Registers the run's glyphs and returns the font's resource name. */
  String use(GlyphRun run) throws IOException {
    Usage u = used.get(run.face());
    if (u == null) {
      TrueTypeFont parsed = run.face().borrowParsed();
      PDType0Font font = PDType0Font.load(document, parsed, true);
      COSName name = resources.add(font);
      u = new Usage(parsed, font, name.getName());
      used.put(run.face(), u);
    }
    int[] glyphs = run.glyphs();
    String[] unicode = run.unicode();
    for (int i = 0; i < glyphs.length; i++) {
      int g = glyphs[i];
      if (!GlyphRun.invisible(g)) {
        u.glyphs.set(g);
        if (!u.mapped.get(g) && unicode[i] != null && !unicode[i].isEmpty()) {
          u.mapped.set(g);
          u.text.put(g, unicode[i]);
        }
      }
    }
    return u.name;
  }

  /**
   * Subsets every font and replaces PDFBox's ToUnicode maps, which only know glyphs reachable
   * through the cmap and so miss every shaped form. PDFBox would subset on save only fonts set
   * through its own content stream; these never are, so subsetting happens here, once.
   */
  void finish() throws IOException {
    for (Usage u : used.values()) {
      Set<Integer> glyphs = new TreeSet<>();
      u.glyphs.stream().forEach(glyphs::add);
      u.font.addGlyphsToSubset(glyphs);
      u.font.subset();
      // PDF/A-2 does not ask for the CIDSet PDFBox adds; a few hundred bytes per font.
      u.font.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(COSName.CID_SET);
      byte[] cmap = toUnicode(u.text);
      PDStream stream =
          new PDStream(document, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE);
      u.font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }
    finished = true;
  }

  /**
   * Gives the parsed fonts back for reuse once this PDF's fonts are finished. After a failure
   * they are dropped instead: their state is unknown.
   */
  void release() {
    for (Map.Entry<Face, Usage> e : used.entrySet()) {
      if (finished) {
        e.getKey().releaseParsed(e.getValue().parsed);
      }
    }
    used.clear();
  }

  private static byte[] toUnicode(Map<Integer, String> text) {
    StringBuilder c = new StringBuilder();
    c.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(text.entrySet());
    for (int i = 0; i < entries.size(); i += 100) {
      List<Map.Entry<Integer, String>> part = entries.subList(i, Math.min(entries.size(), i + 100));
      c.append(part.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> e : part) {
        c.append('<').append(hex4(e.getKey())).append("> <");
        String s = e.getValue();
        for (int k = 0; k < s.length(); k++) {
          c.append(hex4(s.charAt(k)));
        }
        c.append(">\n");
      }
      c.append("endbfchar\n");
    }
    c.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return c.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String hex4(int v) {
    String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(h.length()) + h;
  }
}
