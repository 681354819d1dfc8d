package org.factdesk.i18n.figures;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers written out in words, recognised by ICU's spell-out rules for the language: every
 * cardinal, ordinal and numbering rule set, so Russian cases and genders ("трёх", "третьего") come
 * from ICU rather than from endings we guess. Words must match whole; other inflections are not
 * recognised.
 */
final class SpelledNumbers {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);
  private static final int MAX_FRACTION_DIGITS = 3;

  // Never used directly: RuleBasedNumberFormat is not thread-safe, each call clones it.
  private final RuleBasedNumberFormat prototype;
  private final List<String> ruleSets;

  SpelledNumbers(ULocale locale) {
    prototype = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
    ruleSets =
        Arrays.stream(prototype.getRuleSetNames())
            .filter(
                name ->
                    name.startsWith("%spellout-cardinal")
                        || name.startsWith("%spellout-ordinal")
                        || name.startsWith("%spellout-numbering"))
            .toList();
  }

  /**
   * Whether {@code value} stands spelled out in a text given as {@link #wordsOf} it. Values of 10¹⁵
   * and more, or with more than three decimals, are never found.
   */
  boolean writtenOut(BigDecimal value, String textWords) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.abs().compareTo(LARGEST) >= 0 || plain.scale() > MAX_FRACTION_DIGITS) {
      return false;
    }
    RuleBasedNumberFormat format = (RuleBasedNumberFormat) prototype.clone();
    for (String ruleSet : ruleSets) {
      String spelled =
          plain.scale() <= 0
              ? format.format(plain.longValueExact(), ruleSet)
              : format.format(plain.doubleValue(), ruleSet);
      String words = wordsOf(spelled);
      if (!words.isBlank() && textWords.contains(words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #wordsOf} the text outside {@code figures}, so that "מיליארד" in "10 מיליארד" does not
   * count as one billion written out.
   */
  static String wordsOutside(String text, List<Figure> figures) {
    StringBuilder rest = new StringBuilder(text);
    for (Figure figure : figures) {
      for (int i = figure.start(); i < figure.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    return wordsOf(rest.toString());
  }

  /**
   * The words of {@code text} case-folded, separated and surrounded by single spaces, so that
   * {@code contains(" три ")} finds a whole word; digits and punctuation count as spaces.
   */
  static String wordsOf(String text) {
    String folded = NFKC_CASEFOLD.normalize(text);
    StringBuilder words = new StringBuilder(folded.length() + 2).append(' ');
    folded
        .codePoints()
        .forEach(
            cp -> {
              if (Chars.isWordPart(cp)) {
                words.appendCodePoint(cp);
              } else if (words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
              }
            });
    if (words.charAt(words.length() - 1) != ' ') {
      words.append(' ');
    }
    return words.toString();
  }
}
