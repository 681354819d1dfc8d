package org.factdesk.server.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of bin/reliability: {@code multi}, {@code kill}, {@code pg-restart} or {@code fuzz},
 * with {@code --short} for the CI version and {@code --seed N} to repeat a run. Exits 1 when a check
 * fails, after printing every failure.
 */
public final class Reliability {
  private Reliability() {}

  /** What a scenario is given: where things are, how long to run, the seed. */
  record Setup(Path root, Path workDir, String pgServer, int[] ports, boolean quick, long seed) {
    Liberty instance(int i, String dbUrl) {
      return new Liberty(root, workDir, ports[i], dbUrl);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: bin/reliability multi|kill|pg-restart|fuzz|notify-kill|serve [--short] [--seed N]");
      System.exit(2);
    }
    boolean quick = false;
    long seed = System.currentTimeMillis();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--short" -> quick = true;
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    String[] portText = env("FD_REL_PORTS", "9185 9285").trim().split("\\s+");
    int[] ports = new int[portText.length];
    for (int i = 0; i < ports.length; i++) {
      ports[i] = Integer.parseInt(portText[i]);
    }
    Setup setup = new Setup(Path.of(System.getProperty("factdesk.root", ".")).toAbsolutePath().normalize(),
        Path.of(env("FD_REL_DIR", "/tmp/fd-rel")), env("FD_REL_PG", "jdbc:postgresql://127.0.0.1:5432/"), ports, quick,
        seed);
    Log.info("scenario %s, %s run, seed %d (repeat with --seed %d)", args[0], quick ? "short" : "full", seed, seed);
    List<String> failures = new ArrayList<>();
    try {
      switch (args[0]) {
        case "multi" -> new MultiInstanceRun(setup).run(failures);
        case "kill" -> new KillRun(setup).run(failures);
        case "pg-restart" -> new PgRestartRun(setup).run(failures);
        case "fuzz" -> new FuzzRun(setup).run(failures);
        case "search" -> new SearchRun(setup).run(failures);
        case "notify-kill" -> new NotifyKillRun(setup).run(failures);
        default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
      }
    } catch (Exception e) {
      // Client threads may still be running: end the JVM rather than wait for them.
      e.printStackTrace();
      Log.info("ERROR %s (seed %d): the run could not complete", args[0], seed);
      System.exit(2);
    }
    if (failures.isEmpty()) {
      Log.info("PASS %s (seed %d)", args[0], seed);
      System.exit(0);
    }
    Log.info("FAIL %s (seed %d): %d failures", args[0], seed, failures.size());
    failures.stream().limit(100).forEach(f -> System.out.println("  - " + f));
    System.exit(1);
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
