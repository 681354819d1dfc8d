package org.factdesk.exports.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Writes page content operators. PDFBox's content stream cannot show raw glyph ids in a TJ array
 * nor write inline marked-content property lists, and both are needed here.
 */
final class ContentWriter {

  private final StringBuilder out = new StringBuilder(8192);
  private String currentFont;
  private float currentSize;
  /** Origin of the current text line, in 1/100 pt, so relative moves add up without drift. */
  private long lineX;
  private long lineY;

  byte[] toBytes() {
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  void beginText() {
    out.append("BT\n");
    currentFont = null;
    lineX = 0;
    lineY = 0;
  }

  void endText() {
    out.append("ET\n");
  }

  void fillRgb(float r, float g, float b) {
    num(r).num(g).num(b).op("rg");
  }

  void strokeRgb(float r, float g, float b) {
    num(r).num(g).num(b).op("RG");
  }

  void line(float x1, float y1, float x2, float y2, float width) {
    num(width).op("w");
    num(x1).num(y1).op("m");
    num(x2).num(y2).op("l");
    out.append("S\n");
  }

  void font(String resourceName, float size) {
    if (resourceName.equals(currentFont) && size == currentSize) {
      return;
    }
    currentFont = resourceName;
    currentSize = size;
    out.append('/').append(resourceName).append(' ');
    num(size).op("Tf");
  }

  /**
   * Starts a text line at (x, y), relative to the previous line's start. Later runs on the line
   * need no move: each TJ ends exactly where the next run starts (its advances match the embedded
   * widths).
   */
  void lineStart(float x, float y) {
    long nx = Math.round(x * 100.0);
    long ny = Math.round(y * 100.0);
    hundredths(nx - lineX).hundredths(ny - lineY).op("Td");
    lineX = nx;
    lineY = ny;
  }

  void rise(float rise) {
    num(rise).op("Ts");
  }

  /** Marked content tied to a structure element. */
  void beginTagged(String tag, int mcid) {
    out.append('/').append(tag).append(" <</MCID ").append(mcid).append(">> BDC\n");
  }

  /** A span that only carries ActualText and/or Lang for the glyphs inside it. */
  void beginSpan(String actualText, String lang) {
    out.append("/Span <<");
    if (actualText != null) {
      out.append("/ActualText ");
      textString(actualText);
    }
    if (lang != null) {
      out.append("/Lang ");
      textString(lang);
    }
    out.append(">> BDC\n");
  }

  void beginArtifact(String type, String subtype) {
    out.append("/Artifact <</Type /").append(type);
    if (subtype != null) {
      out.append(" /Subtype /").append(subtype);
    }
    out.append(">> BDC\n");
  }

  void endMarked() {
    out.append("EMC\n");
  }

  /**
   * Shows a shaped run as one TJ array (several where glyphs sit off the baseline), consecutive
   * glyphs in one hex string. Each glyph's shaped position is kept by adjusting against the
   * embedded font's own advances.
   */
  void glyphs(GlyphRun run, float size, float baseRise) {
    float pen = 0;
    boolean open = false;
    boolean hex = false;
    for (int i = 0; i < run.glyphs().length; i++) {
      int g = run.glyphs()[i];
      if (GlyphRun.invisible(g)) {
        continue;
      }
      float dy = -run.y()[i];
      float gap = run.x()[i] - pen;
      if (!open) {
        out.append('[');
        open = true;
      }
      if (Math.abs(gap) > 0.01f) {
        if (hex) {
          out.append('>');
          hex = false;
        }
        num(-gap);
      }
      if (dy == 0) {
        if (!hex) {
          out.append('<');
          hex = true;
        }
        hex4(g);
      } else {
        if (hex) {
          out.append('>');
          hex = false;
        }
        out.append("] TJ\n");
        open = false;
        // Text rise is in unscaled text space; shaped offsets are in 1/1000 em.
        rise(baseRise + dy * size / 1000f);
        out.append("[<");
        hex4(g);
        out.append(">] TJ\n");
        rise(baseRise);
      }
      pen = run.x()[i] + run.face().advance(g);
    }
    if (hex) {
      out.append('>');
    }
    float tail = run.advance() - pen;
    if (Math.abs(tail) > 0.01f) {
      if (!open) {
        out.append('[');
        open = true;
      }
      num(-tail);
    }
    if (open) {
      out.append("] TJ\n");
    }
  }

  private ContentWriter op(String op) {
    out.append(op).append('\n');
    return this;
  }

  private ContentWriter num(float v) {
    return hundredths(Math.round(v * 100.0));
  }

  /** Writes r / 100 with as few digits as it needs. */
  private ContentWriter hundredths(long r) {
    if (r < 0) {
      out.append('-');
      r = -r;
    }
    long frac = r % 100;
    if (r / 100 != 0 || frac == 0) {
      out.append(r / 100); // ".5" is a valid number; "0.5" spends a byte
    }
    if (frac != 0) {
      out.append('.');
      if (frac < 10) {
        out.append('0').append(frac);
      } else {
        out.append(frac % 10 == 0 ? frac / 10 : frac);
      }
    }
    out.append(' ');
    return this;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private void hex4(int v) {
    out.append(HEX[(v >> 12) & 0xF]).append(HEX[(v >> 8) & 0xF]).append(HEX[(v >> 4) & 0xF])
        .append(HEX[v & 0xF]);
  }

  /** A text string: literal where it is printable ASCII (PDFDocEncoding agrees), else UTF-16. */
  private void textString(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) >= 0x20 && s.charAt(i) < 0x7F;
    }
    if (!ascii) {
      utf16(s);
      return;
    }
    out.append('(');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == ')' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append(')');
  }

  private void utf16(String s) {
    out.append("<FEFF");
    for (int i = 0; i < s.length(); i++) {
      hex4(s.charAt(i));
    }
    out.append('>');
  }
}
