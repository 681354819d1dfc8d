package org.factdesk.i18n.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresExtractTest {

  /** Figures as "KIND value" joined by "; ", values in plain notation without trailing zeros. */
  static String describe(List<Figure> figures) {
    return figures.stream()
        .map(f -> f.kind() + " " + f.value().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining("; "));
  }

  static String extracted(String language, String text) {
    return describe(Figures.extract(text, LanguageTag.parse(language)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          # Scale words, percent signs and words, months: all from ICU's data for the language.
          en | 4.3 billion manat             | NUMBER 4300000000
          en | 4.3 million                   | NUMBER 4300000
          en | 1,200 people                  | NUMBER 1200
          en | 1,234,567.89                  | NUMBER 1234567.89
          en | 1,00,000 rupees               | NUMBER 100000
          en | 5K views                      | NUMBER 5000
          en | a 100m race                   | NUMBER 100
          en | on 3 March 2026               | NUMBER 3; MONTH 3; YEAR 2026
          en | March 3, 2026                 | MONTH 3; NUMBER 3; YEAR 2026
          en | Mar 3, 2026                   | MONTH 3; NUMBER 3; YEAR 2026
          en | they may 2 times march 5 km   | NUMBER 2; NUMBER 5
          en | in May 2026                   | MONTH 5; YEAR 2026
          en | a 1500-page report            | YEAR 1500
          en | 2,026 votes                   | NUMBER 2026
          en-GB | £4.3bn, £100m              | NUMBER 4300000000; NUMBER 100000000
          ru | 4,3 млрд манатов              | NUMBER 4300000000
          ru | 4.3 млрд. манатов             | NUMBER 4300000000
          ru | 9,1 млн человек               | NUMBER 9100000
          ru | 5 миллионами                  | NUMBER 5000000
          ru | 2 тысячи                      | NUMBER 2000
          ru | 3 марта 2026 года             | NUMBER 3; MONTH 3; YEAR 2026
          ru | 3 мар. 2026 г.                | NUMBER 3; MONTH 3; YEAR 2026
          ru | в мае 2026 года               | MONTH 5; YEAR 2026
          ru | в июне 2026 года              | MONTH 6; YEAR 2026
          az | 1,2 milyon manat              | NUMBER 1200000
          az | 4,3 mlrd manat                | NUMBER 4300000000
          az | 1.200 nəfər                   | NUMBER 1200
          az | 4.3 faiz                      | PERCENT 4.3
          az | 3 mart 2026                   | NUMBER 3; MONTH 3; YEAR 2026
          az | 2026-cı ilin 3 martında       | YEAR 2026; NUMBER 3; MONTH 3
          he | 4.3 מיליארד שקל               | NUMBER 4300000000
          he | 2 מיליון                      | NUMBER 2000000
          he | 60% מהציבור                   | PERCENT 60
          he | 3 במרץ 2026                   | NUMBER 3; MONTH 3; YEAR 2026
          he | ב-2026                        | YEAR 2026
          ar | ٤٫٣ مليار دولار               | NUMBER 4300000000
          ar | 5 ملايين                      | NUMBER 5000000
          ar | ٦٠٪                           | PERCENT 60
          ar | ٪٦٠                           | PERCENT 60
          ar | 60 بالمائة                    | PERCENT 60
          ar | ١٬٢٠٠ شخص                     | NUMBER 1200
          ar | 3 مارس 2026                   | NUMBER 3; MONTH 3; YEAR 2026
          ar | 5 آذار 2026                   | NUMBER 5; MONTH 3; YEAR 2026
          fa | ۴٫۳ میلیارد                   | NUMBER 4300000000
          fa | ۲ میلیون                      | NUMBER 2000000
          fa | 4.3 میلیارد                   | NUMBER 4300000000
          fa | ۱,۲۰۰ نفر                     | NUMBER 1200
          fa | ۴.۳ درصد                      | PERCENT 4.3
          fa | ٪۶۰                           | PERCENT 60
          fa | ۳ مارس ۲۰۲۶                   | NUMBER 3; MONTH 3; YEAR 2026
          hi | 1,00,000 लोग                  | NUMBER 100000
          hi | 1.5 लाख                       | NUMBER 150000
          hi | 4.3 करोड़                      | NUMBER 43000000
          hi | 2 लाख करोड़                    | NUMBER 2000000000000
          hi | १,२३,४५६.७                    | NUMBER 123456.7
          hi | 60 प्रतिशत                     | PERCENT 60
          hi | 3 मार्च 2026                   | NUMBER 3; MONTH 3; YEAR 2026
          ka | 4,3 მილიარდი                  | NUMBER 4300000000
          ka | 3 მარტს 2026                  | NUMBER 3; MONTH 3; YEAR 2026
          ka | 8\u00A0ათ. ზრდა                | NUMBER 8000
          hi | 9.9\u00A0क॰ विकास              | NUMBER 99000000
          he | 400K\u200F דוח                 | NUMBER 400000
          # Ambiguous separators: the language's own symbols first, then "." as a decimal point and
          # "," grouping three digits (see SeparatorRules).
          ru | 4,3                          | NUMBER 4.3
          ru | 4.3                          | NUMBER 4.3
          ru | 1,200                        | NUMBER 1.2
          ru | 1.200                        | NUMBER 1.2
          ru | 1,234.5                      | NUMBER 1234.5
          az | 4,3                          | NUMBER 4.3
          az | 4.3                          | NUMBER 4.3
          az | 1.200                        | NUMBER 1200
          az | 1.234.567,8                  | NUMBER 1234567.8
          en | 1,200                        | NUMBER 1200
          en | 1,5                          | NUMBER 1.5
          en | 1.200                        | NUMBER 1.2
          en | 1.234,5                      | NUMBER 1234.5
          fa | ۴٫۳                          | NUMBER 4.3
          fa | ۱٬۲۰۰                        | NUMBER 1200
          fa | ۴.۳                          | NUMBER 4.3
          fa | ۴,۳                          | NUMBER 4.3
          fa | 1,200                        | NUMBER 1200
          ar | 1.5                          | NUMBER 1.5
          ar | ١٫٥                          | NUMBER 1.5
          hi | 12,34,567                    | NUMBER 1234567
          # No-break spaces group digits in any language, plain spaces only where the language
          # groups with a space, and never in a run of spaced digits like a phone number.
          ru | 1\u00A0200 человек           | NUMBER 1200
          ru | 1\u202F200 человек           | NUMBER 1200
          ru | 1 200 человек                | NUMBER 1200
          ka | 1 234 567,5                  | NUMBER 1234567.5
          en | 1\u00A0200 people            | NUMBER 1200
          en | 1 200 people                 | NUMBER 1; NUMBER 200
          ru | в 2020 100 человек           | YEAR 2020; NUMBER 100
          # Digits of every script ICU knows: Arabic-Indic, Persian, Devanagari, Bengali, fullwidth.
          ar | ١٬٢٥٠                        | NUMBER 1250
          fa | ۱٬۲۵۰                        | NUMBER 1250
          hi | १,२५०                        | NUMBER 1250
          en | ১,২৫০                        | NUMBER 1250
          en | \uFF11,\uFF12\uFF15\uFF10     | NUMBER 1250
          # Signs, ranges, lists, versions, dates in digits and phone numbers.
          en | \u22125 and -7 degrees       | NUMBER -5; NUMBER -7
          fa | \u200E\u22125                | NUMBER -5
          en | (-3)                         | NUMBER -3
          en | 2020–2026                    | YEAR 2020; YEAR 2026
          en | 2020-2026                    | YEAR 2020; YEAR 2026
          en | 2020 - 2026                  | YEAR 2020; YEAR 2026
          en | COVID-19                     | NUMBER 19
          en | 1,2,3                        | NUMBER 1; NUMBER 2; NUMBER 3
          en | v2.0.1                       | NUMBER 2; NUMBER 0; NUMBER 1
          ru | 12.03.2026                   | NUMBER 12; NUMBER 3; YEAR 2026
          ru | +994 12 345 67 89            | NUMBER 994; NUMBER 12; NUMBER 345; NUMBER 67; NUMBER 89
          ru | тел. 12 345 67 89            | NUMBER 12; NUMBER 345; NUMBER 67; NUMBER 89
          """)
  void readsEachFigureAsWritten(String language, String text, String expected) {
    assertEquals(expected, extracted(language, text));
  }

  @Test
  void givesOffsetsIntoTheText() {
    String text = "Бюджет: 4,3\u00A0млрд манатов (60 %).";
    List<Figure> figures = Figures.extract(text, LanguageTag.parse("ru"));
    assertEquals(2, figures.size());
    Figure budget = figures.get(0);
    assertEquals("4,3\u00A0млрд", budget.text());
    assertEquals(budget.text(), text.substring(budget.start(), budget.end()));
    assertEquals("60 %", figures.get(1).text());
    assertEquals(FigureKind.PERCENT, figures.get(1).kind());
  }

  @Test
  void findsNothingWhereThereIsNothing() {
    assertEquals("", extracted("en", ""));
    assertEquals("", extracted("en", "no figures here, just March"));
    assertEquals("", extracted("ar", "٫٬ ٪ . , − -"));
    assertEquals("", extracted("en", "9".repeat(NumberScanner.MAX_DIGITS + 1)));
  }
}
