package org.factdesk.i18n.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the separators between digit groups mean, decided in this order:
 *
 * <ol>
 *   <li>U+066B (Arabic decimal separator) is a decimal point, U+066C and spaces always group;
 *   <li>with two kinds of "." and ",", the last one is the decimal point ("1,234.5", "1.234,5");
 *   <li>a "." or "," that occurs more than once groups ("1,200,000", "1.200.000");
 *   <li>a single "." or ",": the language's decimal separator for that digit script is a decimal
 *       point ("4,3" in ru is 4.3); its grouping separator groups when exactly three digits follow
 *       ("1.200" in az is 1200, but "4.3" in az is 4.3); a separator the language does not use is
 *       read the international way: "." is a decimal point, "," groups three digits ("4.3" typed in
 *       ru is 4.3, "1,200" in ru is 1.2 by rule 4 since "," is ru's decimal separator).
 * </ol>
 *
 * Groups must then be western (1–3 digits, then threes) or Indian (1–2, twos, then three), all with
 * one separator. Anything else ("1,2,3", "v2.0.1", "03.03.2026") is not one number: the caller
 * reads each digit group on its own.
 */
final class SeparatorRules {

  private static final int ARABIC_DECIMAL = 0x066B;
  private static final int ARABIC_GROUPING = 0x066C;
  private static final int NONE = -1;
  private static final int INVALID = -2;

  private SeparatorRules() {}

  /**
   * The value of {@code groups} (ASCII digit strings) joined by {@code separators} (one fewer), or
   * null when they do not form one number.
   */
  static BigDecimal value(
      List<String> groups, List<Integer> separators, Separators.Symbols symbols) {
    int count = separators.size();
    if (count == 0) {
      return new BigDecimal(groups.get(0));
    }
    int decimalAt = decimalPosition(groups, separators, symbols);
    if (decimalAt == INVALID) {
      return null;
    }
    int integerGroups = decimalAt == NONE ? count + 1 : count;
    if (!validGrouping(
        groups.subList(0, integerGroups), separators.subList(0, integerGroups - 1))) {
      return null;
    }
    String integer = String.join("", groups.subList(0, integerGroups));
    return decimalAt == NONE
        ? new BigDecimal(integer)
        : new BigDecimal(integer + "." + groups.get(count));
  }

  // Only the last separator can be a decimal point: its index, NONE or INVALID.
  private static int decimalPosition(
      List<String> groups, List<Integer> separators, Separators.Symbols symbols) {
    int count = separators.size();
    int last = separators.get(count - 1);
    long arabicDecimals = separators.stream().filter(s -> s == ARABIC_DECIMAL).count();
    if (arabicDecimals > 0) {
      return arabicDecimals == 1 && last == ARABIC_DECIMAL ? count - 1 : INVALID;
    }
    if (last == ARABIC_GROUPING || Chars.isGroupingSpace(last)) {
      return NONE;
    }
    if (separators.subList(0, count - 1).contains(last)) {
      return NONE;
    }
    if (count > 1) {
      return count - 1;
    }
    return singleIsDecimal(last, groups.get(1).length(), symbols) ? 0 : NONE;
  }

  private static boolean singleIsDecimal(
      int separator, int digitsAfter, Separators.Symbols symbols) {
    if (separator == symbols.decimal()) {
      return true;
    }
    if (separator == symbols.grouping()) {
      return digitsAfter != 3;
    }
    return separator == '.' || digitsAfter != 3;
  }

  private static boolean validGrouping(List<String> groups, List<Integer> separators) {
    if (separators.isEmpty()) {
      return true;
    }
    int kind = groupingKind(separators.get(0));
    if (separators.stream().anyMatch(s -> groupingKind(s) != kind)) {
      return false;
    }
    int first = groups.get(0).length();
    List<String> rest = groups.subList(1, groups.size());
    boolean western = first <= 3 && rest.stream().allMatch(g -> g.length() == 3);
    boolean indian =
        first <= 2
            && rest.get(rest.size() - 1).length() == 3
            && rest.subList(0, rest.size() - 1).stream().allMatch(g -> g.length() == 2);
    return western || indian;
  }

  // All kinds of grouping space count as one separator.
  private static int groupingKind(int separator) {
    return Chars.isGroupingSpace(separator) ? ' ' : separator;
  }
}
