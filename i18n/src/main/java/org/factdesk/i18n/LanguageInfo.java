package org.factdesk.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the UI needs to show and handle a language: names, script, direction and the CLDR plural
 * categories (in the order zero, one, two, few, many, other) that translations must provide.
 */
public record LanguageInfo(
    String tag,
    String englishName,
    String nativeName,
    String script,
    Direction direction,
    List<String> pluralCategories) {

  private static final List<String> CLDR_PLURAL_ORDER =
      List.of("zero", "one", "two", "few", "many", "other");

  private static final Set<ULocale> AVAILABLE =
      Set.copyOf(Arrays.asList(ULocale.getAvailableLocales()));

  public LanguageInfo {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(nativeName, "nativeName");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(direction, "direction");
    pluralCategories = List.copyOf(pluralCategories);
  }

  // Building the names costs ICU lookups on every translation summary; a newsroom uses a few dozen
  // tags. Bounded, since tags also arrive from requests.
  private static final int CACHE_LIMIT = 512;
  private static final Map<String, LanguageInfo> CACHE = new ConcurrentHashMap<>();

  /** Names come from ICU's CLDR display names, capitalised as for a language menu. */
  public static LanguageInfo of(LanguageTag tag) {
    LanguageInfo known = CACHE.get(tag.value());
    if (known != null) {
      return known;
    }
    LanguageInfo info = describe(tag);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(tag.value(), info);
    }
    return info;
  }

  private static LanguageInfo describe(LanguageTag tag) {
    ULocale locale = tag.toULocale();
    List<String> plurals =
        PluralRules.forLocale(locale).getKeywords().stream()
            .sorted(Comparator.comparingInt(LanguageInfo::pluralRank))
            .toList();
    return new LanguageInfo(
        tag.value(),
        displayName(locale, ULocale.ENGLISH),
        displayName(locale, withData(locale)),
        tag.script(),
        tag.direction(),
        plurals);
  }

  private static String displayName(ULocale locale, ULocale in) {
    return LocaleDisplayNames.getInstance(in, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
        .localeDisplayName(locale);
  }

  // ICU falls back to the JVM default locale for a locale without data (az-Arab would be named in
  // English); walk up to the nearest locale ICU has instead (az).
  private static ULocale withData(ULocale locale) {
    ULocale candidate = new ULocale(locale.getBaseName());
    while (!AVAILABLE.contains(candidate) && !candidate.getFallback().equals(ULocale.ROOT)) {
      candidate = candidate.getFallback();
    }
    return candidate;
  }

  private static int pluralRank(String keyword) {
    int rank = CLDR_PLURAL_ORDER.indexOf(keyword);
    return rank < 0 ? CLDR_PLURAL_ORDER.size() : rank;
  }
}
