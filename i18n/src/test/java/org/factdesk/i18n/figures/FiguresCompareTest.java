package org.factdesk.i18n.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.figures.Finding.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresCompareTest {

  private static FigureCheck check(
      String sourceLanguage, String source, String target, String targetLanguage) {
    List<Figure> figures = Figures.extract(source, LanguageTag.parse(sourceLanguage));
    return Figures.compare(figures, target, LanguageTag.parse(targetLanguage));
  }

  /** Each finding as "source text OUTCOME [found texts]", joined by "; ". */
  private static String outcomes(FigureCheck check) {
    return check.findings().stream()
        .map(
            f ->
                f.expected().text()
                    + " "
                    + f.outcome()
                    + (f.found().isEmpty()
                        ? ""
                        : " " + f.found().stream().map(Figure::text).toList()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0} → {2}: {3}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          en | 4.3 billion manat          | ru | 4,3 млрд манатов
          en | 4.3 billion                | ru | 4 300 000 000
          en | 4.3 billion                | ru | 4,3 миллиарда
          en | 4.3 billion                | az | 4,3 milyard
          en | 4.3 billion                | hi | 430 करोड़
          en | 60 percent                 | ru | 60%
          en | 60 percent                 | fa | ٪۶۰
          en | 60 percent                 | ar | ٦٠٪
          en | 60%                        | az | 60 faiz
          en | 1,250 people in 2026       | ar | ١٬٢٥٠ شخصًا في عام ٢٠٢٦
          en | 1,250 people in 2026       | fa | ۱٬۲۵۰ نفر در سال ۲۰۲۶
          en | 1,250 people in 2026       | hi | २०२६ में १,२५० लोग
          en | 4.3 percent                | ru | 4,3 процента
          en | 4.3 percent                | az | 4.3 faiz
          en | 3 March 2026               | ru | 3 марта 2026 года
          en | 3 March 2026               | az | 3 mart 2026-cı il
          en | 3 March 2026               | he | 3 במרץ 2026
          en | 3 March 2026               | ar | 3 آذار 2026
          en | 3 March 2026               | fa | ۳ مارس ۲۰۲۶
          en | 3 March 2026               | hi | 3 मार्च 2026
          en | 3 March 2026               | ka | 3 მარტი, 2026
          en | in March 2026              | az | 2026-cı ilin martında
          en | in March 2026              | ka | 2026 წლის მარტში
          en | in May 2026                | ru | в мае 2026 года
          en | between 2020 and 2026      | ru | в 2020–2026 годах
          en | 2 and 2                    | ru | 2 и 2
          """)
  void acceptsTheSameValuesInAnyDigitsSeparatorsAndWords(
      String sourceLanguage, String source, String targetLanguage, String target) {
    FigureCheck check = check(sourceLanguage, source, target, targetLanguage);
    assertFalse(check.blocking(), outcomes(check));
    assertTrue(
        check.findings().stream().allMatch(f -> f.outcome() == Outcome.MATCHED), outcomes(check));
  }

  @ParameterizedTest(name = "{0} → {2}: {3}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          en | 4.3 billion         | ru | 4,7 млрд           | 4.3 billion MISMATCH [4,7 млрд]
          en | 4.3 billion         | ru | 4,3 млн            | 4.3 billion MISMATCH [4,3 млн]
          en | in 2026             | az | 2025-ci ildə       | 2026 MISMATCH [2025]
          en | 60 percent          | fa | ٪۶۵                | 60 percent MISMATCH [٪۶۵]
          en | 3 March 2026        | ru | 3 апреля 2026 года | 3 MATCHED [3]; March MISMATCH [апреля]; 2026 MATCHED [2026]
          en | 3 March 2026        | he | 3 במרץ 2025        | 3 MATCHED [3]; March MATCHED [במרץ]; 2026 MISMATCH [2025]
          en | 3 March 2026        | ru | 4 марта 2026 года  | 3 MISMATCH [4]; March MATCHED [марта]; 2026 MATCHED [2026]
          en | 2 and 2             | ru | 2 и 3              | 2 MATCHED [2]; 2 MISMATCH [3]
          en | 1,200 people        | ru | 1,200 человек      | 1,200 MISMATCH [1,200]
          en | 1 billion           | he | 10 מיליארד         | 1 billion MISMATCH [10 מיליארד]
          en | 4.3 billion         | ru | много денег        | 4.3 billion MISSING
          en | in March 2026       | ru | в 2026 году        | March MISSING; 2026 MATCHED [2026]
          """)
  void blocksChangedAndMissingFigures(
      String sourceLanguage, String source, String targetLanguage, String target, String expected) {
    FigureCheck check = check(sourceLanguage, source, target, targetLanguage);
    assertTrue(check.blocking());
    assertEquals(expected, outcomes(check));
  }

  @ParameterizedTest(name = "{0} → {2}: {3}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          en | 3 ministers         | en | three ministers       | 3 WRITTEN_OUT
          en | 3 ministers         | ru | три министра          | 3 WRITTEN_OUT
          en | 3 ministers         | az | üç nazir              | 3 WRITTEN_OUT
          en | 3 ministers         | ar | ثلاثة وزراء           | 3 WRITTEN_OUT
          en | 21 people           | ru | двадцать один человек | 21 WRITTEN_OUT
          en | 3 million people    | ru | три миллиона человек  | 3 million WRITTEN_OUT
          en | on 3 March          | ru | третьего марта        | 3 WRITTEN_OUT; March MATCHED [марта]
          en | 3 ministers         | ru | трое министров        | 3 CANNOT_TELL
          en | 3 ministers         | he | ושלושה שרים           | 3 CANNOT_TELL
          """)
  void letsWrittenOutNumbersThrough(
      String sourceLanguage, String source, String targetLanguage, String target, String expected) {
    FigureCheck check = check(sourceLanguage, source, target, targetLanguage);
    assertFalse(check.blocking());
    assertEquals(expected, outcomes(check));
  }

  @Test
  void reportsEveryLeftoverWithTheSameKindFirst() {
    FigureCheck check = check("en", "in 2026, 5 people", "в 2025 году 6 человек", "ru");
    assertEquals("2026 MISMATCH [2025, 6]; 5 MISMATCH [6, 2025]", outcomes(check));
  }

  @Test
  void aSourceWithoutFiguresNeverBlocks() {
    FigureCheck check = Figures.compare(List.of(), "4,3 млрд", LanguageTag.parse("ru"));
    assertTrue(check.findings().isEmpty());
    assertFalse(check.blocking());
  }

  @Test
  void onlyMismatchAndMissingBlock() {
    for (Outcome outcome : Outcome.values()) {
      assertEquals(
          outcome == Outcome.MISMATCH || outcome == Outcome.MISSING,
          outcome.blocking(),
          outcome.name());
    }
  }
}
