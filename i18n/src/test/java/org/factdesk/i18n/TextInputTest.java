package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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

  private static final List<String> ELLIPSES = List.of("", "…", "...", " [\u2026]");

  /** Strings of up to 30 Unicode scalar values; see {@link TextGenerator#scalarText}. */
  private static String text(TextGenerator gen) {
    return gen.scalarText(30);
  }

  /** Generated text with what clean refuses (DEL, C1 controls, bidi overrides) replaced by "x". */
  private static String acceptableText(TextGenerator gen) {
    return gen.scalarText(30).codePoints()
        .map(c -> c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E ? 'x' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.i18n.TextGenerator#seeds")
  void decodesEveryWellFormedString(long seed) {
    TextGenerator.forAll(
        seed,
        TextInputTest::text,
        TextGenerator::literal,
        text -> assertEquals(text, TextInput.decodeUtf8(text.getBytes(StandardCharsets.UTF_8))));
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

  /** Issue 14, finding 6: DEL, the C1 controls and the bidi embeddings/overrides were stored. */
  @ParameterizedTest
  @CsvSource({
    "'Invoice \u202Efdp.exe', 8, 8, U+202E",
    "'a\u202Ab', 1, 1, U+202A",
    "'a\u202Bb', 1, 1, U+202B",
    "'a\u202Cb', 1, 1, U+202C",
    "'a\u202Db', 1, 1, U+202D",
    "'next\u0085line', 4, 4, U+0085",
    "'csi\u009B31m', 3, 3, U+009B",
    "'del\u007F', 3, 3, U+007F",
    "'\u0080', 0, 0, U+0080",
    "'\u009F', 0, 0, U+009F",
    "'\uD83D\uDE00\u0085', 2, 1, U+0085"
  })
  void rejectsC1ControlsDelAndBidiOverridesWithCharIndexAndCodePointPosition(
      String text, int index, int position, String character) {
    InvalidTextException e = assertThrows(InvalidTextException.class, () -> TextInput.clean(text));
    assertEquals(index, e.offset());
    assertEquals(position, e.position());
    assertEquals(character, e.character());
    assertTrue(e.getMessage().contains(character), e.getMessage());
    InvalidTextException named = e.inField("title");
    assertEquals("title", named.field());
    assertEquals(position, named.position());
  }

  /** Right-to-left text needs the isolates, LRM/RLM/ALM and the joiners: they stay allowed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u05D3\u05D5\"\u05D7 \u2067\u0627\u0644\u062A\u0642\u0631\u064A\u0631\u2069 \u200F2026\u200E",
        "\u2066abc\u2069 \u2068\u05E9\u2069",
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", // Persian with ZWNJ
        "\u0661\u061C\u0662", // ALM between Arabic digits
        "\uD83D\uDC69\u200D\uD83D\uDCBB", // ZWJ emoji sequence
        "\u00A0non-breaking\u00A0space"
      })
  void keepsIsolatesMarksAndJoiners(String text) {
    assertSame(text, TextInput.clean(text));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.i18n.TextGenerator#seeds")
  void cleanGivesNfcAndIsIdempotent(long seed) {
    TextGenerator.forAll(
        seed,
        TextInputTest::acceptableText,
        TextGenerator::literal,
        text -> {
          String cleaned = TextInput.clean(text);
          assertTrue(Normalizer2.getNFCInstance().isNormalized(cleaned));
          assertEquals(cleaned, TextInput.clean(cleaned));
          assertEquals(
              Normalizer2.getNFDInstance().normalize(text),
              Normalizer2.getNFDInstance().normalize(cleaned));
        });
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

  private record TruncateCase(List<String> atoms, int max, String ellipsis) {
    @Override
    public String toString() {
      return "atoms "
          + TextGenerator.literals(atoms)
          + ", max "
          + max
          + ", ellipsis "
          + TextGenerator.literal(ellipsis);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.i18n.TextGenerator#seeds")
  void truncatesToTheLongestWholeClusterPrefix(long seed) {
    TextGenerator.forAll(
        seed,
        gen ->
            new TruncateCase(gen.listOf(ATOMS, 20), gen.between(1, 40), gen.oneOf(ELLIPSES)),
        TruncateCase::toString,
        c -> truncatesToTheLongestWholeClusterPrefix(c.atoms(), c.max(), c.ellipsis()));
  }

  private static void truncatesToTheLongestWholeClusterPrefix(
      List<String> atoms, int max, String ellipsis) {
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
