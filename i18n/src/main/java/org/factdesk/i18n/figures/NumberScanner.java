package org.factdesk.i18n.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers in a text: runs of digits of one script joined by separators, read with {@link
 * SeparatorRules}. Linear in the text; a run of more than {@value #MAX_DIGITS} digits is no figure.
 */
final class NumberScanner {

  /** More digits than this are an identifier or noise, not a figure. */
  static final int MAX_DIGITS = 40;

  private final String text;
  private final Separators separators;

  private NumberScanner(String text, Separators separators) {
    this.text = text;
    this.separators = separators;
  }

  /** The numbers of {@code text} in order. */
  static List<NumberToken> scan(String text, Separators separators) {
    return new NumberScanner(text, separators).scan();
  }

  /** Digit groups and the separators between them, as found. */
  private record Run(
      List<String> groups,
      List<Integer> starts,
      List<Integer> separators,
      int end,
      boolean spaced) {

    int digits() {
      int digits = 0;
      for (String group : groups) {
        digits += group.length();
      }
      return digits;
    }
  }

  private List<NumberToken> scan() {
    List<NumberToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Chars.digit(cp) < 0) {
        i += Character.charCount(cp);
        continue;
      }
      Separators.Symbols symbols = separators.forZero(Chars.zeroOf(cp));
      Run run = read(i, symbols.groupsWithSpace());
      if (run.spaced() && inDigitSequence(i, run.end())) {
        run = read(i, false); // a phone number or list, not "1 200"
      }
      if (run.digits() <= MAX_DIGITS) {
        emit(run, symbols, tokens);
      }
      i = run.end();
    }
    return tokens;
  }

  private Run read(int start, boolean plainSpaceGroups) {
    int zero = Chars.zeroOf(text.codePointAt(start));
    List<String> groups = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> seps = new ArrayList<>();
    boolean spaced = false;
    int pos = start;
    while (true) {
      starts.add(pos);
      StringBuilder group = new StringBuilder();
      pos = readDigits(pos, zero, group);
      groups.add(group.toString());
      if (pos >= text.length() || groups.size() > MAX_DIGITS) {
        break;
      }
      int sep = text.codePointAt(pos);
      int next = pos + Character.charCount(sep);
      int after = readDigits(next, zero, new StringBuilder());
      if (!isSeparator(sep) || after == next) {
        break;
      }
      if (Chars.isGroupingSpace(sep)) {
        boolean groupBefore = groups.size() == 1 ? group.length() <= 3 : group.length() == 3;
        if ((sep == ' ' && !plainSpaceGroups) || !groupBefore || after - next != 3) {
          break;
        }
        spaced |= sep == ' ';
      }
      seps.add(sep);
      pos = next;
    }
    return new Run(groups, starts, seps, pos, spaced);
  }

  // Appends the ASCII digits of the run of digits with this zero at pos; returns where it ends.
  private int readDigits(int pos, int zero, StringBuilder digits) {
    while (pos < text.length()) {
      int cp = text.codePointAt(pos);
      if (Chars.digit(cp) < 0 || Chars.zeroOf(cp) != zero) {
        break;
      }
      digits.append((char) ('0' + Chars.digit(cp)));
      pos += Character.charCount(cp);
    }
    return pos;
  }

  private static boolean isSeparator(int cp) {
    return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C || Chars.isGroupingSpace(cp);
  }

  // Whether plain spaces also separate digits just before or after the run.
  private boolean inDigitSequence(int start, int end) {
    boolean before =
        start >= 2
            && text.charAt(start - 1) == ' '
            && Chars.digit(text.codePointBefore(start - 1)) >= 0;
    boolean after =
        end + 1 < text.length()
            && text.charAt(end) == ' '
            && Chars.digit(text.codePointAt(end + 1)) >= 0;
    boolean plus = start >= 1 && text.charAt(start - 1) == '+';
    return before || after || plus;
  }

  private void emit(Run run, Separators.Symbols symbols, List<NumberToken> tokens) {
    BigDecimal value = SeparatorRules.value(run.groups(), run.separators(), symbols);
    if (value != null) {
      int signAt = minusBefore(run.starts().get(0));
      boolean negative = signAt >= 0;
      tokens.add(
          new NumberToken(
              negative ? signAt : run.starts().get(0),
              run.end(),
              negative ? value.negate() : value,
              !negative && run.separators().isEmpty(),
              run.digits()));
      return;
    }
    for (int g = 0; g < run.groups().size(); g++) {
      String group = run.groups().get(g);
      int start = run.starts().get(g);
      int end = g + 1 < run.groups().size() ? run.starts().get(g + 1) - 1 : run.end();
      tokens.add(new NumberToken(start, end, new BigDecimal(group), true, group.length()));
    }
  }

  /**
   * The index of a minus sign that belongs to the number starting at {@code start}, or -1. A hyphen
   * after a letter or digit joins words or ranges ("COVID-19", "2020-2026"), so the sign must
   * follow the start, whitespace or an opening bracket, and not a number and a space.
   */
  private int minusBefore(int start) {
    int pos = start;
    while (pos > 0 && Chars.isFormat(text.codePointBefore(pos))) {
      pos -= Character.charCount(text.codePointBefore(pos));
    }
    if (pos == 0 || !Chars.isMinus(text.codePointBefore(pos))) {
      return -1;
    }
    int sign = pos - 1;
    int before = sign;
    while (before > 0 && Chars.isGap(text.codePointBefore(before))) {
      before -= Character.charCount(text.codePointBefore(before));
    }
    if (before == 0) {
      return sign;
    }
    int cp = text.codePointBefore(before);
    boolean spaced = before < sign;
    boolean opening = Character.getType(cp) == Character.START_PUNCTUATION;
    boolean freeStanding = spaced ? Chars.digit(cp) < 0 : opening;
    return freeStanding ? sign : -1;
  }
}
