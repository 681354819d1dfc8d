package org.factdesk.i18n.figures;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.MeasureFormat.FormatWidth;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Percent signs and words of a language, from ICU: the percent symbol for the language's default,
 * Latin and native digits ("%", "٪"), and the words of ICU's percent unit in every plural form
 * ("percent", "процентов", "faiz", "אחוז", "بالمائة", "درصد", "प्रतिशत").
 *
 * @param signs symbols without letters, which may stand before or after a number
 * @param words words, which follow a number
 */
record PercentMarks(List<String> signs, WordTable<Boolean> words) {

  static PercentMarks of(ULocale locale, Separators separators) {
    Set<String> signs = new LinkedHashSet<>();
    for (String digits : List.of("default", "latn", "native")) {
      ULocale withDigits =
          digits.equals("default") ? locale : locale.setKeywordValue("numbers", digits);
      addSign(signs, DecimalFormatSymbols.getInstance(withDigits).getPercentString());
    }
    WordTable.Builder<Boolean> words = new WordTable.Builder<>();
    for (FormatWidth width : List.of(FormatWidth.WIDE, FormatWidth.SHORT, FormatWidth.NARROW)) {
      MeasureFormat format = MeasureFormat.getInstance(locale, width);
      for (BigDecimal sample : IcuForms.pluralSamples(locale)) {
        IcuForms.Form form =
            IcuForms.split(format.format(new Measure(sample, MeasureUnit.PERCENT)), separators);
        if (form == null) {
          continue;
        }
        if (form.words().codePoints().anyMatch(Chars::isWordPart)) {
          words.addInflected(form.words(), Boolean.TRUE);
        } else {
          addSign(signs, form.words());
        }
      }
    }
    return new PercentMarks(List.copyOf(signs), words.build());
  }

  private static void addSign(Set<String> signs, String sign) {
    String visible = Chars.visible(sign);
    if (!visible.isEmpty()) {
      signs.add(visible);
    }
  }
}
