package org.factdesk.exports.pdf;

import com.ibm.icu.lang.UCharacter;
import java.awt.Font;
import java.awt.font.GlyphVector;

/** OpenType shaping through the JDK's layout engine (HarfBuzz inside), no display needed. */
final class Shaper {

  private Shaper() {}

  /** Shapes {@code logical} on its own: no text outside it is context. */
  static GlyphRun shape(String logical, Face face, boolean rtl) {
    Font font = face.awt();
    char[] text = logical.toCharArray();
    GlyphVector gv =
        font.layoutGlyphVector(
            Face.FRC, text, 0, text.length,
            rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    int n = gv.getNumGlyphs();
    int[] glyphs = gv.getGlyphCodes(0, n, null);
    int[] charIndex = gv.getGlyphCharIndices(0, n, null);
    float[] pos = gv.getGlyphPositions(0, n + 1, null);
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = pos[2 * i];
      y[i] = pos[2 * i + 1];
    }
    String[] unicode = new String[n];
    boolean complex = mapToUnicode(logical, face, rtl, glyphs, charIndex, unicode);
    keepJoinersDropOtherIgnorables(logical, face, glyphs, charIndex, unicode);
    complex |= !rtl && offPen(face, glyphs, x, y);
    return new GlyphRun(face, logical, rtl, glyphs, x, y, pos[2 * n], unicode, complex);
  }

  /**
   * Assigns each glyph the characters it stands for. Glyphs that are the cmap's own glyph for one
   * character of their cluster take that character; the rest of the cluster goes to the first
   * substituted glyph (reversed in right-to-left runs, because extractors read those glyphs in
   * visual order and reverse them). Returns true if the run is not a plain one-glyph-per-character
   * sequence in logical order.
   */
  private static boolean mapToUnicode(
      String logical, Face face, boolean rtl, int[] glyphs, int[] charIndex, String[] unicode) {
    if (plain(logical, face, rtl, glyphs, charIndex, unicode)) {
      return false;
    }
    java.util.Arrays.fill(unicode, null);
    int n = glyphs.length;
    boolean complex = false;
    boolean[] done = new boolean[n];
    // A cluster runs from its glyphs' character index to the next index any glyph has.
    boolean[] starts = new boolean[logical.length() + 1];
    for (int j = 0; j < n; j++) {
      starts[charIndex[j]] = true;
    }
    for (int i = 0; i < n; i++) {
      if (done[i] || GlyphRun.invisible(glyphs[i])) {
        continue;
      }
      int clusterStart = charIndex[i];
      int clusterEnd = clusterStart + 1;
      while (clusterEnd < logical.length() && !starts[clusterEnd]) {
        clusterEnd++;
      }
      String cluster = logical.substring(clusterStart, clusterEnd);
      int[] cps = codePoints(cluster);
      boolean[] claimed = new boolean[cps.length];
      int firstSubstituted = -1;
      int members = 0;
      for (int j = i; j < n; j++) {
        if (charIndex[j] != clusterStart || GlyphRun.invisible(glyphs[j])) {
          continue;
        }
        done[j] = true;
        members++;
        int k = nominalMatch(face, glyphs[j], cps, claimed, rtl);
        if (k >= 0) {
          claimed[k] = true;
          int cp = cps[k];
          if (rtl && face.nominalGlyph(cp) != glyphs[j]) {
            cp = UCharacter.getMirror(cp);
          }
          unicode[j] = new String(Character.toChars(cp));
        } else if (firstSubstituted < 0) {
          firstSubstituted = j;
        } else {
          unicode[j] = reversedIf(rtl, cluster);
        }
      }
      StringBuilder rest = new StringBuilder();
      for (int k = 0; k < cps.length; k++) {
        if (!claimed[k]) {
          rest.appendCodePoint(cps[k]);
        }
      }
      if (firstSubstituted >= 0) {
        unicode[firstSubstituted] = reversedIf(rtl, rest.length() > 0 ? rest.toString() : cluster);
        complex = true;
      } else if (rest.length() > 0) {
        complex = true;
      }
      if (members > 1 || cps.length > 1) {
        complex = true;
      }
    }
    if (!complex) {
      for (int i = 1; i < n; i++) {
        if (rtl ? charIndex[i] > charIndex[i - 1] : charIndex[i] < charIndex[i - 1]) {
          complex = true;
          break;
        }
      }
    }
    return complex;
  }

  /**
   * The layout draws every default-ignorable character (ZWNJ, ZWJ, direction marks, isolates) as
   * a zero-advance space glyph, which then extracts as a space, or as whichever of them came first.
   * ZWNJ and ZWJ get the font's own glyph, mapped to themselves, so "می‌گویند" comes back with its
   * ZWNJ; the others are not drawn at all.
   */
  private static void keepJoinersDropOtherIgnorables(
      String logical, Face face, int[] glyphs, int[] charIndex, String[] unicode) {
    for (int i = 0; i < glyphs.length; i++) {
      int c = logical.codePointAt(charIndex[i]);
      if (ScriptCoverage.needsGlyph(c)) {
        continue;
      }
      int own = face.joinerGlyph(c);
      if (own > 0) {
        glyphs[i] = own;
        unicode[i] = new String(Character.toChars(c));
      } else {
        glyphs[i] = 0xFFFF;
        unicode[i] = null;
      }
    }
  }

  /**
   * Whether some glyph sits off where the one before it ends (a mark placed by GPOS, off the
   * baseline or nudged sideways). Extractors attach such a mark to whichever glyph its box
   * overlaps, often the next one (Thai "อนุมัติ" came back as "อนุมติั"), so the run's text must be
   * given as ActualText. Right-to-left runs cannot carry ActualText (see DESIGN.md).
   */
  private static boolean offPen(Face face, int[] glyphs, float[] x, float[] y) {
    float pen = 0;
    for (int i = 0; i < glyphs.length; i++) {
      if (GlyphRun.invisible(glyphs[i])) {
        continue;
      }
      if (Math.abs(x[i] - pen) > 0.5f || y[i] != 0) {
        return true;
      }
      pen = x[i] + face.advance(glyphs[i]);
    }
    return false;
  }

  /**
   * The common case, decided without building clusters: one glyph per character (no surrogates),
   * in logical order (reversed right to left), each the cmap's glyph for its character or, right
   * to left, for its mirror. Fills {@code unicode} as the general mapping would.
   */
  private static boolean plain(
      String logical, Face face, boolean rtl, int[] glyphs, int[] charIndex, String[] unicode) {
    int n = glyphs.length;
    if (n != logical.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int at = rtl ? n - 1 - i : i;
      char c = logical.charAt(at);
      if (charIndex[i] != at || Character.isSurrogate(c) || GlyphRun.invisible(glyphs[i])) {
        return false;
      }
      if (face.nominalGlyph(c) == glyphs[i]) {
        unicode[i] = String.valueOf(c);
      } else if (rtl && UCharacter.isMirrored(c)
          && face.nominalGlyph(UCharacter.getMirror(c)) == glyphs[i]) {
        unicode[i] = new String(Character.toChars(UCharacter.getMirror(c)));
      } else {
        return false;
      }
    }
    return true;
  }

  private static int[] codePoints(String s) {
    int[] cps = new int[s.codePointCount(0, s.length())];
    for (int i = 0, k = 0; i < s.length(); k++) {
      cps[k] = s.codePointAt(i);
      i += Character.charCount(cps[k]);
    }
    return cps;
  }

  /** Index of the unclaimed code point whose cmap glyph (or, right to left, mirror's) is glyph. */
  private static int nominalMatch(Face face, int glyph, int[] cps, boolean[] claimed, boolean rtl) {
    for (int k = 0; k < cps.length; k++) {
      if (claimed[k]) {
        continue;
      }
      if (face.nominalGlyph(cps[k]) == glyph) {
        return k;
      }
      if (rtl && UCharacter.isMirrored(cps[k])
          && face.nominalGlyph(UCharacter.getMirror(cps[k])) == glyph) {
        return k;
      }
    }
    return -1;
  }

  private static String reversedIf(boolean rtl, String s) {
    if (!rtl || s.length() < 2) {
      return s;
    }
    int[] cps = codePoints(s);
    StringBuilder b = new StringBuilder();
    for (int k = cps.length - 1; k >= 0; k--) {
      b.appendCodePoint(cps[k]);
    }
    return b.toString();
  }
}
