package org.factdesk.exports.pdf;

/**
 * Shaped glyphs of one logical text range in one face and direction, in visual (left to right)
 * order. Positions and advance are in 1/1000 em.
 *
 * @param unicode per glyph, the text its ToUnicode entry should carry (null for invisible glyphs)
 * @param needsActualText true when glyphs do not map one to one, in order, onto the characters
 */
record GlyphRun(
    Face face,
    String text,
    boolean rtl,
    int[] glyphs,
    float[] x,
    float[] y,
    float advance,
    String[] unicode,
    boolean needsActualText) {

  /**
   * Joins shaped atoms, given in visual order, into one run over {@code text} (their logical
   * text). The joined run needs ActualText when any atom does.
   */
  static GlyphRun concat(java.util.List<GlyphRun> atoms, String text, boolean rtl) {
    if (atoms.size() == 1) {
      return atoms.get(0);
    }
    int n = 0;
    for (GlyphRun a : atoms) {
      n += a.glyphs.length;
    }
    int[] glyphs = new int[n];
    float[] x = new float[n];
    float[] y = new float[n];
    String[] unicode = new String[n];
    float pen = 0;
    boolean actual = false;
    int k = 0;
    for (GlyphRun a : atoms) {
      int m = a.glyphs.length;
      System.arraycopy(a.glyphs, 0, glyphs, k, m);
      System.arraycopy(a.y, 0, y, k, m);
      System.arraycopy(a.unicode, 0, unicode, k, m);
      for (int i = 0; i < m; i++) {
        x[k + i] = pen + a.x[i];
      }
      pen += a.advance;
      actual |= a.needsActualText;
      k += m;
    }
    return new GlyphRun(atoms.get(0).face, text, rtl, glyphs, x, y, pen, unicode, actual);
  }

  /** JDK layout marks deleted or zero-width control characters with these ids. */
  static boolean invisible(int glyph) {
    return glyph >= 0xFFFE;
  }
}
