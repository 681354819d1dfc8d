package org.factdesk.workflow.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Precision of the suggestions on hand-labelled opinion columns (test resources
 * suggestions-*.txt), per language. Precision@5 is what a fact-checker sees first; the numbers are
 * written to BENCHMARKS.md.
 */
class CheckWorthinessTest {
  static final int K = 5;
  static final double FLOOR_AT_K = 0.8;
  static final double FLOOR_AT_THRESHOLD = 0.75;
  /** The harder columns (claims without figures, opinion with figures and quotes) get lower floors. */
  static final double HARD_FLOOR_AT_K = 0.6;
  static final double HARD_FLOOR_AT_THRESHOLD = 0.6;

  record Measured(double precisionAtK, double precision, double recall, int suggested) {}

  static Measured measure(String fixture) throws IOException {
    String lang = fixture.substring(fixture.lastIndexOf('-') + 1);
    Map<String, Boolean> labels = new LinkedHashMap<>();
    try (InputStream in = CheckWorthinessTest.class.getResourceAsStream("suggestions-" + fixture + ".txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] parts = line.split("\t", 2);
        labels.put(parts[1].strip(), parts[0].equals("1"));
      }
    }
    String text = String.join(" ", labels.keySet());
    List<CheckWorthiness.Scored> ranked = CheckWorthiness.rank(text, LanguageTag.parse(lang));
    // Sentence splitting must agree with the fixture, or the measurement would be meaningless.
    List<String> sentences = org.factdesk.i18n.Segmenter.sentences(text, LanguageTag.parse(lang)).stream()
        .map(TextSpan::text).toList();
    assertEquals(List.copyOf(labels.keySet()), sentences, lang);
    long positives = labels.values().stream().filter(b -> b).count();
    long hitsAtK = ranked.stream().limit(K).filter(s -> labels.get(s.sentence().text())).count();
    long hits = ranked.stream().filter(s -> labels.get(s.sentence().text())).count();
    return new Measured((double) hitsAtK / Math.min(K, Math.max(1, ranked.size())),
        ranked.isEmpty() ? 0 : (double) hits / ranked.size(), (double) hits / positives, ranked.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hard-en", "hard-ru", "hard-az"})
  void suggestionsStayUsefulOnHarderColumns(String fixture) throws IOException {
    Measured m = measure(fixture);
    System.out.printf(Locale.ROOT, "check-worthiness %s: P@%d=%.2f precision=%.2f recall=%.2f suggested=%d%n", fixture,
        K, m.precisionAtK(), m.precision(), m.recall(), m.suggested());
    assertTrue(m.precisionAtK() >= HARD_FLOOR_AT_K, fixture + " P@" + K + " " + m.precisionAtK());
    assertTrue(m.precision() >= HARD_FLOOR_AT_THRESHOLD, fixture + " precision " + m.precision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "az", "he", "ar"})
  void suggestionsArePreciseOnLabelledColumns(String lang) throws IOException {
    Measured m = measure(lang);
    System.out.printf(Locale.ROOT, "check-worthiness %s: P@%d=%.2f precision=%.2f recall=%.2f suggested=%d%n", lang, K,
        m.precisionAtK(), m.precision(), m.recall(), m.suggested());
    assertTrue(m.suggested() >= K, lang + ": at least " + K + " suggestions");
    assertTrue(m.precisionAtK() >= FLOOR_AT_K, lang + " P@" + K + " " + m.precisionAtK());
    assertTrue(m.precision() >= FLOOR_AT_THRESHOLD, lang + " precision " + m.precision());
  }
}
