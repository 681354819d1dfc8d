package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputTest {

  // Each atom is exactly one grapheme cluster, and no atom joins with its neighbours, so the
  // boundaries between atoms are the only places truncate may cut.
  private static final List<String> ATOMS =
      List.of(
          "a",
          "Z",
          " ",
          "ə",
          "ğ",
          "ı",
          "ş",
          "ა",
          "Ж",
          "e\u0301",
          "o\u0308\u0304", // Latin with combining marks
          "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // family: woman, woman, girl
          "\uD83D\uDC4D\uD83C\uDFFD", // thumbs up with skin tone
          "\uD83C\uDDE6\uD83C\uDDFF", // flag of Azerbaijan
          "\u0645\u064F",
          "\u062D\u064E", // Arabic letters with harakat
          "\u0645\u0651\u064E", // meem with shadda and fatha
          "\u05E9\u05C1\u05B8", // shin with shin dot and qamats
          "\u0915\u094D\u0937", // Devanagari conjunct ksha
          "\u0924\u094D\u0930\u093F"); // Devanagari tri

  @Property
  void decodesEveryWellFormedString(@ForAll("text") String text) {
    assertEquals(text, TextInput.decodeUtf8(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource({
    "C0AF, 2", // overlong '/'
    "E080AF, 2", // overlong three-byte '/'
    "F08082AC, 2", // overlong four-byte
    "80, 2", // lone continuation byte
    "BF41, 2", // continuation byte before ASCII
    "E282, 2", // truncated at the end
    "E28241, 2", // truncated before ASCII
    "EDA080, 2", // UTF-16 surrogate D800 encoded in UTF-8
    "EDBFBF, 2", // surrogate DFFF
    "F4908080, 2", // above U+10FFFF
    "FF, 2"
  })
  void rejectsIllFormedUtf8AtTheRightOffset(String badHex, int offset) {
    byte[] bytes = concat("ab".getBytes(StandardCharsets.UTF_8), HexFormat.of().parseHex(badHex));
    InvalidTextException e =
        assertThrows(InvalidTextException.class, () -> TextInput.decodeUtf8(bytes));
    assertEquals(offset, e.offset());
    assertTrue(e.getMessage().contains("byte " + offset), e.getMessage());
  }

  @Test
  void reportsOffsetAfterMultiByteCharacters() {
    byte[] good = "ə ğ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(good, new byte[] {(byte) 0xC0, (byte) 0x80});
    assertEquals(
        good.length,
        assertThrows(InvalidTextException.class, () -> TextInput.decodeUtf8(bytes)).offset());
  }

  @Test
  void composesDecomposedText() {
    assertEquals("\u00E9", TextInput.clean("e\u0301"));
    assertEquals("\uAC00", TextInput.clean("\u1100\u1161")); // Hangul jamo
    assertEquals("Ş", TextInput.clean("S\u0327"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Azərbaycan: ə ğ ı ş ç ö ü",
        "საქართველოს პარლამენტი",
        "line one\nline two\r\n\tindented",
        "\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD", // Hebrew with niqqud, marks in canonical
                                                      // order
        "family \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"
      })
  void returnsNormalisedTextUnchanged(String text) {
    assertSame(text, TextInput.clean(text));
  }

  @ParameterizedTest
  @CsvSource({
    "'a\u0000b', 1",
    "'\u0007', 0",
    "'ok\u001B[31m', 2",
    "'x\uD800', 1",
    "'\uDC00x', 0",
    "'ab\uDC00\uD800', 2",
    "'\uD83D\uDC4D\uD800\uD83D', 2"
  })
  void rejectsControlsAndUnpairedSurrogatesAtTheRightIndex(String text, int index) {
    InvalidTextException e = assertThrows(InvalidTextException.class, () -> TextInput.clean(text));
    assertEquals(index, e.offset());
  }

  @Property
  void cleanGivesNfcAndIsIdempotent(@ForAll("text") String text) {
    String cleaned = TextInput.clean(text);
    assertTrue(Normalizer2.getNFCInstance().isNormalized(cleaned));
    assertEquals(cleaned, TextInput.clean(cleaned));
    assertEquals(
        Normalizer2.getNFDInstance().normalize(text),
        Normalizer2.getNFDInstance().normalize(cleaned));
  }

  @Test
  void returnsTextThatFitsUnchanged() {
    String text = "Hello";
    assertSame(text, TextInput.truncate(text, 5, "…"));
  }

  @ParameterizedTest
  @CsvSource({
    "Hello world, 8, Hello w…",
    "\uD83C\uDDE6\uD83C\uDDFF\uD83C\uDDEC\uD83C\uDDEA, 3, \uD83C\uDDE6\uD83C\uDDFF…",
    "\uD83C\uDDE6\uD83C\uDDFF\uD83C\uDDEC\uD83C\uDDEA, 2, …",
    "a\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67b, 5, a…",
    "\u0915\u094D\u0937\u0924\u094D\u0930\u093F, 6, \u0915\u094D\u0937…",
    "\u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD, 4, \u05E9\u05C1\u05B8…",
    "\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F, 4, \u0645\u064F…"
  })
  void cutsOnlyBetweenGraphemeClusters(String text, int max, String expected) {
    assertEquals(expected, TextInput.truncate(text, max, "…"));
  }

  @Test
  void rejectsEllipsisLongerThanTheLimit() {
    assertThrows(IllegalArgumentException.class, () -> TextInput.truncate("Hello", 2, "..."));
  }

  @Property
  void truncatesToTheLongestWholeClusterPrefix(
      @ForAll("atomLists") List<String> atoms,
      @ForAll @IntRange(min = 1, max = 40) int max,
      @ForAll("ellipses") String ellipsis) {
    String text = String.join("", atoms);
    int ellipsisLength = codePoints(ellipsis);
    if (max < ellipsisLength) {
      assertThrows(IllegalArgumentException.class, () -> TextInput.truncate(text, max, ellipsis));
      return;
    }
    String expected;
    if (codePoints(text) <= max) {
      expected = text;
    } else {
      StringBuilder prefix = new StringBuilder();
      for (String atom : atoms) {
        if (codePoints(prefix.toString()) + codePoints(atom) > max - ellipsisLength) {
          break;
        }
        prefix.append(atom);
      }
      expected = prefix + ellipsis;
    }
    String actual = TextInput.truncate(text, max, ellipsis);
    assertEquals(expected, actual);
    assertTrue(codePoints(actual) <= max);
  }

  @Provide
  Arbitrary<List<String>> atomLists() {
    return Arbitraries.of(ATOMS).list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<String> ellipses() {
    return Arbitraries.of("", "…", "...", " [\u2026]");
  }

  @Provide
  Arbitrary<String> text() {
    // Any Unicode scalar value, with extra weight on combining marks and non-Latin scripts.
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0x20, 0x24F)),
            Tuple.of(3, Arbitraries.integers().between(0x300, 0x36F)),
            Tuple.of(2, Arbitraries.integers().between(0x590, 0x6FF)),
            Tuple.of(1, Arbitraries.integers().between(0x1100, 0x11FF)),
            Tuple.of(
                2,
                Arbitraries.integers()
                    .between(0x20, 0x10FFFF)
                    .filter(cp -> cp < 0xD800 || cp > 0xDFFF)));
    return codePoints
        .list()
        .ofMaxSize(30)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
