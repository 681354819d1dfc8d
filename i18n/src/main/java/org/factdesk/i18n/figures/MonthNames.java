package org.factdesk.i18n.figures;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gregorian month names of a language from ICU's {@link DateFormatSymbols}: wide and abbreviated,
 * in format and standalone contexts ("марта", "март", "мар."), for the regional variants ICU has in
 * the same script where the language is the region's main one (so Levantine "آذار" joins "مارس").
 * Persian gets the Gregorian names ("مارس"), not the Solar Hijri ones its default calendar uses.
 *
 * <p>Stems for inflected forms (see {@link WordTable} for how far they reach): each wide form, the
 * form less its last letter (Georgian "მარტ" from "მარტი", for "მარტში"), and where the format and
 * standalone forms differ their common start (Russian "ма" from "мая" and "май", for "в мае 2026").
 * Prefixes come from ICU's date patterns (Hebrew "d בMMMM y").
 */
final class MonthNames {

  private static final int[] CONTEXTS = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
  private static final int[] STYLES = {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM};
  // "მარტ" from "მარტი" for "მარტში", but "Ma" from "May" would catch "Max".
  private static final int MIN_LESS_LAST = 3;
  private static final List<ULocale> AVAILABLE = Arrays.asList(ULocale.getAvailableLocales());

  private MonthNames() {}

  static WordTable<Integer> of(ULocale locale) {
    WordTable.Builder<Integer> months = new WordTable.Builder<>();
    Set<List<String>> seen = new HashSet<>();
    addNames(months, locale, seen);
    String script = ULocale.addLikelySubtags(locale).getScript();
    AVAILABLE.stream()
        .filter(v -> v.getLanguage().equals(locale.getLanguage()))
        .filter(v -> ULocale.addLikelySubtags(v).getScript().equals(script))
        .filter(MonthNames::mainLanguageOfRegion)
        .forEach(variant -> addNames(months, variant, seen));
    for (int style : STYLES) {
      DateFormat format = DateFormat.getDateInstance(new GregorianCalendar(locale), style, locale);
      if (format instanceof SimpleDateFormat simple) {
        prefixesBeforeMonths(simple.toPattern()).forEach(months::addPrefix);
      }
    }
    return months.build();
  }

  // Most variants repeat their parent's names; seen skips a month whose names were added.
  private static void addNames(
      WordTable.Builder<Integer> months, ULocale locale, Set<List<String>> seen) {
    DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, locale);
    for (int month = 1; month <= 12; month++) {
      List<String> wide = new ArrayList<>();
      List<String> abbreviated = new ArrayList<>();
      for (int context : CONTEXTS) {
        wide.add(symbols.getMonths(context, DateFormatSymbols.WIDE)[month - 1]);
        abbreviated.add(symbols.getMonths(context, DateFormatSymbols.ABBREVIATED)[month - 1]);
      }
      List<String> names = new ArrayList<>(wide);
      names.addAll(abbreviated);
      names.add(String.valueOf(month));
      if (!seen.add(names)) {
        continue;
      }
      for (String form : abbreviated) {
        months.add(form, month);
      }
      for (String form : wide) {
        months.addInflected(form, month);
        String lessLast =
            form.substring(
                0, form.length() - Character.charCount(form.codePointBefore(form.length())));
        if (lessLast.codePointCount(0, lessLast.length()) >= MIN_LESS_LAST) {
          months.addStem(lessLast, month);
        }
      }
      // Format and standalone forms differ where months inflect: their common start is a stem.
      String common = commonStart(wide.get(0), wide.get(1));
      if (!wide.get(0).equals(wide.get(1))) {
        months.addStemNextToNumber(common, month);
      }
    }
  }

  // ar-SY, en-GB, not en-IN: where ICU's likely subtags make the language the region's own.
  private static boolean mainLanguageOfRegion(ULocale variant) {
    String region = variant.getCountry();
    return region.isEmpty()
        || ULocale.addLikelySubtags(new ULocale("und_" + region))
            .getLanguage()
            .equals(variant.getLanguage());
  }

  private static String commonStart(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(0, i);
  }

  /** Letters glued before a month field (M or L, three or more) in a date pattern. */
  static List<String> prefixesBeforeMonths(String pattern) {
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      boolean monthField =
          (c == 'M' || c == 'L') && pattern.startsWith(String.valueOf(c).repeat(3), i);
      if (!monthField || (i > 0 && pattern.charAt(i - 1) == c)) {
        continue;
      }
      int start = i;
      while (start > 0
          && Chars.isWordPart(pattern.codePointBefore(start))
          && pattern.codePointBefore(start) > 0x7F) {
        start -= Character.charCount(pattern.codePointBefore(start));
      }
      if (start < i) {
        prefixes.add(pattern.substring(start, i));
      }
    }
    return prefixes;
  }
}
