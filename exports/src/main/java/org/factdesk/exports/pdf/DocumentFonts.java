package org.factdesk.exports.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: embedded subset Type 0 fonts (Identity-H, CIDFontType2), with the glyphs
 * and the glyph-to-text map each shaped run needs.
 *
 * <p>The dictionaries are built here around fontbox's subsetter rather than by PDFBox's {@code
 * PDType0Font.load}, which passes over every glyph of the whole font (widths, ToUnicode, a copy of
 * the font file) before subsetting; for the large Latin faces that cost more than setting a short
 * article. Only the font descriptor's metrics come from PDFBox, once per face and JVM.
 */
final class DocumentFonts {

  /** The tables PDF needs from a TrueType font (no cmap: content addresses glyphs by id). */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  /** Per face, PDFBox's font descriptor entries (metrics, flags), without name and font file. */
  private static final Map<Face, COSDictionary> DESCRIPTORS = new EnumMap<>(Face.class);

  private final PDDocument document;
  private final PDResources resources;
  private final Map<Face, Usage> used = new EnumMap<>(Face.class);

  private static final class Usage {
    final TrueTypeFont parsed;
    final COSDictionary font = new COSDictionary();
    final String name;
    final BitSet glyphs = new BitSet();
    final BitSet mapped = new BitSet();
    final Map<Integer, String> text = new TreeMap<>();

    Usage(TrueTypeFont parsed, String name) {
      this.parsed = parsed;
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
      u = new Usage(parsed, "F" + (used.size() + 1));
      COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
      if (fonts == null) {
        fonts = new COSDictionary();
        resources.getCOSObject().setItem(COSName.FONT, fonts);
      }
      fonts.setItem(COSName.getPDFName(u.name), u.font);
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
   * Subsets every font and writes its dictionaries. Content addresses glyphs by their ids in the
   * whole font (CID = original glyph id), so the subset's renumbered glyphs need a CIDToGIDMap.
   * Our ToUnicode maps come from shaping: a cmap-derived one would miss every shaped form.
   */
  void finish() throws IOException {
    for (Map.Entry<Face, Usage> e : used.entrySet()) {
      Usage u = e.getValue();
      var os2 = u.parsed.getOS2Windows();
      if (os2 != null && (os2.getFsType() & 0x0100) != 0) {
        // fsType bit 8: the licence forbids subsetting (PDFBox refuses too).
        throw new IOException("font does not permit subsetting: " + e.getKey().file());
      }
      TTFSubsetter subsetter = new TTFSubsetter(u.parsed, TABLES);
      TreeSet<Integer> ids = new TreeSet<>();
      u.glyphs.stream().forEach(ids::add);
      subsetter.addGlyphIds(ids);
      Map<Integer, Integer> newToOld = subsetter.getGIDMap();
      String baseName = tag(newToOld) + "+" + u.parsed.getName();
      subsetter.setPrefix(baseName.substring(0, 7));
      ByteArrayOutputStream subset = new ByteArrayOutputStream();
      subsetter.writeToStream(subset);
      byte[] file = subset.toByteArray();

      PDStream fontFile =
          new PDStream(document, new ByteArrayInputStream(file), COSName.FLATE_DECODE);
      fontFile.getCOSObject().setInt(COSName.LENGTH1, file.length);
      COSDictionary descriptor = descriptor(e.getKey(), u.parsed);
      descriptor.setName(COSName.FONT_NAME, baseName);
      descriptor.setItem(COSName.FONT_FILE2, fontFile);

      int[] oldToNew = oldToNew(newToOld);

      COSDictionary systemInfo = new COSDictionary();
      systemInfo.setString(COSName.REGISTRY, "Adobe");
      systemInfo.setString(COSName.ORDERING, "Identity");
      systemInfo.setInt(COSName.SUPPLEMENT, 0);
      COSDictionary cidFont = new COSDictionary();
      cidFont.setItem(COSName.TYPE, COSName.FONT);
      cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
      cidFont.setName(COSName.BASE_FONT, baseName);
      cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
      cidFont.setItem(COSName.FONT_DESC, descriptor);
      cidFont.setItem(COSName.W, widths(u.parsed, oldToNew));
      cidFont.setItem(COSName.CID_TO_GID_MAP,
          new PDStream(document, new ByteArrayInputStream(cidToGidMap(oldToNew)), COSName.FLATE_DECODE));

      COSDictionary font = u.font;
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE0);
      font.setName(COSName.BASE_FONT, baseName);
      font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
      COSArray descendants = new COSArray();
      descendants.add(cidFont);
      font.setItem(COSName.DESCENDANT_FONTS, descendants);
      byte[] cmap = toUnicode(u.text);
      font.setItem(COSName.TO_UNICODE,
          new PDStream(document, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE));
    }
    finished = true;
  }

  /** The subset's glyph id for each original id (the CID), -1 where the glyph is not in the subset. */
  private static int[] oldToNew(Map<Integer, Integer> newToOld) {
    int maxOld = 0;
    for (int old : newToOld.values()) {
      maxOld = Math.max(maxOld, old);
    }
    int[] oldToNew = new int[maxOld + 1];
    Arrays.fill(oldToNew, -1);
    newToOld.forEach((n, o) -> oldToNew[o] = n);
    return oldToNew;
  }

  /** CIDToGIDMap: two big-endian bytes per CID, glyph 0 (.notdef) where the subset has none. */
  private static byte[] cidToGidMap(int[] oldToNew) {
    byte[] map = new byte[2 * oldToNew.length];
    for (int old = 0; old < oldToNew.length; old++) {
      int n = Math.max(0, oldToNew[old]);
      map[2 * old] = (byte) (n >> 8);
      map[2 * old + 1] = (byte) n;
    }
    return map;
  }

  /** Widths of the used glyphs (by original id) that differ from the default 1000. */
  private static COSArray widths(TrueTypeFont ttf, int[] oldToNew) throws IOException {
    float scaling = 1000f / ttf.getHeader().getUnitsPerEm();
    var hmtx = ttf.getHorizontalMetrics();
    COSArray w = new COSArray();
    COSArray run = null;
    int previous = Integer.MIN_VALUE;
    for (int cid = 0; cid < oldToNew.length; cid++) {
      if (oldToNew[cid] < 0) {
        continue;
      }
      long width = Math.round(hmtx.getAdvanceWidth(cid) * scaling);
      if (width == 1000) {
        continue;
      }
      if (previous != cid - 1) {
        run = new COSArray();
        w.add(COSInteger.get(cid));
        w.add(run);
      }
      run.add(COSInteger.get(width));
      previous = cid;
    }
    return w;
  }

  /**
   * A fresh copy of the face's descriptor entries. PDFBox derives them (flags, bounding box,
   * ascent, cap height, stem estimate) once per face from a throwaway document.
   */
  private static COSDictionary descriptor(Face face, TrueTypeFont parsed) throws IOException {
    COSDictionary template;
    synchronized (DESCRIPTORS) {
      template = DESCRIPTORS.get(face);
      if (template == null) {
        try (PDDocument scratch = new PDDocument()) {
          COSDictionary made = PDType0Font.load(scratch, parsed, true)
              .getDescendantFont().getFontDescriptor().getCOSObject();
          template = new COSDictionary();
          for (Map.Entry<COSName, COSBase> entry : made.entrySet()) {
            COSName key = entry.getKey();
            if (!key.equals(COSName.FONT_NAME) && !key.equals(COSName.FONT_FILE2)
                && !key.equals(COSName.CID_SET)) {
              template.setItem(key, entry.getValue());
            }
          }
        }
        DESCRIPTORS.put(face, template);
      }
    }
    COSDictionary copy = new COSDictionary();
    for (Map.Entry<COSName, COSBase> entry : template.entrySet()) {
      COSBase value = entry.getValue();
      if (value instanceof COSArray array) {
        COSArray a = new COSArray();
        for (int i = 0; i < array.size(); i++) {
          a.add(array.get(i));
        }
        value = a;
      }
      copy.setItem(entry.getKey(), value);
    }
    return copy;
  }

  /** Six capital letters derived from the subset's glyphs, so the same text gives the same tag. */
  private static String tag(Map<Integer, Integer> newToOld) {
    long h = 1125899906842597L;
    for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
      h = 31 * h + e.getKey();
      h = 31 * h + e.getValue();
    }
    char[] tag = new char[6];
    h &= Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      tag[i] = (char) ('A' + h % 26);
      h /= 26;
    }
    return new String(tag);
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
