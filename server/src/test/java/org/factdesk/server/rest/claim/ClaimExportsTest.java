package org.factdesk.server.rest.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exports' escaping: CSV cells a spreadsheet cannot turn into formulas, JSON-LD a page can embed. */
class ClaimExportsTest {
  /** Issue 14, finding 9: only the first character was guarded; x;=1+1 went out unquoted. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
    "plain text|plain text",
    "=1+1|'=1+1",
    "+1 row|'+1 row",
    "-5%|'-5%",
    "@SUM(A1)|'@SUM(A1)",
    "x;=1+1|\"x;'=1+1\"",
    "x; =1+1|\"x; '=1+1\"",
    "a,b|\"a,b\"",
    "a, -b|\"a, '-b\"",
    "x\t@SUM(A1)|\"x\t'@SUM(A1)\"",
    "say \"=1\"|\"say \"\"=1\"\"\"",
    "a=b|a=b",
    "e-mail@example.org|e-mail@example.org",
    "~ =1~|~\" '=1\"~",
    "~~|~~"
  })
  void quotesEveryCellWithASeparatorAndNeutralisesFormulasWhereverACellCouldStart(String value, String expected) {
    assertEquals(expected, ClaimExports.cell(value));
  }

  @Test
  void aFormulaOnANewLineIsNeutralisedToo() {
    assertEquals("\"one\n'=two\"", ClaimExports.cell("one\n=two"));
    assertEquals("\"one\r\n'+two\"", ClaimExports.cell("one\r\n+two"));
  }

  /** Issue 14, finding 5: </script><script> from claim text went out raw in JSON-LD. */
  @Test
  void jsonLdCarriesNoMarkupAndMeansTheSame() {
    String attack = "</script><script>alert(1)</script> & <!-- \u2028";
    JsonObject review = Json.createObjectBuilder().add("claimReviewed", attack).add("name", "Tom & Jerry").build();
    String embeddable = ClaimExports.embeddable(review);
    assertFalse(embeddable.contains("<") || embeddable.contains(">") || embeddable.contains("&")
        || embeddable.contains("\u2028"), embeddable);
    try (var reader = Json.createReader(new StringReader(embeddable))) {
      assertEquals(review, reader.readObject());
    }
  }
}
