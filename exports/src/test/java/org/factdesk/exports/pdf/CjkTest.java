package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Chinese and Japanese, set in the CJK face when one is installed (Debian fonts-droid-fallback, or
 * FACTDESK_CJK_FONT). Skipped, saying so, only when no CJK font is there.
 */
class CjkTest {
  private static final PdfExporter EXPORTER = new PdfExporter();

  static final Samples.Script ZH = new Samples.Script("zh", "ltr", "市议会批准大桥预算",
      List.of("市议会周二批准了四百二十万欧元的预算。", "官员表示，新桥将于2027年通车，比原计划晚两年。"));
  static final Samples.Script JA = new Samples.Script("ja", "ltr", "市議会が橋の予算を承認",
      List.of("市議会は火曜日、420万ユーロの予算を承認した。", "当局者によると、新しい橋は2027年に開通する。カタカナも使う。"));

  @BeforeAll
  static void needsACjkFont() {
    assumeTrue(Face.CJK.available(), "no CJK TrueType font: install fonts-droid-fallback (Debian) or set"
        + " FACTDESK_CJK_FONT to a TrueType CJK font; CJK tests skipped");
  }

  private static Samples.Script script(String lang) {
    return lang.equals("zh") ? ZH : JA;
  }

  /** Line breaks fall between CJK characters with no space to mark them: compare without spaces. */
  private static String squeezed(String s) {
    return Extracted.normalise(s).replaceAll("\\s+", "");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh", "ja"})
  void textIsSetInTheCjkFaceAndExtractsInOrder(String lang) throws Exception {
    Samples.Script s = script(lang);
    byte[] pdf = EXPORTER.export(Samples.plain(s));
    String text = squeezed(Extracted.pdfbox(pdf));
    for (String paragraph : s.paragraphs()) {
      assertTrue(text.contains(squeezed(paragraph)), () -> "expected " + paragraph + " in\n" + text);
    }
    if (Extracted.pdftotextAvailable()) {
      String poppler = squeezed(Extracted.pdftotext(pdf));
      for (String paragraph : s.paragraphs()) {
        assertTrue(poppler.contains(squeezed(paragraph)), () -> "pdftotext: " + paragraph + " in\n" + poppler);
      }
    }
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name).getName());
        }
      }
    }
    assertTrue(fonts.stream().anyMatch(f -> !f.contains("Noto")), () -> "a CJK face embedded: " + fonts);
    assertArrayEquals(pdf, EXPORTER.export(Samples.plain(s)), "reproducible");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh", "ja"})
  void meetsPdfAAndPdfUa(String lang) throws Exception {
    byte[] pdf = EXPORTER.export(Samples.withFactCheck(script(lang)));
    assertEquals(Map.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U));
    assertEquals(Map.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh", "ja"})
  void pagesAreKeptAsImages(String lang) throws Exception {
    assumeTrue(PageImagesTest.pdftoppmAvailable(), "pdftoppm (poppler-utils) not installed");
    PageImagesTest.keep(lang, EXPORTER.export(Samples.withFactCheck(script(lang))));
  }
}
