package org.factdesk.i18n.figures;

import static org.factdesk.i18n.figures.Finding.Outcome.MATCHED;
import static org.factdesk.i18n.figures.Finding.Outcome.MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties over ICU's own formatting: whatever ICU writes for a language, in any of its
 * digit systems, reads back as the same figures, and compares as equal across languages, while a
 * changed value always blocks. A failure names the seed, the case and the texts.
 */
class FiguresPropertiesTest {

  /** A quantity written in one language, and in another with the same or a changed value. */
  private record Pair(
      Quantity quantity,
      String sourceLanguage,
      String source,
      String targetLanguage,
      String target) {

    @Override
    public String toString() {
      return quantity
          + " "
          + sourceLanguage
          + " "
          + TextGenerator.literal(source)
          + " → "
          + targetLanguage
          + " "
          + TextGenerator.literal(target);
    }
  }

  /** Each language with one of the fixed seeds: 200 cases a language keep the run short. */
  static Stream<Arguments> languagesAndSeeds() {
    long[] seeds = TextGenerator.seeds().toArray();
    return IntStream.range(0, IcuWriter.LANGUAGES.size())
        .mapToObj(i -> Arguments.of(IcuWriter.LANGUAGES.get(i), seeds[i % seeds.length]));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("languagesAndSeeds")
  void readsBackWhatIcuWrites(String language, long seed) {
    TextGenerator.forAll(
        seed,
        gen -> {
          Quantity quantity = Quantity.random(gen);
          return new Pair(quantity, language, write(gen, language, quantity), language, "");
        },
        Pair::toString,
        pair -> {
          List<Figure> figures = Figures.extract(pair.source(), LanguageTag.parse(language));
          assertEquals(pair.quantity().expected(), Quantity.describe(figures));
          FigureKind kind = pair.quantity().kind();
          if (kind != null) {
            assertEquals(kind, figures.get(0).kind());
          }
        });
  }

  @ParameterizedTest(name = "into {0}, seed {1}")
  @MethodSource("languagesAndSeeds")
  void matchesTheSameValuesFromAnyLanguage(String targetLanguage, long seed) {
    TextGenerator.forAll(
        seed,
        gen -> translated(gen, targetLanguage, false),
        Pair::toString,
        pair -> {
          FigureCheck check = compare(pair);
          assertFalse(check.blocking(), check.toString());
          assertTrue(
              check.findings().stream().allMatch(f -> f.outcome() == MATCHED), check.toString());
        });
  }

  @ParameterizedTest(name = "into {0}, seed {1}")
  @MethodSource("languagesAndSeeds")
  void blocksEveryChangedValue(String targetLanguage, long seed) {
    TextGenerator.forAll(
        seed,
        gen -> translated(gen, targetLanguage, true),
        Pair::toString,
        pair -> {
          FigureCheck check = compare(pair);
          assertTrue(check.blocking(), check.toString());
          assertTrue(
              check.findings().stream().anyMatch(f -> f.outcome() == MISMATCH), check.toString());
        });
  }

  // A random quantity written in a random language, and in targetLanguage, changed or not.
  private static Pair translated(TextGenerator gen, String targetLanguage, boolean change) {
    Quantity quantity = Quantity.random(gen);
    String sourceLanguage = gen.oneOf(IcuWriter.LANGUAGES);
    String source = write(gen, sourceLanguage, quantity);
    String target = write(gen, targetLanguage, change ? quantity.changed(gen) : quantity);
    return new Pair(quantity, sourceLanguage, source, targetLanguage, target);
  }

  private static FigureCheck compare(Pair pair) {
    List<Figure> source = Figures.extract(pair.source(), LanguageTag.parse(pair.sourceLanguage()));
    return Figures.compare(source, pair.target(), LanguageTag.parse(pair.targetLanguage()));
  }

  private static String write(TextGenerator gen, String language, Quantity quantity) {
    ULocale locale = gen.oneOf(IcuWriter.digitVariants(language));
    return IcuWriter.write(gen, language, locale, quantity);
  }
}
