package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextExtractionTest {

  private static final PdfExporter EXPORTER = new PdfExporter();

  static Stream<Arguments> scripts() {
    return Samples.ALL.stream().map(s -> Arguments.of(s.lang(), s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void pdfboxReturnsEachParagraphInLogicalOrder(String lang, Samples.Script script)
      throws Exception {
    String text = Extracted.normalise(Extracted.pdfbox(EXPORTER.export(Samples.plain(script))));
    assertTrue(text.contains(Extracted.normalise(script.title())), () -> "title in " + text);
    for (String paragraph : script.paragraphs()) {
      String expected = Extracted.normalise(paragraph);
      assertTrue(text.contains(expected), () -> "expected\n" + expected + "\nin\n" + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void pdftotextReturnsEachParagraphInLogicalOrder(String lang, Samples.Script script)
      throws Exception {
    assumeTrue(Extracted.pdftotextAvailable(), "pdftotext (poppler-utils) not installed");
    String raw = Extracted.pdftotext(EXPORTER.export(Samples.plain(script)));
    String text = Extracted.normalise(raw);
    String letters = Extracted.letters(raw);
    for (String paragraph : script.paragraphs()) {
      String expected = Extracted.normalise(paragraph);
      // Exact for left-to-right text. For right-to-left text poppler's own reordering misplaces
      // neutral punctuation next to numbers, so there letters and digits and their order count.
      boolean ok = script.dir().equals("ltr")
          ? text.contains(expected)
          : letters.contains(Extracted.letters(paragraph));
      assertTrue(ok, () -> "expected\n" + expected + "\nin\n" + text);
    }
  }
}
