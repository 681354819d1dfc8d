package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.pdf.ScriptNotSupportedException.MissingScript;
import org.junit.jupiter.api.Test;

/** Issue 19: no PDF with missing-glyph boxes; a 422-worthy refusal naming script and characters. */
class ScriptCoverageTest {

  private static final PdfExporter EXPORTER = new PdfExporter();

  private static ExportDocument article(String lang, String... paragraphs) {
    return new ExportDocument("art-" + lang, 1, Samples.SHA, "Council budget", null, null, lang, "ltr",
        Samples.APPROVED, java.util.Arrays.stream(paragraphs).map(ExportBlock::paragraph).toList(),
        List.of(), List.of(), Samples.EXPORTED);
  }

  @Test
  void refusesOlChikiAndVaiNamingEachScriptAndItsCharacters() {
    // Santali ("Santali language") in Ol Chiki, and Vai letters: scripts with no face here.
    ExportDocument doc = article("sat", "The council met. ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ", "ꕙꔤ ꕞꕌꔳ 2027");
    ScriptNotSupportedException e =
        assertThrows(ScriptNotSupportedException.class, () -> EXPORTER.export(doc));
    assertEquals(List.of(new MissingScript("Olck", "Ol Chiki", "ᱥᱟᱱᱛᱲᱤᱯᱹᱨ"),
        new MissingScript("Vaii", "Vai", "ꕙꔤꕞꕌꔳ")), e.scripts());
    assertTrue(e.getMessage().contains("Ol Chiki (Olck)"), e.getMessage());
  }

  @Test
  void refusesAnUncoveredCharacterInAFactCheckNoteToo() {
    ExportDocument withNote = Samples.withFactCheck(new Samples.Script("en", "ltr", "Title",
        List.of("A claim about the bridge.", "A note quoting ꕙꔤ.")));
    ScriptNotSupportedException e =
        assertThrows(ScriptNotSupportedException.class, () -> EXPORTER.export(withNote));
    assertEquals("Vaii", e.scripts().get(0).code());
  }

  @Test
  void joinersIsolatesAndDirectionMarksNeedNoGlyph() {
    assertEquals(List.of(), ScriptCoverage.missing(List.of(
        "می\u200Cگویند \u2068quote\u2069 \u200F\u200E a\uFE0F\u200D\n")));
  }

  @Test
  void everySampleScriptIsCoveredAndListedAsSupported() {
    for (Samples.Script s : Samples.ALL) {
      assertEquals(List.of(), ScriptCoverage.missing(s.paragraphs()), s.lang());
    }
    Set<String> codes = ScriptCoverage.supported().stream()
        .map(ScriptCoverage.SupportedScript::code).collect(Collectors.toSet());
    for (String code : List.of("Latn", "Grek", "Cyrl", "Hebr", "Arab", "Geor", "Armn", "Deva", "Thai",
        "Laoo", "Khmr", "Mymr", "Sinh", "Taml", "Beng", "Guru", "Gujr", "Ethi", "Hang")) {
      assertTrue(codes.contains(code), code + " in " + codes);
      assertTrue(ScriptCoverage.supports(code), code);
    }
    assertTrue(!codes.contains("Olck") && !ScriptCoverage.supports("Olck"));
    assertEquals("Thai", ScriptCoverage.supported().stream().filter(s -> s.code().equals("Thai"))
        .findFirst().orElseThrow().name());
  }

  @Test
  void hanIsNeverSetInTheHangulFacesHanja() {
    // Without a CJK font Chinese is refused rather than set in Korean glyph forms.
    if (!Face.CJK.available()) {
      assertEquals(null, Face.pick('桥', null, false));
    }
    assertEquals(Face.HANGUL, Face.pick('다', null, false));
  }
}
