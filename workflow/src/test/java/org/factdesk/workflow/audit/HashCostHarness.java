package org.factdesk.workflow.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What hashing costs per audit event (BENCHMARKS.md, "Audit hash chains"): the canonical form and
 * SHA-256 of typical events, after warm-up, single-threaded. Not a test: run it by hand with
 * {@code mvn -o -q test-compile -pl workflow -am && java -cp workflow/target/classes:workflow/target/test-classes
 * org.factdesk.workflow.audit.HashCostHarness}.
 */
public final class HashCostHarness {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private HashCostHarness() {}

  public static void main(String[] args) {
    OffsetDateTime at = OffsetDateTime.of(2026, 12, 3, 13, 0, 0, 123_456_000, ZoneOffset.UTC);
    // A transition (short), a claim resolution (mid) and a revision with a Hebrew note (long), as the archive holds them.
    String[][] kinds = {
      {"article.transitioned", "passReview", "{\"state\":\"IN_REVIEW\"}", "{\"state\":\"FACT_CHECK\",\"revision\":3}",
          "moving on"},
      {"claim.resolved", "claim:48211", "{\"status\":\"IN_PROGRESS\",\"verdict\":null,\"assignee\":\"fc040\"}",
          "{\"status\":\"RESOLVED\",\"verdict\":\"MOSTLY_TRUE\",\"rationale\":\"The ministry's 2025 report gives"
              + " 1.05 million tonnes; the article rounds up.\",\"assignee\":\"fc040\"}", null},
      {"article.revised", "revision:7", "{\"revision\":6,\"sha256\":\"" + "ab".repeat(32) + "\"}",
          "{\"revision\":7,\"sha256\":\"" + "cd".repeat(32) + "\",\"blocks\":12}",
          "\u05ea\u05d9\u05e7\u05d5\u05df \u05e9\u05dc \u05d4\u05e0\u05ea\u05d5\u05df \u05d1\u05e4\u05e1\u05e7\u05d4 3"
              + " \u2067(1.2 million tonnes)\u2069 after the fact-check"},
    };
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    String previous = AuditChain.GENESIS;
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
      long t0 = System.nanoTime();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < rounds; i++) {
        String[] k = kinds[i % kinds.length];
        Map<String, Object> m = AuditChain.members(i, 10_000L + i % 97, "ed017", at.plusNanos(i * 1000L), k[0], k[1],
            k[2], k[3], k[4], previous);
        previous = AuditChain.hash(m);
      }
      long ns = System.nanoTime() - t0;
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      if (pass == 1) {
        // CPU time says what hashing costs on a busy machine too; wall time only on a quiet one.
        System.out.printf("%,d events hashed in %.2f s wall, %.2f s CPU: %.2f µs wall, %.2f µs CPU per event"
            + " (last hash %s)%n", rounds, ns / 1e9, cpu / 1e9, ns / 1e3 / rounds, cpu / 1e3 / rounds, previous);
      }
    }
  }
}
