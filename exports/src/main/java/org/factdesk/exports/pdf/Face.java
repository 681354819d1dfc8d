package org.factdesk.exports.pdf;

import com.ibm.icu.lang.UScript;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled Noto faces (OFL, see fonts/OFL.txt), Nanum Gothic for Hangul (OFL,
 * fonts/OFL-NanumGothic.txt), and a CJK face that is not bundled (megabytes):
 * Droid Sans Fallback (Apache-2.0, Debian's fonts-droid-fallback) or any TrueType CJK font named by
 * {@code FACTDESK_CJK_FONT} (environment) or {@code factdesk.cjk.font} (system property). Without
 * it, CJK text falls back to the other faces and shows as missing glyphs. Scripts without a bundled
 * bold face fall back to their regular face.
 */
enum Face {
  LATIN("NotoSans-Regular.ttf"),
  LATIN_BOLD("NotoSans-Bold.ttf"),
  HEBREW("NotoSansHebrew-Regular.ttf"),
  HEBREW_BOLD("NotoSansHebrew-Bold.ttf"),
  ARABIC("NotoNaskhArabic-Regular.ttf"),
  GEORGIAN("NotoSansGeorgian-Regular.ttf"),
  ARMENIAN("NotoSansArmenian-Regular.ttf"),
  DEVANAGARI("NotoSansDevanagari-Regular.ttf"),
  THAI("NotoSansThai-Regular.ttf"),
  LAO("NotoSansLao-Regular.ttf"),
  KHMER("NotoSansKhmer-Regular.ttf"),
  MYANMAR("NotoSansMyanmar-Regular.ttf"),
  SINHALA("NotoSansSinhala-Regular.ttf"),
  TAMIL("NotoSansTamil-Regular.ttf"),
  BENGALI("NotoSansBengali-Regular.ttf"),
  GURMUKHI("NotoSansGurmukhi-Regular.ttf"),
  GUJARATI("NotoSansGujarati-Regular.ttf"),
  ETHIOPIC("NotoSansEthiopic-Regular.ttf"),
  /** Noto's Korean is CFF only; Nanum Gothic (OFL) is TrueType. Used for Hangul only. */
  HANGUL("NanumGothic.ttf"),
  CJK(null);

  static final java.nio.file.Path DEBIAN_CJK_FONT =
      java.nio.file.Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

  /** Fractional metrics: advances must not be rounded to whole pixels. */
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /** Glyph positions at this size are in PDF glyph space (1/1000 em; every face has 1000 upem). */
  static final float LAYOUT_SIZE = 1000f;

  private final String file;
  private volatile byte[] bytes;
  private volatile Font awtFont;
  /** Parsed fonts not in use; each export borrows its own, as TrueTypeFont is not thread-safe. */
  private final IdlePool<TrueTypeFont> parsed = new IdlePool<>();
  /*
   * Per-glyph advances (NaN: not yet known) and per-BMP-character coverage (0: not yet known,
   * 1: covered, 2: not). Filled lazily from several threads: each entry is one atomic write of a
   * value every thread computes alike, so a race only repeats work. Set before awtFont is
   * published.
   */
  private float[] advances;
  private byte[] coverage;
  /** Per BMP character, its cmap glyph (-1: not yet known); same rules as the arrays above. */
  private int[] nominals;
  /** The font's own glyphs for ZWNJ and ZWJ (0: none), read from its cmap; null: not yet read. */
  private volatile int[] joiners;

  Face(String file) {
    this.file = file;
  }

  String file() {
    return this == CJK ? cjkFont().map(java.nio.file.Path::toString).orElse("(no CJK font)") : file;
  }

  /** The configured CJK font file, else Debian's, if it exists. */
  static java.util.Optional<java.nio.file.Path> cjkFont() {
    String configured = System.getenv("FACTDESK_CJK_FONT");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("factdesk.cjk.font");
    }
    java.nio.file.Path path = configured == null || configured.isBlank()
        ? DEBIAN_CJK_FONT : java.nio.file.Path.of(configured.strip());
    return java.nio.file.Files.isReadable(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
  }

  /** Whether this face can be used: bundled faces always, the CJK face when its file is there. */
  boolean available() {
    return this != CJK || CjkFont.PATH.isPresent();
  }

  /** Looked up once per JVM: available() is asked for every code point. */
  private static final class CjkFont {
    static final java.util.Optional<java.nio.file.Path> PATH = cjkFont();
  }

  byte[] bytes() {
    byte[] b = bytes;
    if (b == null) {
      synchronized (this) {
        if (bytes == null && this == CJK) {
          try {
            bytes = java.nio.file.Files.readAllBytes(CjkFont.PATH.orElseThrow(
                () -> new IllegalStateException("no CJK font; set FACTDESK_CJK_FONT")));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        if (bytes == null) {
          try (InputStream in = Face.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
              throw new IllegalStateException("font missing from classpath: " + file);
            }
            bytes = in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        b = bytes;
      }
    }
    return b;
  }

  Font awt() {
    Font f = awtFont;
    if (f == null) {
      synchronized (this) {
        if (awtFont == null) {
          try {
            Font font =
                Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes()))
                    .deriveFont(LAYOUT_SIZE);
            advances = new float[font.getNumGlyphs()];
            java.util.Arrays.fill(advances, Float.NaN);
            coverage = new byte[Character.MAX_VALUE + 1];
            nominals = new int[Character.MAX_VALUE + 1];
            java.util.Arrays.fill(nominals, -1);
            awtFont = font;
          } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read font " + file, e);
          }
        }
        f = awtFont;
      }
    }
    return f;
  }

  /**
   * A parsed copy of the font for one export's exclusive use, parsed once and reused: parsing
   * (with its GSUB tables) costs more than setting a short article. Give it back with {@link
   * #releaseParsed}. Embedding only reads it (its data is an in-memory copy, closing is a no-op).
   */
  TrueTypeFont borrowParsed() throws IOException {
    TrueTypeFont f = parsed.take();
    return f != null ? f : new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
  }

  void releaseParsed(TrueTypeFont f) {
    parsed.giveBack(f);
  }

  /** Advance of one glyph in 1/1000 em, as the embedded font's widths will state it. */
  float advance(int glyph) {
    Font font = awt();
    float[] known = advances;
    if (glyph >= known.length) {
      return measure(font, glyph);
    }
    float a = known[glyph];
    if (Float.isNaN(a)) {
      a = measure(font, glyph);
      known[glyph] = a;
    }
    return a;
  }

  private static float measure(Font font, int glyph) {
    return (float) font.createGlyphVector(FRC, new int[] {glyph}).getGlyphPosition(1).getX();
  }

  boolean covers(int codePoint) {
    if (!available()) {
      return false;
    }
    Font font = awt();
    if (codePoint > Character.MAX_VALUE) {
      return font.canDisplay(codePoint);
    }
    byte[] known = coverage;
    byte c = known[codePoint];
    if (c == 0) {
      c = font.canDisplay(codePoint) ? (byte) 1 : (byte) 2;
      known[codePoint] = c;
    }
    return c == 1;
  }

  /** The glyph the cmap gives for a code point, unshaped; 0 if none. */
  int nominalGlyph(int codePoint) {
    Font font = awt();
    if (codePoint > Character.MAX_VALUE) {
      return cmapGlyph(font, codePoint);
    }
    int[] known = nominals;
    int g = known[codePoint];
    if (g < 0) {
      g = cmapGlyph(font, codePoint);
      known[codePoint] = g;
    }
    return g;
  }

  private static int cmapGlyph(Font font, int codePoint) {
    return font.createGlyphVector(FRC, new String(Character.toChars(codePoint))).getGlyphCode(0);
  }


  /**
   * The font's own (empty, zero-width) glyph for a zero-width non-joiner or joiner, 0 if it has
   * none. The JDK's layout draws them as the space glyph, which extracts as a space or not at all.
   */
  int joinerGlyph(int codePoint) {
    int[] j = joiners;
    if (j == null) {
      try {
        TrueTypeFont f = borrowParsed();
        try {
          var cmap = f.getUnicodeCmapLookup();
          j = new int[] {cmap.getGlyphId(0x200C), cmap.getGlyphId(0x200D)};
        } finally {
          releaseParsed(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      joiners = j;
    }
    return codePoint == 0x200C ? j[0] : codePoint == 0x200D ? j[1] : 0;
  }

  Face bold() {
    return switch (this) {
      case LATIN -> LATIN_BOLD;
      case HEBREW -> HEBREW_BOLD;
      default -> this;
    };
  }

  /** The scripts with a face of their own; every other script is looked for in any face. */
  static final Map<Integer, Face> SCRIPTS = Map.ofEntries(
      Map.entry(UScript.LATIN, LATIN), Map.entry(UScript.GREEK, LATIN),
      Map.entry(UScript.CYRILLIC, LATIN), Map.entry(UScript.HEBREW, HEBREW),
      Map.entry(UScript.ARABIC, ARABIC), Map.entry(UScript.GEORGIAN, GEORGIAN),
      Map.entry(UScript.ARMENIAN, ARMENIAN), Map.entry(UScript.DEVANAGARI, DEVANAGARI),
      Map.entry(UScript.THAI, THAI), Map.entry(UScript.LAO, LAO), Map.entry(UScript.KHMER, KHMER),
      Map.entry(UScript.MYANMAR, MYANMAR), Map.entry(UScript.SINHALA, SINHALA),
      Map.entry(UScript.TAMIL, TAMIL), Map.entry(UScript.BENGALI, BENGALI),
      Map.entry(UScript.GURMUKHI, GURMUKHI), Map.entry(UScript.GUJARATI, GUJARATI),
      Map.entry(UScript.ETHIOPIC, ETHIOPIC), Map.entry(UScript.HANGUL, HANGUL),
      Map.entry(UScript.HAN, CJK), Map.entry(UScript.HIRAGANA, CJK),
      Map.entry(UScript.KATAKANA, CJK), Map.entry(UScript.BOPOMOFO, CJK));

  /** The face a script is set in. */
  static Face forScript(int script) {
    return SCRIPTS.getOrDefault(script, LATIN);
  }

  /**
   * Picks the face for one code point: its script's face; for common and inherited characters
   * (spaces, digits, punctuation, marks) the previous face if it has the glyph, so runs stay whole
   * and shaping keeps its context. Null when no face has a glyph for it. Nanum Gothic's Hanja and
   * Latin are never borrowed: they would set Chinese in Korean forms.
   */
  static Face pick(int codePoint, Face previous, boolean bold) {
    int script = UScript.getScript(codePoint);
    boolean neutral = script == UScript.COMMON || script == UScript.INHERITED;
    if (neutral && previous != null && previous.covers(codePoint)) {
      return previous;
    }
    Face preferred = forScript(script);
    if (preferred.covers(codePoint)) {
      return bold ? preferred.bold() : preferred;
    }
    for (Face f : values()) {
      if (f != HANGUL && f.covers(codePoint)) {
        return bold ? f.bold() : f;
      }
    }
    return null;
  }
}
