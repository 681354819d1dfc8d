package org.factdesk.server.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Case and diacritic folding with ICU 79's own data: NFKC with case folding, then every nonspacing
 * mark that Unicode calls a diacritic is dropped (the accent, not the letter), and digits of every
 * script become ASCII digits ({@code ٦٠} = {@code 60}). Lucene's
 * {@code ICUFoldingFilter} would do nearly the same (UTR #30) but ships its table in ICU 74's binary
 * format, which ICU 79 refuses.
 */
final class FoldingFilter extends TokenFilter {
  private static final Normalizer2 CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
  private static final Normalizer2 COMPOSE = Normalizer2.getNFCInstance();
  // Thai tone marks and kana voicing marks tell words apart: kept.
  private static final UnicodeSet DIACRITICS =
      new UnicodeSet("[[[:Diacritic:]&[:Mn:]]-[\\u0E00-\\u0E7F\\u3099\\u309A]]").freeze();
  private static final UnicodeSet OTHER_DIGITS = new UnicodeSet("[[:Nd:]-[0-9]]").freeze();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String before = term.toString();
    String after = fold(before);
    if (!after.equals(before)) {
      term.setEmpty().append(after);
    }
    return true;
  }

  static String fold(String text) {
    String decomposed = DECOMPOSE.normalize(CASE_FOLD.normalize(text));
    if (DIACRITICS.containsNone(decomposed) && OTHER_DIGITS.containsNone(decomposed)) {
      return COMPOSE.normalize(decomposed);
    }
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> !DIACRITICS.contains(c))
        .map(c -> OTHER_DIGITS.contains(c) ? '0' + UCharacter.digit(c, 10) : c)
        .forEach(kept::appendCodePoint);
    return COMPOSE.normalize(kept);
  }
}
