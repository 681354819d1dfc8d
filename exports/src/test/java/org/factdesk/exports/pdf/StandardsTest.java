package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class StandardsTest {

  private static final PdfExporter EXPORTER = new PdfExporter();

  static Stream<String> languages() {
    return Samples.ALL.stream().map(Samples.Script::lang);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void meetsPdfA2u(String lang) throws Exception {
    byte[] pdf = EXPORTER.export(Samples.withFactCheck(Samples.script(lang)));
    Map<String, String> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U);
    assertEquals(Map.of(), failures);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void meetsPdfUa1(String lang) throws Exception {
    byte[] pdf = EXPORTER.export(Samples.withFactCheck(Samples.script(lang)));
    Map<String, String> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
    assertEquals(Map.of(), failures);
  }
}
