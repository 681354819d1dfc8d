package org.factdesk.server.reliability;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counts of answers by operation and status, printed at the end of a run. */
final class Tally {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void add(String operation, int status) {
    counts.computeIfAbsent(operation + " " + (status == 0 ? "no-answer" : String.valueOf(status)), k -> new LongAdder())
        .increment();
  }

  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  long count(String operation, int status) {
    LongAdder a = counts.get(operation + " " + status);
    return a == null ? 0 : a.sum();
  }

  /** Answers whose status satisfies the test, over all operations. */
  long where(java.util.function.IntPredicate status) {
    return counts.entrySet().stream()
        .filter(e -> {
          String s = e.getKey().substring(e.getKey().lastIndexOf(' ') + 1);
          return !s.equals("no-answer") && status.test(Integer.parseInt(s));
        })
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  void print(String title) {
    Log.info("%s: %d requests", title, total());
    new TreeMap<>(counts).forEach((k, v) -> System.out.printf("    %-40s %8d%n", k, v.sum()));
  }
}
