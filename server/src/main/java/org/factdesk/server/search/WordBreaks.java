package org.factdesk.server.search;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerConfig;

/**
 * ICU's own word breaks (UAX #29 with its dictionaries for Thai, Lao, Khmer, Myanmar, Chinese and
 * Japanese) for every script. Lucene's default configuration cannot be used: its compiled rules
 * ({@code Default.brk}) are in ICU 74's binary format, and the server runs ICU 79 (i18n's figures
 * need it), which refuses them. The root word iterator is what Lucene uses for Chinese and Japanese
 * anyway; for other scripts it differs from Lucene's rules only in emoji sequences.
 */
final class WordBreaks extends ICUTokenizerConfig {
  private static final RuleBasedBreakIterator WORDS =
      (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);

  @Override
  public RuleBasedBreakIterator getBreakIterator(int script) {
    return (RuleBasedBreakIterator) WORDS.clone();
  }

  @Override
  public String getType(int script, int ruleStatus) {
    if (ruleStatus >= RuleBasedBreakIterator.WORD_IDEO && ruleStatus < RuleBasedBreakIterator.WORD_IDEO_LIMIT) {
      return script == UScript.HIRAGANA ? "<HIRAGANA>" : script == UScript.KATAKANA ? "<KATAKANA>" : "<IDEOGRAPHIC>";
    }
    if (ruleStatus >= RuleBasedBreakIterator.WORD_NUMBER && ruleStatus < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
      return "<NUM>";
    }
    return "<ALPHANUM>";
  }

  /** Chinese and Japanese runs are segmented together, as words, by the dictionary. */
  @Override
  public boolean combineCJ() {
    return true;
  }
}
