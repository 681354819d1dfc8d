package org.factdesk.i18n.figures;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.CompactDecimalFormat.CompactStyle;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextGenerator;

/**
 * Writes a {@link Quantity} the way ICU formats it for a language and digit system, between words
 * of that language, as a reporter or translator's software would. Formatters are made once each;
 * the tests run single-threaded.
 */
final class IcuWriter {

  /** The languages the newsroom publishes in and the property tests cover. */
  static final List<String> LANGUAGES = List.of("en", "ru", "az", "he", "ar", "fa", "hi", "ka");

  // A few ordinary words per language; none is a scale, percent or month word.
  private static final Map<String, List<String>> WORDS =
      Map.of(
          "en", List.of("report", "budget", "minister", "said", "growth", "region"),
          "ru", List.of("доклад", "бюджет", "министр", "сказал", "рост", "область"),
          "az", List.of("hesabat", "büdcə", "nazir", "dedi", "artım", "rayon"),
          "he", List.of("דוח", "תקציב", "השר", "אמר", "צמיחה", "אזור"),
          "ar", List.of("تقرير", "ميزانية", "وزير", "قال", "نمو", "منطقة"),
          "fa", List.of("گزارش", "بودجه", "وزیر", "گفت", "رشد", "منطقه"),
          "hi", List.of("रिपोर्ट", "बजट", "मंत्री", "कहा", "विकास", "क्षेत्र"),
          "ka", List.of("ანგარიში", "ბიუჯეტი", "მინისტრი", "თქვა", "ზრდა", "რეგიონი"));

  private static final Map<String, Object> FORMATTERS = new HashMap<>();

  private IcuWriter() {}

  /**
   * The language's locale with each digit system worth testing: its default, Latin, and its native
   * one where that differs (arab for ar, arabext for fa, deva for hi).
   */
  static List<ULocale> digitVariants(String language) {
    ULocale locale = LanguageTag.parse(language).toULocale();
    String native_ =
        NumberingSystem.getInstance(locale.setKeywordValue("numbers", "native")).getName();
    return List.of("default", "latn", native_).stream()
        .distinct()
        .map(n -> n.equals("default") ? locale : locale.setKeywordValue("numbers", n))
        .toList();
  }

  /** {@code quantity} formatted by ICU for {@code locale} and embedded between words. */
  static String write(TextGenerator gen, String language, ULocale locale, Quantity quantity) {
    List<String> words = WORDS.get(language);
    String before = gen.between(0, 3) == 0 ? "" : gen.oneOf(words) + " ";
    String after = gen.oneOf(List.of("", ".", ",", " " + gen.oneOf(words)));
    return before + format(gen, locale, quantity) + after;
  }

  private static String format(TextGenerator gen, ULocale locale, Quantity quantity) {
    return switch (quantity.shape()) {
      case INTEGER, DECIMAL, NEGATIVE ->
          numberFormat(Style.NUMBER, locale).format(quantity.number());
      case SCALED ->
          compact(locale, gen.oneOf(List.of(CompactStyle.values()))).format(quantity.value());
      case PERCENT ->
          numberFormat(Style.PERCENT, locale).format(quantity.number().movePointLeft(2));
      case PERCENT_WORDS ->
          units(locale).format(new Measure(quantity.number(), MeasureUnit.PERCENT));
      case YEAR -> numberFormat(Style.YEAR, locale).format(quantity.number());
      case DATE -> date(locale, quantity);
    };
  }

  private enum Style {
    NUMBER,
    PERCENT,
    YEAR
  }

  // Up to two decimals for numbers, one for percentages, years without grouping.
  private static NumberFormat numberFormat(Style style, ULocale locale) {
    return cached(
        style + " " + locale,
        () -> {
          NumberFormat format =
              style == Style.PERCENT
                  ? NumberFormat.getPercentInstance(locale)
                  : NumberFormat.getInstance(locale);
          format.setMaximumFractionDigits(style == Style.PERCENT ? 1 : 2);
          format.setGroupingUsed(style != Style.YEAR);
          return format;
        });
  }

  private static CompactDecimalFormat compact(ULocale locale, CompactStyle style) {
    return cached(style + " " + locale, () -> CompactDecimalFormat.getInstance(locale, style));
  }

  private static MeasureFormat units(ULocale locale) {
    return cached(
        "unit " + locale, () -> MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE));
  }

  private static String date(ULocale locale, Quantity quantity) {
    DateFormat format =
        cached(
            "date " + locale,
            () -> {
              DateFormat f =
                  DateFormat.getDateInstance(
                      new GregorianCalendar(locale), DateFormat.LONG, locale);
              f.setTimeZone(TimeZone.GMT_ZONE);
              return f;
            });
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
    calendar.clear();
    calendar.set(quantity.year(), quantity.month() - 1, quantity.day());
    return format.format(calendar.getTime());
  }

  @SuppressWarnings("unchecked")
  private static <T> T cached(String key, Supplier<T> create) {
    return (T) FORMATTERS.computeIfAbsent(key, k -> create.get());
  }
}
