package org.factdesk.i18n.figures;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.CompactDecimalFormat.CompactStyle;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.List;

/**
 * Scale words ("billion", "млрд", "milyon", "מיליון", "مليار", "लाख", "करोड़") from ICU's compact
 * number formats: each power of ten from 10³ to 10¹⁵ times each plural sample is formatted in the
 * long and short styles, and the words around the number map to the power of ten they stand for
 * (Hindi "10 लाख" for 10⁶ makes "लाख" 10⁵).
 */
final class ScaleWords {

  private static final int SMALLEST = 3;
  private static final int LARGEST = 15;

  private ScaleWords() {}

  static WordTable<BigDecimal> of(ULocale locale, Separators separators) {
    WordTable.Builder<BigDecimal> words = new WordTable.Builder<>();
    List<BigDecimal> samples = IcuForms.pluralSamples(locale);
    for (CompactStyle style : CompactStyle.values()) {
      CompactDecimalFormat format = CompactDecimalFormat.getInstance(locale, style);
      for (int exponent = SMALLEST; exponent <= LARGEST; exponent++) {
        for (BigDecimal sample : samples) {
          BigDecimal value = sample.scaleByPowerOfTen(exponent);
          IcuForms.Form form = IcuForms.split(format.format(value), separators);
          BigDecimal scale = form == null ? null : scale(value, form.number());
          if (scale != null) {
            words.addInflected(form.words(), scale);
          }
        }
      }
    }
    return words.build();
  }

  // value / shown when that is a power of ten above one, else null (no compact form was used).
  private static BigDecimal scale(BigDecimal value, BigDecimal shown) {
    if (shown.signum() <= 0) {
      return null;
    }
    BigDecimal ratio;
    try {
      ratio = value.divide(shown).stripTrailingZeros();
    } catch (ArithmeticException inexact) {
      return null;
    }
    boolean powerOfTen =
        ratio.unscaledValue().equals(java.math.BigInteger.ONE) && ratio.scale() < 0;
    return powerOfTen ? ratio : null;
  }
}
