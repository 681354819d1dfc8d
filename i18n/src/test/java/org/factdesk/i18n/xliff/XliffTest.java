package org.factdesk.i18n.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XliffTest {
  static XliffDocument sample() {
    return new XliffDocument("en", "he", 12, 3, List.of(new XliffDocument.Note("editor", "Check the numbers")),
        List.of(new XliffDocument.Unit("title", "Port <record> & \"more\"", "שיא בנמל", "translated", List.of()),
            new XliffDocument.Unit("b0", "One & two.", null, "initial",
                List.of(new XliffDocument.Note("factdesk:kind", "PARAGRAPH")))));
  }

  static String xml(XliffDocument doc) {
    return new String(XliffWriter.write(doc), StandardCharsets.UTF_8);
  }

  static Set<String> codes(String xml) {
    XliffException e = assertThrows(XliffException.class, () -> XliffReader.read(xml));
    return e.problems().stream().map(XliffDocument.Problem::code).collect(Collectors.toSet());
  }

  @Test
  void writesAndReadsBack() {
    XliffDocument doc = sample();
    String xml = xml(doc);
    assertTrue(xml.contains("version=\"2.1\""), xml);
    assertTrue(xml.contains("urn:oasis:names:tc:xliff:document:2.0"), xml);
    assertEquals(doc, XliffReader.read(xml));
  }

  @Test
  void rejectsDoctypeAndExternalEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + xml(sample()).substring(xml(sample()).indexOf("<xliff"));
    assertEquals(Set.of("xliffDoctype"), codes(xxe));
    String billionLaughs = "<!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><xliff/>";
    assertEquals(Set.of("xliffDoctype"), codes(billionLaughs));
  }

  @Test
  void reportsEachMalformedCase() {
    String good = xml(sample());
    assertEquals(Set.of("xliffMalformed"), codes(good.replace("</file>", "")));
    assertEquals(Set.of("xliffNamespace"), codes(good.replace(XliffDocument.NAMESPACE, "urn:x")));
    assertEquals(Set.of("xliffVersion"), codes(good.replace("version=\"2.1\"", "version=\"1.2\"")));
    assertEquals(Set.of("xliffStructure"), codes(good.replace("trgLang=\"he\"", "")));
    assertEquals(Set.of("xliffStructure"), codes(good.replace("original=\"factdesk:task/12/revision/3\"", "")));
    assertEquals(Set.of("xliffDuplicateUnit"), codes(good.replace("unit id=\"b0\"", "unit id=\"title\"")));
    assertEquals(Set.of("xliffState"), codes(good.replace("state=\"initial\"", "state=\"ok\"")));
    assertEquals(Set.of("xliffInline"), codes(good.replace("שיא", "<ph id=\"1\"/>שיא")));
    assertEquals(Set.of("xliffVersion", "xliffState"),
        codes(good.replace("version=\"2.1\"", "version=\"3\"").replace("state=\"initial\"", "state=\"ok\"")));
  }

  /** Seeded random text (any XML-legal code points, RTL, astral) survives the round trip. */
  @Test
  void randomTextSurvivesTheRoundTrip() {
    Random random = new Random(20261127);
    int[] pool = {'a', 'Z', ' ', '&', '<', '>', '"', '\'', 'ə', 'ş', 'א', 'ש', 'ع', 'ب', 0x200F, 0x1F600, 'ж', '\t',
        '\n', ']', '\u00A0'};
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40) + 1; i > 0; i--) {
        sb.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      String text = sb.toString();
      XliffDocument doc = new XliffDocument("en", "ar", round, 1, List.of(),
          List.of(new XliffDocument.Unit("b0", text, text, "translated", List.of())));
      assertEquals(doc, XliffReader.read(xml(doc)), () -> "round trip of " + text.codePoints().boxed().toList());
    }
  }
}
