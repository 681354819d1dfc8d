package org.factdesk.i18n.figures;

import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.i18n.LanguageTag;

/**
 * Everything the figure readers know about one language, all derived from ICU and built once per
 * language tag: separators, scale words, percent marks, month names and spell-outs.
 */
final class Vocabulary {

  // Bounds the cache: tags come from requests and extensions make endless variants.
  private static final int MAX_CACHED = 256;
  private static final Map<String, Vocabulary> CACHE = new ConcurrentHashMap<>();

  private final Separators separators;
  private final WordTable<BigDecimal> scales;
  private final PercentMarks percent;
  private final WordTable<Integer> months;
  private final SpelledNumbers spelled;

  private Vocabulary(ULocale locale) {
    separators = new Separators(locale);
    scales = ScaleWords.of(locale, separators);
    percent = PercentMarks.of(locale, separators);
    months = MonthNames.of(locale);
    spelled = new SpelledNumbers(locale);
  }

  static Vocabulary of(LanguageTag language) {
    Objects.requireNonNull(language, "language");
    Vocabulary vocabulary = CACHE.get(language.value());
    if (vocabulary == null) {
      vocabulary = new Vocabulary(language.toULocale());
      if (CACHE.size() < MAX_CACHED) {
        CACHE.putIfAbsent(language.value(), vocabulary);
      }
    }
    return vocabulary;
  }

  Separators separators() {
    return separators;
  }

  WordTable<BigDecimal> scales() {
    return scales;
  }

  PercentMarks percent() {
    return percent;
  }

  WordTable<Integer> months() {
    return months;
  }

  SpelledNumbers spelled() {
    return spelled;
  }
}
