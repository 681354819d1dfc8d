package org.factdesk.i18n.figures;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/** How the figure readers see characters: digits, word parts, spaces, marks, lookup keys. */
final class Chars {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  private Chars() {}

  /** The value 0–9 of a decimal digit of any script ({@code Nd}), else -1. */
  static int digit(int cp) {
    return UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER
        ? UCharacter.digit(cp, 10)
        : -1;
  }

  /** The zero of the digit's script, which tells scripts apart; only for digits. */
  static int zeroOf(int cp) {
    return cp - digit(cp);
  }

  /** Letters, combining marks and the joiners Persian and Indic words carry inside. */
  static boolean isWordPart(int cp) {
    int type = UCharacter.getType(cp);
    return UCharacter.isLetter(cp)
        || type == UCharacterCategory.NON_SPACING_MARK
        || type == UCharacterCategory.COMBINING_SPACING_MARK
        || type == UCharacterCategory.ENCLOSING_MARK
        || cp == 0x200C
        || cp == 0x200D;
  }

  /** Invisible format characters (bidi marks, ALM) that ICU and editors put around numbers. */
  static boolean isFormat(int cp) {
    return UCharacter.getType(cp) == UCharacterCategory.FORMAT;
  }

  /** Whitespace or an invisible format character: what may stand between a number and a word. */
  static boolean isGap(int cp) {
    return UCharacter.isUWhiteSpace(cp) || (isFormat(cp) && cp != 0x200C && cp != 0x200D);
  }

  /** Space separators that can group digits: space, no-break, narrow no-break, thin, figure. */
  static boolean isGroupingSpace(int cp) {
    return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007;
  }

  /**
   * Marks that end abbreviations in ICU's data ("млрд.", "ינו׳", "क॰") and their typed stand-ins.
   */
  static boolean isAbbreviationMark(int cp) {
    return cp == '.' || cp == '\'' || cp == 0x2019 || cp == 0x05F3 || cp == 0x0970;
  }

  /** Minus signs: the ASCII hyphen-minus and U+2212, which ICU uses for fa and others. */
  static boolean isMinus(int cp) {
    return cp == '-' || cp == 0x2212;
  }

  /**
   * {@code s} without format characters (word joiners inside words are kept) and without whitespace
   * at either end, including the no-break spaces ICU puts before its words.
   */
  static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean space = UCharacter.isUWhiteSpace(cp);
      if ((space && sb.length() > 0) || (!space && !isGap(cp))) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    int end = sb.length();
    while (end > 0 && UCharacter.isUWhiteSpace(sb.charAt(end - 1))) {
      end--;
    }
    return sb.substring(0, end);
  }

  /**
   * The lookup key of a word or phrase: NFKC case-folded (which also drops default-ignorable
   * characters such as bidi marks and ZWNJ), without whitespace, so "per cent" = "percent" and
   * "هزار میلیارد" = "هزارمیلیارد".
   */
  static String key(String s) {
    String folded = NFKC_CASEFOLD.normalize(s);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (!UCharacter.isUWhiteSpace(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Whether the first letter of {@code s} is upper or title case. */
  static boolean startsCapitalised(String s) {
    return !s.isEmpty()
        && (UCharacter.isUUppercase(s.codePointAt(0)) || UCharacter.isTitleCase(s.codePointAt(0)));
  }
}
