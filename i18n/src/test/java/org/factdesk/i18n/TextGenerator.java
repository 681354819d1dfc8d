package org.factdesk.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Seeded random inputs for the property-style tests of this module (this package and its
 * subpackages), in plain JUnit 5.
 *
 * <p>Each test runs {@link #CASES_PER_SEED} generated cases for every seed in {@link #seeds()}
 * (use {@code @MethodSource("org.factdesk.i18n.TextGenerator#seeds")}). A failing case is reported
 * with its seed, its case number and the input written as a Java string literal, so it can be
 * reproduced by rerunning that seed or pasted into an example-based test.
 *
 * <p>Like a property-testing library, the generator mixes in edge cases: range bounds, empty lists
 * and lists of the maximum size turn up far more often than uniform sampling would give them.
 */
public final class TextGenerator {

  /** Cases per seed; with the five seeds below every property sees 1000 inputs. */
  public static final int CASES_PER_SEED = 200;

  private static final long[] SEEDS = {
    0x5EED_0001L, 20_240_611L, -7_046_029_254_386_353_131L, 42L, 0xFAC7_DE5CL
  };

  /** The fixed seeds every generated test runs with. */
  public static LongStream seeds() {
    return LongStream.of(SEEDS);
  }

  private final Random random;

  public TextGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Generates {@link #CASES_PER_SEED} inputs from {@code seed} and checks each one; the first
   * failure (an assertion or any other exception) is rethrown with the seed, the case number and
   * the input described by {@code describe}.
   */
  public static <T> void forAll(
      long seed,
      Function<TextGenerator, T> generate,
      Function<? super T, String> describe,
      Consumer<? super T> check) {
    TextGenerator generator = new TextGenerator(seed);
    for (int i = 0; i < CASES_PER_SEED; i++) {
      T input = generate.apply(generator);
      try {
        check.accept(input);
      } catch (Throwable failure) {
        throw new AssertionError(
            "failed for seed "
                + seed
                + "L, case "
                + i
                + " of "
                + CASES_PER_SEED
                + ", input "
                + describe.apply(input)
                + ": "
                + failure,
            failure);
      }
    }
  }

  /** A uniformly chosen element of {@code items}. */
  public <T> T oneOf(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An int in {@code [min, max]}, with each bound given 1 time in 20. */
  public int between(int min, int max) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      return min;
    }
    if (roll == 1) {
      return max;
    }
    return min + random.nextInt(max - min + 1);
  }

  /** A list size in {@code [0, maxSize]}: empty and full 1 time in 10 each, otherwise uniform. */
  int size(int maxSize) {
    int roll = random.nextInt(10);
    if (roll == 0) {
      return 0;
    }
    if (roll == 1) {
      return maxSize;
    }
    return random.nextInt(maxSize + 1);
  }

  /** Up to {@code maxSize} elements of {@code items}, each chosen independently. */
  <T> List<T> listOf(List<T> items, int maxSize) {
    int size = size(maxSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(oneOf(items));
    }
    return list;
  }

  /** Up to {@code maxSize} elements of {@code items} concatenated. */
  public String joinedFrom(List<String> items, int maxSize) {
    return String.join("", listOf(items, maxSize));
  }

  /**
   * Up to {@code maxSize} code points: any Unicode scalar value from U+0020 up, with extra weight
   * on Latin, combining marks, Hebrew and Arabic, and Hangul jamo.
   */
  public String scalarText(int maxSize) {
    int size = size(maxSize);
    int[] codePoints = new int[size];
    for (int i = 0; i < size; i++) {
      codePoints[i] = weightedCodePoint();
    }
    return new String(codePoints, 0, size);
  }

  private int weightedCodePoint() {
    // Weights 3 : 3 : 2 : 1 : 2, out of 11.
    int roll = random.nextInt(11);
    if (roll < 3) {
      return between(0x20, 0x24F); // Basic Latin to Latin Extended-B
    }
    if (roll < 6) {
      return between(0x300, 0x36F); // combining diacritical marks
    }
    if (roll < 8) {
      return between(0x590, 0x6FF); // Hebrew and Arabic
    }
    if (roll < 9) {
      return between(0x1100, 0x11FF); // Hangul jamo
    }
    return anyScalarFromSpace();
  }

  /** Any scalar value from U+0020 to U+10FFFF; bounds and surrogate-gap edges mixed in. */
  private int anyScalarFromSpace() {
    if (random.nextInt(10) == 0) {
      return oneOf(List.of(0x20, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF));
    }
    int cp;
    do {
      cp = 0x20 + random.nextInt(0x10FFFF - 0x20 + 1);
    } while (cp >= 0xD800 && cp <= 0xDFFF);
    return cp;
  }

  /** {@code s} as a Java string literal, with everything outside printable ASCII escaped. */
  public static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.append('"').toString();
  }

  /** The elements of {@code strings} as Java string literals, in list notation. */
  static String literals(List<String> strings) {
    return strings.stream().map(TextGenerator::literal).toList().toString();
  }
}
