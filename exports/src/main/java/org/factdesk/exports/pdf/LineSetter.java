package org.factdesk.exports.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Breaks a paragraph into lines and shapes each line. Breaks come from ICU's line BreakIterator for
 * the language; each line is reordered with ICU's Bidi. Text is shaped in atoms: the pieces of a
 * break segment (a word and, apart, its trailing spaces) of one face, bidi level and owner. An atom
 * is shaped once per export, in its direction and without outside context (atoms end where no
 * contextual shaping crosses: spaces, break opportunities, script, direction or face changes), and
 * the same shapes both measure the lines and are drawn, so measured and drawn widths agree.
 */
final class LineSetter {

  static final float MARKER_SCALE = 0.62f;
  static final float MARKER_RISE = 0.36f;

  private final Map<String, BreakIterator> breakers = new HashMap<>();
  /** Creating an ICU break iterator loads its rules; cloning a made one is cheap. */
  private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();
  /** Words recur within an article; each distinct atom is shaped once per export. */
  private final Map<AtomKey, GlyphRun> shaped = new HashMap<>();

  private record AtomKey(Face face, boolean rtl, String text) {}

  /** A break segment; {@code trimmed}, its width without trailing spaces, or NaN if not yet known. */
  private record Segment(int start, int end, float trimmed) {}

  List<Line> set(Paragraph p, float maxWidth) {
    String text = p.text();
    if (text.isEmpty()) {
      return List.of();
    }
    char[] chars = text.toCharArray();
    Bidi bidi = new Bidi();
    bidi.setPara(text, p.paraLevel(), null);
    boolean rtl = (bidi.getParaLevel() & 1) == 1;
    Face[] faces = faces(text, p.bold());
    byte[] levels = new byte[chars.length];
    for (int i = 0; i < chars.length; i++) {
      levels[i] = bidi.getLevelAt(i);
    }

    List<Segment> segments = segments(p, chars, faces, levels, maxWidth);
    // Atom boundaries: each segment's start and the end of its word before trailing spaces.
    boolean[] cuts = new boolean[chars.length + 1];
    List<Line> lines = new ArrayList<>();
    int lineStart = segments.isEmpty() ? 0 : segments.get(0).start();
    float lineWidth = 0;
    int lineEnd = lineStart;
    for (Segment seg : segments) {
      int wordEnd = trimEnd(chars, seg.start(), seg.end());
      cuts[seg.start()] = true;
      cuts[wordEnd] = true;
      float trimmed = Float.isNaN(seg.trimmed())
          ? width(p, chars, faces, levels, seg.start(), wordEnd) : seg.trimmed();
      float full = trimmed + width(p, chars, faces, levels, wordEnd, seg.end());
      if (lineEnd > lineStart && lineWidth + trimmed > maxWidth) {
        addLine(lines, p, chars, faces, levels, cuts, bidi, rtl, lineStart, lineEnd);
        lineStart = seg.start();
        lineWidth = 0;
      }
      lineWidth += full;
      lineEnd = seg.end();
    }
    if (lineEnd > lineStart) {
      addLine(lines, p, chars, faces, levels, cuts, bidi, rtl, lineStart, lineEnd);
    }
    return lines;
  }

  /** Unbreakable segments (words with their trailing spaces); over-long ones split by grapheme. */
  private List<Segment> segments(
      Paragraph p, char[] chars, Face[] faces, byte[] levels, float maxWidth) {
    BreakIterator lineBreaks = breakers.computeIfAbsent("line:" + p.lang(),
        l -> copy(l, () -> BreakIterator.getLineInstance(ULocale.forLanguageTag(p.lang()))));
    lineBreaks.setText(p.text());
    boolean[] inUrl = urls(p.text());
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    for (int b = lineBreaks.next(); b != BreakIterator.DONE; b = lineBreaks.next()) {
      if (b < chars.length && p.marker(b) && !p.marker(b - 1)) {
        continue; // a note marker never starts a line
      }
      if (b < chars.length && inUrl[b]) {
        continue; // a URL is one word; only a URL wider than the column is split, by grapheme
      }
      float w = width(p, chars, faces, levels, start, trimEnd(chars, start, b));
      if (w > maxWidth) {
        splitGraphemes(p, chars, faces, levels, start, b, maxWidth, segments);
      } else {
        segments.add(new Segment(start, b, w));
      }
      start = b;
    }
    return segments;
  }

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s\u2068\u2069]+");

  /**
   * Where ICU would break inside a URL ("https://" | "example.org/…", after each slash); its
   * line-break rules know no URLs. True from the URL's second character to its last.
   */
  private static boolean[] urls(String text) {
    boolean[] inside = new boolean[text.length() + 1];
    java.util.regex.Matcher m = URL.matcher(text);
    while (m.find()) {
      java.util.Arrays.fill(inside, m.start() + 1, m.end(), true);
    }
    return inside;
  }

  private void splitGraphemes(Paragraph p, char[] chars, Face[] faces, byte[] levels,
      int start, int end, float maxWidth, List<Segment> out) {
    BreakIterator graphemes = breakers.computeIfAbsent("char",
        l -> copy(l, () -> BreakIterator.getCharacterInstance(ULocale.ROOT)));
    graphemes.setText(p.text());
    int chunkStart = start;
    int last = start;
    for (int b = graphemes.following(start); b != BreakIterator.DONE && b <= end;
        b = graphemes.next()) {
      if (b > chunkStart && last > chunkStart
          && width(p, chars, faces, levels, chunkStart, b) > maxWidth) {
        out.add(new Segment(chunkStart, last, Float.NaN));
        chunkStart = last;
      }
      last = b;
    }
    if (end > chunkStart) {
      out.add(new Segment(chunkStart, end, Float.NaN));
    }
  }

  private static BreakIterator copy(String key, Supplier<BreakIterator> make) {
    return (BreakIterator) PROTOTYPES.computeIfAbsent(key, k -> make.get()).clone();
  }

  private static int trimEnd(char[] chars, int start, int end) {
    while (end > start && UCharacter.isWhitespace(chars[end - 1])) {
      end--;
    }
    return end;
  }

  private static Face[] faces(String text, boolean bold) {
    Face[] faces = new Face[text.length()];
    Face previous = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Face f = Face.pick(cp, previous, bold);
      if (f == null) {
        if (ScriptCoverage.needsGlyph(cp)) {
          // ScriptCoverage checked the document first; this keeps any other text from a .notdef.
          throw new ScriptNotSupportedException(ScriptCoverage.missing(List.of(text)));
        }
        f = previous != null ? previous : bold ? Face.LATIN_BOLD : Face.LATIN;
      }
      int n = Character.charCount(cp);
      for (int k = 0; k < n; k++) {
        faces[i + k] = f;
      }
      previous = f;
      i += n;
    }
    return faces;
  }

  /** Width in points of [start, end), the sum of its atoms' shaped advances. */
  private float width(Paragraph p, char[] chars, Face[] faces, byte[] levels, int start, int end) {
    float w = 0;
    int i = start;
    while (i < end) {
      int j = i + 1;
      while (j < end && sameAtom(p, faces, levels, i, j)) {
        j++;
      }
      w += atom(chars, i, j, faces[i], (levels[i] & 1) == 1).advance() * sizeAt(p, i) / 1000f;
      i = j;
    }
    return w;
  }

  private GlyphRun atom(char[] chars, int start, int end, Face face, boolean rtl) {
    return shaped.computeIfAbsent(new AtomKey(face, rtl, new String(chars, start, end - start)),
        k -> Shaper.shape(k.text(), k.face(), k.rtl()));
  }

  private static boolean sameAtom(Paragraph p, Face[] faces, byte[] levels, int i, int j) {
    return faces[j] == faces[i] && levels[j] == levels[i] && p.owners()[j] == p.owners()[i];
  }

  private static float sizeAt(Paragraph p, int i) {
    return p.marker(i) ? p.size() * MARKER_SCALE : p.size();
  }

  private void addLine(List<Line> lines, Paragraph p, char[] chars, Face[] faces, byte[] levels,
      boolean[] cuts, Bidi bidi, boolean rtl, int start, int end) {
    end = trimEnd(chars, start, end);
    if (end <= start) {
      return;
    }
    Bidi line = bidi.setLine(start, end);
    List<Line.Piece> pieces = new ArrayList<>();
    float x = 0;
    int runs = line.countRuns();
    for (int r = 0; r < runs; r++) {
      BidiRun run = line.getVisualRun(r);
      int runStart = start + run.getStart();
      int runLimit = start + run.getLimit();
      boolean odd = run.isOddRun();
      // Pieces: atoms of one face and owner drawn together, logical order within the run.
      List<List<GlyphRun>> stretches = new ArrayList<>();
      List<int[]> bounds = new ArrayList<>();
      int i = runStart;
      while (i < runLimit) {
        int pieceStart = i;
        List<GlyphRun> atoms = new ArrayList<>();
        while (i < runLimit && faces[i] == faces[pieceStart]
            && p.owners()[i] == p.owners()[pieceStart]) {
          int j = i + 1;
          while (j < runLimit && !cuts[j] && sameAtom(p, faces, levels, i, j)) {
            j++;
          }
          atoms.add(atom(chars, i, j, faces[i], odd));
          i = j;
        }
        stretches.add(atoms);
        bounds.add(new int[] {pieceStart, i});
      }
      for (int k = 0; k < stretches.size(); k++) {
        int s = odd ? stretches.size() - 1 - k : k;
        List<GlyphRun> atoms = stretches.get(s);
        if (odd) {
          java.util.Collections.reverse(atoms);
        }
        int[] b = bounds.get(s);
        GlyphRun glyphs = GlyphRun.concat(atoms, text(chars, b[0], b[1]), odd);
        boolean marker = p.marker(b[0]);
        float size = sizeAt(p, b[0]);
        pieces.add(new Line.Piece(glyphs, x, size, marker ? p.size() * MARKER_RISE : 0,
            p.owners()[b[0]], b[0]));
        x += glyphs.advance() * size / 1000f;
      }
    }
    lines.add(new Line(List.copyOf(pieces), x, rtl));
  }

  private static String text(char[] chars, int start, int end) {
    return new String(chars, start, end - start);
  }
}
