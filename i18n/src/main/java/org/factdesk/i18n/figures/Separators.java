package org.factdesk.i18n.figures;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decimal and grouping separators ICU gives one language for each digit script: Persian digits
 * in {@code fa} come with U+066B and U+066C, ASCII digits in {@code fa} with "." and ",", because
 * that is how ICU formats {@code fa} with {@code numbers=arabext} and {@code numbers=latn}.
 */
final class Separators {

  /** The separators for one digit script; {@code grouping} may be a space. */
  record Symbols(int decimal, int grouping) {

    boolean groupsWithSpace() {
      return Chars.isGroupingSpace(grouping);
    }
  }

  // Zero digit → ICU numbering system name, for every decimal numbering system ICU knows.
  private static final Map<Integer, String> SYSTEM_BY_ZERO = systemsByZero();

  private final ULocale locale;
  private final Map<Integer, Symbols> byZero = new ConcurrentHashMap<>();

  Separators(ULocale locale) {
    this.locale = locale;
  }

  /** The symbols for digits whose zero is {@code zero}. */
  Symbols forZero(int zero) {
    return byZero.computeIfAbsent(zero, this::load);
  }

  private Symbols load(int zero) {
    String system = SYSTEM_BY_ZERO.getOrDefault(zero, "latn");
    DecimalFormatSymbols symbols =
        DecimalFormatSymbols.getInstance(locale.setKeywordValue("numbers", system));
    return new Symbols(
        visible(symbols.getDecimalSeparatorString(), '.'),
        visible(symbols.getGroupingSeparatorString(), ','));
  }

  // The first visible character: ICU wraps some symbols in bidi marks.
  private static int visible(String symbol, int fallback) {
    return symbol.codePoints().filter(cp -> !Chars.isFormat(cp)).findFirst().orElse(fallback);
  }

  private static Map<Integer, String> systemsByZero() {
    Map<Integer, String> systems = new HashMap<>();
    for (String name : NumberingSystem.getAvailableNames()) {
      NumberingSystem system = NumberingSystem.getInstanceByName(name);
      if (system != null && !system.isAlgorithmic() && system.getRadix() == 10) {
        systems.putIfAbsent(system.getDescription().codePointAt(0), name);
      }
    }
    return Map.copyOf(systems);
  }
}
