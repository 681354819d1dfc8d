package org.factdesk.server.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One analyzer for every language: ICU's tokenizer (UAX #29 words, with dictionaries for scripts
 * written without spaces: Thai, Lao, Khmer, Myanmar, Chinese, Japanese) and folding (NFKC, case
 * folding, diacritics removed: {@link FoldingFilter}). So {@code объёма} = {@code объема}, {@code نموًا} =
 * {@code نموا}, Hebrew with niqqud = without, {@code Şuşa} = {@code susa}; but {@code Ə} only
 * lower-cases to {@code ə}, a letter of its own, so {@code Ələt} is found by {@code ələt}, not {@code elet}.
 * No stemming: one analyzer cannot stem Russian, Arabic and Azerbaijani at once, and exact word
 * forms keep figures and names precise.
 */
public final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new ICUTokenizer(new WordBreaks());
    return new TokenStreamComponents(words, new FoldingFilter(words));
  }

  /** Prefix and wildcard terms are folded the same way (the query parser asks for this). */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldingFilter(in);
  }

  /** The terms {@code text} is indexed as, for tests and the decision record. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("any", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
