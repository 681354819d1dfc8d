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

  /** JDK layout marks deleted or zero-width control characters with these ids. */
  static boolean invisible(int glyph) {
    return glyph >= 0xFFFE;
  }
}
