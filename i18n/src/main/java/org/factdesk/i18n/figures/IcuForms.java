package org.factdesk.i18n.figures;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words taken from strings ICU formats: format a number in every plural form the language has, then
 * keep what is not the number ("5 миллионов" → "миллионов").
 */
final class IcuForms {

  /** A word ICU wrote next to a number, and that number. */
  record Form(String words, BigDecimal number) {}

  private IcuForms() {}

  /**
   * Numbers that bring out every plural form: 1, 2, 5, 1.5 and one small integer sample of each
   * plural category of the language (Russian 21 is "one", Arabic 11 is "many").
   */
  static List<BigDecimal> pluralSamples(ULocale locale) {
    Set<BigDecimal> samples = new LinkedHashSet<>();
    for (String n : List.of("1", "2", "5", "1.5")) {
      samples.add(new BigDecimal(n));
    }
    PluralRules rules = PluralRules.forLocale(locale);
    for (String keyword : rules.getKeywords()) {
      rules.getSamples(keyword).stream()
          .filter(s -> s > 0 && s < 100 && s == Math.rint(s))
          .findFirst()
          .ifPresent(s -> samples.add(BigDecimal.valueOf(s.longValue())));
    }
    return List.copyOf(samples);
  }

  /**
   * The words around the single number in {@code formatted}, read with {@code separators}; null
   * when there is not exactly one number or nothing else.
   */
  static Form split(String formatted, Separators separators) {
    List<NumberToken> numbers = NumberScanner.scan(formatted, separators);
    if (numbers.size() != 1) {
      return null;
    }
    NumberToken number = numbers.get(0);
    String words =
        Chars.visible(
            formatted.substring(0, number.start()) + " " + formatted.substring(number.end()));
    return words.isEmpty() ? null : new Form(words, number.value());
  }
}
