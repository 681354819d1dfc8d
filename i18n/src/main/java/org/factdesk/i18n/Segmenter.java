package org.factdesk.i18n;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Sentence and word segmentation with ICU's locale-aware break iterators. */
public final class Segmenter {

  // English titles that precede a name; CLDR leaves them out of its suppressions ("Dr." is also
  // "Drive" at the end of a sentence) but in news copy they are nearly always titles.
  private static final List<String> ENGLISH_TITLES = List.of("Dr.", "Gen.", "Gov.", "Rep.", "Sen.");

  // Bounds the caches: tags come from requests and extensions make endless variants.
  private static final int MAX_CACHED = 256;

  // Prototypes are never iterated, only cloned: BreakIterator instances are not thread-safe.
  private static final Map<String, BreakIterator> SENTENCE = new ConcurrentHashMap<>();
  private static final Map<String, BreakIterator> WORD = new ConcurrentHashMap<>();

  private Segmenter() {}

  /**
   * The sentences of {@code text}, with trailing whitespace left out of each span and
   * whitespace-only pieces dropped. Abbreviations in CLDR's suppression list for the language (like
   * "Mr.") do not end a sentence.
   */
  public static List<TextSpan> sentences(String text, LanguageTag lang) {
    List<TextSpan> spans = new ArrayList<>();
    BreakIterator it = iterator(SENTENCE, lang, Segmenter::sentenceIterator);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int trimmed = end;
      while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      if (trimmed > start) {
        spans.add(new TextSpan(start, trimmed, text.substring(start, trimmed)));
      }
    }
    return spans;
  }

  /**
   * The word-like segments of {@code text}: words, numbers, ideographs; no spaces or punctuation.
   */
  public static List<TextSpan> words(String text, LanguageTag lang) {
    List<TextSpan> spans = new ArrayList<>();
    BreakIterator it = iterator(WORD, lang, BreakIterator::getWordInstance);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
        spans.add(new TextSpan(start, end, text.substring(start, end)));
      }
    }
    return spans;
  }

  /**
   * Every segment of the word break iterator, spaces and punctuation included, so that joining the
   * tokens gives back {@code text}. Meant for word-level diffs.
   */
  public static List<String> tokens(String text, LanguageTag lang) {
    List<String> tokens = new ArrayList<>();
    BreakIterator it = iterator(WORD, lang, BreakIterator::getWordInstance);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      tokens.add(text.substring(start, end));
    }
    return tokens;
  }

  private static BreakIterator iterator(
      Map<String, BreakIterator> cache, LanguageTag lang, Function<ULocale, BreakIterator> create) {
    Objects.requireNonNull(lang, "lang");
    BreakIterator prototype = cache.get(lang.value());
    if (prototype == null) {
      prototype = create.apply(lang.toULocale());
      if (cache.size() < MAX_CACHED) {
        cache.putIfAbsent(lang.value(), prototype);
      }
    }
    return (BreakIterator) prototype.clone();
  }

  // Equivalent to the "@ss=standard" locale keyword, plus the English titles above.
  private static BreakIterator sentenceIterator(ULocale locale) {
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
    if (locale.getLanguage().equals("en")) {
      ENGLISH_TITLES.forEach(builder::suppressBreakAfter);
    }
    return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
  }
}
