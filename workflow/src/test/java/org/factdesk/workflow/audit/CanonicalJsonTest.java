package org.factdesk.workflow.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void sortsMembersByUtf16CodeUnitsAsRfc8785Section323() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("\u20ac", "Euro Sign");
    m.put("\r", "Carriage Return");
    m.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
    m.put("1", "One");
    m.put("\ud83d\ude00", "Emoji: Grinning Face");
    m.put("\u0080", "Control");
    m.put("\u00f6", "Latin Small Letter O With Diaeresis");
    assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O"
        + " With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew"
        + " Letter Dalet With Dagesh\"}", CanonicalJson.write(m));
  }

  @Test
  void escapesOnlyQuoteBackslashAndControls() {
    String s = "\"\\/\b\t\n\f\r\u0000\u001f\u007f\u2028\u00e9";
    assertEquals("\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\u2028\u00e9\"", CanonicalJson.write(s));
  }

  @Test
  void keepsRightToLeftTextAndItsMarksAsTheyAre() {
    // Hebrew and Arabic with a right-to-left mark, an isolate and Arabic-Indic digits: written as is, in UTF-8.
    String text = "\u05e9\u05dc\u05d5\u05dd \u200f\u2067\u0645\u0631\u062d\u0628\u0627 \u0661\u0662\u2069";
    String json = CanonicalJson.write(Map.of("note", text));
    assertEquals("{\"note\":\"" + text + "\"}", json);
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    assertEquals("d7a9", HexFormat.of().formatHex(Arrays.copyOfRange(utf8, 9, 11)));
    assertEquals("e2808f", HexFormat.of().formatHex(Arrays.copyOfRange(utf8, 18, 21)));
  }

  @Test
  void doesNotNormaliseUnicode() {
    // NFC and NFD of the same word differ: what was stored is what is hashed.
    assertEquals("\"e\u0301\"", CanonicalJson.write("e\u0301"));
    assertEquals("\"\u00e9\"", CanonicalJson.write("\u00e9"));
  }

  @Test
  void writesIntegersInTheSafeRangeAsDecimal() {
    assertEquals("[0,-1,42,9007199254740991,-9007199254740991]",
        CanonicalJson.write(List.of(0, -1L, 42, (1L << 53) - 1, -((1L << 53) - 1))));
  }

  @Test
  void refusesNumbersItCannotWriteExactly() {
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1L << 53));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1.5));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new java.math.BigDecimal("1")));
  }

  @Test
  void writesNullsBooleansAndNesting() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", null);
    m.put("a", Arrays.asList(true, null, Map.of("z", false)));
    assertEquals("{\"a\":[true,null,{\"z\":false}],\"b\":null}", CanonicalJson.write(m));
  }

  @Test
  void refusesLoneSurrogates() {
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write("a\ud800b"));
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write("\udc00"));
  }
}
