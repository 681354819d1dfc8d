package org.factdesk.exports.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    final PDType0Font font;
    final String name;
    final Set<Integer> glyphs = new TreeSet<>();
    final Map<Integer, String> text = new TreeMap<>();

    Usage(PDType0Font font, String name) {
      this.font = font;
      this.name = name;
    }
  }

  DocumentFonts(PDDocument document, PDResources resources) {
    this.document = document;
    this.resources = resources;
  }

  /** Registers the run's glyphs and returns the font's resource name. */
  String use(GlyphRun run) throws IOException {
    Usage u = used.get(run.face());
    if (u == null) {
      PDType0Font font =
          PDType0Font.load(document, new ByteArrayInputStream(run.face().bytes()), true);
      COSName name = resources.add(font);
      u = new Usage(font, name.getName());
      used.put(run.face(), u);
    }
    for (int i = 0; i < run.glyphs().length; i++) {
      int g = run.glyphs()[i];
      if (!GlyphRun.invisible(g)) {
        u.glyphs.add(g);
        if (run.unicode()[i] != null && !run.unicode()[i].isEmpty()) {
          u.text.putIfAbsent(g, run.unicode()[i]);
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
      u.font.addGlyphsToSubset(u.glyphs);
      u.font.subset();
      byte[] cmap = toUnicode(u.text);
      PDStream stream =
          new PDStream(document, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE);
      u.font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }
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
