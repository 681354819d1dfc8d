package org.factdesk.i18n.figures;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Matches source figures with target figures as multisets: each target figure is used once, months
 * only match months, other kinds match by value alone (60% = "60 процентов" = "60"). What is left
 * unmatched is judged by {@link Finding.Outcome}'s order: written out, small enough to be written
 * out in a form ICU does not produce, changed (the target has leftover figures), or missing.
 */
final class FigureMatching {

  /** Integers up to this may be written out in words ("three", "трое") we cannot recognise. */
  private static final BigDecimal SMALL = BigDecimal.valueOf(100);

  private record Key(boolean month, BigDecimal value) {

    static Key of(Figure figure) {
      return new Key(figure.kind() == FigureKind.MONTH, figure.value().stripTrailingZeros());
    }
  }

  private FigureMatching() {}

  static FigureCheck check(List<Figure> source, List<Figure> target, Predicate<Figure> writtenOut) {
    Map<Key, Deque<Figure>> pool = new HashMap<>();
    target.forEach(t -> pool.computeIfAbsent(Key.of(t), k -> new ArrayDeque<>()).add(t));
    List<Figure> matches = new ArrayList<>(source.size());
    Set<Figure> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Figure expected : source) {
      Deque<Figure> same = pool.get(Key.of(expected));
      Figure match = same == null ? null : same.poll();
      matches.add(match);
      if (match != null) {
        used.add(match);
      }
    }
    List<Figure> leftover = target.stream().filter(t -> !used.contains(t)).toList();
    List<Finding> findings = new ArrayList<>(source.size());
    for (int i = 0; i < source.size(); i++) {
      Figure expected = source.get(i);
      Figure match = matches.get(i);
      findings.add(
          match != null
              ? new Finding(expected, Finding.Outcome.MATCHED, List.of(match))
              : unmatched(expected, leftover, writtenOut));
    }
    return new FigureCheck(findings);
  }

  private static Finding unmatched(
      Figure expected, List<Figure> leftover, Predicate<Figure> writtenOut) {
    boolean month = expected.kind() == FigureKind.MONTH;
    if (!month && writtenOut.test(expected)) {
      return new Finding(expected, Finding.Outcome.WRITTEN_OUT, List.of());
    }
    // Same kind first: a year most likely became the leftover year.
    List<Figure> candidates =
        leftover.stream()
            .filter(t -> (t.kind() == FigureKind.MONTH) == month)
            .sorted(Comparator.comparing(t -> t.kind() != expected.kind()))
            .toList();
    if (!candidates.isEmpty()) {
      return new Finding(expected, Finding.Outcome.MISMATCH, candidates);
    }
    if (couldBeWrittenOut(expected)) {
      return new Finding(expected, Finding.Outcome.CANNOT_TELL, List.of());
    }
    return new Finding(expected, Finding.Outcome.MISSING, List.of());
  }

  // A small whole number that is not a year or month: style guides spell these out.
  private static boolean couldBeWrittenOut(Figure figure) {
    BigDecimal value = figure.value();
    return (figure.kind() == FigureKind.NUMBER || figure.kind() == FigureKind.PERCENT)
        && value.signum() >= 0
        && value.compareTo(SMALL) <= 0
        && value.stripTrailingZeros().scale() <= 0;
  }
}
