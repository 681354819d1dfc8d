package org.factdesk.workflow.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Seeded random article bodies for property-style tests in plain JUnit 5 (the same approach as the
 * i18n module's TextGenerator). A failure names its seed, case number and input, so it can be
 * replayed by rerunning that seed.
 */
final class SeededTexts {
  static final int CASES_PER_SEED = 100;

  private static final long[] SEEDS = {0x5EED_0001L, 20_250_314L, -4_217_977_211_349_151L, 42L, 0xFAC7_DE5CL};

  /** Invented newsroom vocabulary, one list per language, numbers included. */
  enum Language {
    EN("en", List.of("the", "mayor", "opened", "a", "bridge", "on", "Monday", "ferry", "harbour", "said", "council", "2025", "3.5")),
    RU("ru", List.of("мэр", "открыл", "новый", "мост", "в", "понедельник", "паром", "гавань", "сказал", "совет", "2025")),
    HE("he", List.of("ראש", "העיר", "פתח", "את", "הגשר", "ביום", "שני", "המעבורת", "בנמל", "אמר", "2025"));

    final String tag;
    final List<String> words;

    Language(String tag, List<String> words) {
      this.tag = tag;
      this.words = words;
    }
  }

  private static final List<String> GLUE = List.of(" ", " ", " ", " ", ", ", ". ", " — ", "; ", " (", ") ", ": ");
  private static final List<String> ENDS = List.of(".", ".", "!", "?", "", "…", "\"");

  static LongStream seeds() {
    return LongStream.of(SEEDS);
  }

  private final Random random;

  SeededTexts(long seed) {
    this.random = new Random(seed);
  }

  static <T> void forAll(long seed, Function<SeededTexts, T> generate, Consumer<? super T> check) {
    SeededTexts texts = new SeededTexts(seed);
    for (int i = 0; i < CASES_PER_SEED; i++) {
      T input = generate.apply(texts);
      try {
        check.accept(input);
      } catch (Throwable failure) {
        throw new AssertionError("failed for seed " + seed + "L, case " + i + ", input " + input, failure);
      }
    }
  }

  Language language() {
    return Language.values()[random.nextInt(Language.values().length)];
  }

  /** One to five non-empty paragraphs of one to twelve words. */
  List<String> body(Language language) {
    List<String> blocks = new ArrayList<>();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      blocks.add(paragraph(language));
    }
    return blocks;
  }

  String paragraph(Language language) {
    StringBuilder sb = new StringBuilder(word(language));
    int words = random.nextInt(12);
    for (int i = 0; i < words; i++) {
      sb.append(pick(GLUE)).append(word(language));
    }
    return sb.append(pick(ENDS)).toString();
  }

  /** An edit of {@code body}: a few words or whole paragraphs replaced, added or removed. */
  List<String> edit(List<String> body, Language language) {
    List<String> edited = new ArrayList<>(body);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int i = random.nextInt(edited.size());
      switch (random.nextInt(5)) {
        case 0 -> edited.set(i, replaceWord(edited.get(i), language));
        case 1 -> edited.set(i, edited.get(i) + " " + word(language));
        case 2 -> edited.add(i, paragraph(language));
        case 3 -> {
          if (edited.size() > 1) {
            edited.remove(i);
          }
        }
        default -> edited.set(i, paragraph(language));
      }
    }
    return edited;
  }

  private String replaceWord(String paragraph, Language language) {
    String[] words = paragraph.split(" ", -1);
    int i = random.nextInt(words.length);
    words[i] = word(language);
    return String.join(" ", words);
  }

  private String word(Language language) {
    return pick(language.words);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
