package org.factdesk.i18n.figures;

import java.util.List;
import java.util.Objects;
import org.factdesk.i18n.LanguageTag;

/**
 * Finds the figures of a text and checks that a translation carries a source's figures.
 *
 * <p>Both methods accept any text and never throw for its content: an empty or huge text, lone
 * separators, lists like "1,2,3", versions, phone numbers, ranges. Work is linear in the text;
 * ICU's data for a language is loaded on first use and kept.
 */
public final class Figures {

  private Figures() {}

  /**
   * The figures of {@code text} (not null) in order: numbers in the digits of any script with the
   * language's separators (and the international ones, see {@link SeparatorRules}), scaled by a
   * following scale word, percentages, years, and month names in dates.
   */
  public static List<Figure> extract(String text, LanguageTag language) {
    Objects.requireNonNull(text, "text");
    return List.copyOf(FigureReader.read(text, Vocabulary.of(language), false));
  }

  /**
   * Looks for each of the {@code source} figures (found in the source claim's quote) in {@code
   * targetText}, the aligned translation block. Each target figure matches one source figure at
   * most. Values match whatever their kind ("60 percent" = "60%" = "60 процентов" = "60"), except
   * that months only match months. In the target a month name counts even without a number next to
   * it ("в марте" for "March 2026"), since only its presence is asked.
   *
   * @return one finding per source figure, in source order
   */
  public static FigureCheck compare(
      List<Figure> source, String targetText, LanguageTag targetLanguage) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(targetText, "targetText");
    Vocabulary vocabulary = Vocabulary.of(targetLanguage);
    List<Figure> target = FigureReader.read(targetText, vocabulary, true);
    String targetWords = SpelledNumbers.wordsOutside(targetText, target);
    return FigureMatching.check(
        source, target, f -> vocabulary.spelled().writtenOut(f.value(), targetWords));
  }
}
