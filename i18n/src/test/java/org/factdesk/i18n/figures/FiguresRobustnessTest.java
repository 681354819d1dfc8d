package org.factdesk.i18n.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Any text, however odd or large, gives well-formed figures in bounded time and never throws. */
class FiguresRobustnessTest {

  // Pieces that make separators, signs and words meet in every combination.
  private static final List<String> ATOMS =
      List.of(
          "0",
          "7",
          "12",
          "2026",
          "٣",
          "۴",
          "४",
          "৫",
          "\uFF17",
          ".",
          ",",
          "٫",
          "٬",
          " ",
          "\u00A0",
          "\u202F",
          "-",
          "\u2212",
          "–",
          "+",
          "%",
          "٪",
          "/",
          "'",
          "\u200E",
          "\u200F",
          "\u061C",
          "\u200C",
          "\uD800",
          "billion",
          "K",
          "M",
          "млрд.",
          "тыс",
          "milyon",
          "מיליון",
          "مليار",
          "میلیارد",
          "लाख",
          "क॰",
          "percent",
          "процентов",
          "March",
          "марта",
          "мае",
          "במרץ",
          "آذار",
          "მარტს",
          "a",
          "ж",
          "ب",
          "ა",
          "क");

  /** Junk from {@link #ATOMS} mixed with arbitrary scalar values. */
  private static String junk(TextGenerator gen) {
    return gen.joinedFrom(ATOMS, 30) + gen.scalarText(10) + gen.joinedFrom(ATOMS, 30);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.i18n.TextGenerator#seeds")
  void givesFiguresInsideTheTextInOrderForAnyInput(long seed) {
    TextGenerator.forAll(
        seed,
        gen -> List.of(gen.oneOf(IcuWriter.LANGUAGES), junk(gen), junk(gen)),
        input -> input.get(0) + " " + TextGenerator.literal(input.get(1)),
        input -> {
          LanguageTag language = LanguageTag.parse(input.get(0));
          String text = input.get(1);
          List<Figure> figures = Figures.extract(text, language);
          int previousEnd = 0;
          for (Figure figure : figures) {
            assertEquals(text.substring(figure.start(), figure.end()), figure.text());
            assertTrue(figure.start() >= previousEnd, "figures overlap: " + figures);
            previousEnd = figure.end();
          }
          FigureCheck check = Figures.compare(figures, input.get(2), language);
          assertEquals(figures.size(), check.findings().size());
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        ".",
        ",",
        "٫",
        "٬",
        "\u2212",
        "-",
        "%",
        "٪",
        "\u200F\u200E",
        "\uD800",
        "\uDC00x",
        "1,2,3",
        ",,,1,,,",
        "1..2",
        "1.,2",
        "v2.0.1",
        "١٫٢٫٣",
        "1e10",
        "NaN",
        "--5",
        "\u2212\u22125",
        "+994 12 345 67 89",
        "2020–2026",
        "1 2 3 4 5 6",
        "0,000",
        "00000000000000000000000001"
      })
  void neverThrowsOnOddInputInAnyLanguage(String text) {
    for (String language : IcuWriter.LANGUAGES) {
      LanguageTag tag = LanguageTag.parse(language);
      List<Figure> figures = Figures.extract(text, tag);
      Figures.compare(figures, text, tag);
      Figures.compare(figures, "", tag);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1,2,", "9", "a", "1\u00A0", "4,3 млрд ", "3 марта 2026 ", "\u200F", "мае "})
  void readsLongRepetitionInBoundedTime(String piece) {
    // Long enough that anything quadratic would take minutes.
    String text = piece.repeat(100_000 / piece.length());
    LanguageTag russian = LanguageTag.parse("ru");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          List<Figure> figures = Figures.extract(text, russian);
          Figures.compare(figures.subList(0, Math.min(figures.size(), 100)), text, russian);
        });
  }
}
