package org.factdesk.server.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL restarted under load. The harness runs a private cluster of its own (never the shared
 * one): an instance serves reads and writes on it, the cluster is stopped for a while and started
 * again. While it is down every answer must be a 503 problem+json with Retry-After (never a 500, never
 * a hang), readiness must say DOWN; afterwards requests must succeed again without restarting the
 * server, and no connection may be left idle in a transaction.
 */
final class PgRestartRun {
  private final Reliability.Setup setup;
  private final Tally tally = new Tally();
  private final AtomicLong sequence = new AtomicLong();
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private final List<String[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> articles = Collections.synchronizedList(new ArrayList<>());
  private volatile String phase = "before";
  /** The longest step (read, or read and write) per phase, in ms. */
  private final Map<String, Long> slowest = new java.util.concurrent.ConcurrentHashMap<>();
  private final int pgPort = Integer.parseInt(Reliability.env("FD_REL_PRIVATE_PG_PORT", "5544"));
  private final Path pgDir;

  PgRestartRun(Reliability.Setup setup) {
    this.setup = setup;
    this.pgDir = setup.workDir().resolve("pg");
  }

  void run(List<String> failures) throws Exception {
    ensureCluster();
    Database db = new Database("jdbc:postgresql://127.0.0.1:" + pgPort + "/", "fd_rel_pgrestart_" + ProcessHandle.current().pid()).create();
    Liberty server = setup.instance(0, db.url);
    try {
      server.create();
      server.start();
      for (int i = 0; i < 4; i++) {
        articles.add(MultiInstanceRun.staffedDraft(server.http, "Restart " + i, null));
      }
      int threads = setup.quick() ? 4 : 8;
      // Longer than EclipseLink's retry of reads outside a transaction, so that the 503s show.
      int downSeconds = setup.quick() ? 20 : 30;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long[] stopAt = {Long.MAX_VALUE};
      for (int t = 0; t < threads; t++) {
        Random random = new Random(setup.seed() * 13 + t);
        pool.submit(() -> {
          while (System.nanoTime() < stopAt[0]) {
            try {
              step(server.http, random);
            } catch (RuntimeException e) {
              unexpected.add("client error: " + e);
            }
          }
        });
      }
      Thread.sleep(5000);
      phase = "stopping";
      pg("stop", "-m", "fast");
      phase = "down";
      Thread.sleep(1000);
      Http.Reply ready = server.http.get(null, "/health/ready");
      if (ready.status() != 503) {
        failures.add("readiness while the database is down: " + ready);
      }
      Thread.sleep(downSeconds * 1000L);
      phase = "starting";
      pg("start");
      phase = "after";
      long back = System.nanoTime();
      long recovered = -1;
      while (System.nanoTime() - back < TimeUnit.SECONDS.toNanos(60)) {
        if (server.http.get("editor", "articles/" + articles.get(0)).status() == 200) {
          recovered = System.nanoTime();
          break;
        }
        Thread.sleep(100);
      }
      if (recovered < 0) {
        failures.add("no successful request within 60 s of PostgreSQL being back");
      } else {
        Log.info("first successful request %.2f s after PostgreSQL was back", (recovered - back) / 1e9);
      }
      Thread.sleep(5000);
      stopAt[0] = System.nanoTime();
      pool.shutdown();
      pool.awaitTermination(120, TimeUnit.SECONDS);
      tally.print("load across a PostgreSQL restart (" + threads + " clients, down " + downSeconds + " s)");
      Log.info("slowest step per phase (ms): %s", slowest);
      if (tally.where(x -> x == 503) == 0) {
        failures.add("no 503 while the database was down");
      }
      Http.Reply readyAfter = server.http.get(null, "/health/ready");
      if (readyAfter.status() != 200) {
        failures.add("readiness after the restart: " + readyAfter);
      }
      failures.addAll(unexpected.stream().limit(30).toList());
      for (String[] w : acknowledged) {
        if (db.count("SELECT count(*) FROM revision_block WHERE body = 'Edit " + w[1] + ".'") != 1) {
          failures.add("acknowledged revision " + w[1] + " of article " + w[0] + " is missing");
        }
      }
      long stuck = db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND state LIKE 'idle in transaction%'");
      long connections = db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()");
      Log.info("%d acknowledged revisions present; %d connections to the database, %d idle in transaction",
          acknowledged.size(), connections, stuck);
      if (stuck != 0) {
        failures.add(stuck + " connections idle in transaction after the restart");
      }
    } finally {
      MultiInstanceRun.stopQuietly(server);
      db.drop();
    }
  }

  private void step(Http h, Random random) {
    String at = phase;
    long t0 = System.nanoTime();
    try {
      attempt(h, random, at);
    } finally {
      slowest.merge(at, (System.nanoTime() - t0) / 1_000_000, Math::max);
    }
  }

  private void attempt(Http h, Random random, String at) {
    long id = articles.get(random.nextInt(articles.size()));
    if (random.nextInt(3) == 0) {
      check(at, "read", h.get("editor", "articles/" + id), 200);
      return;
    }
    Http.Reply read = h.get("editor", "articles/" + id);
    check(at, "read", read, 200);
    if (read.status() == 200) {
      String marker = "p" + sequence.incrementAndGet() + "x";
      Http.Reply r = h.post(random.nextBoolean() ? "editor" : "reviewer", "articles/" + id + "/revisions",
          Http.json(Map.of("text", MultiInstanceRun.TEXT + "\n\nEdit " + marker + ".", "note", marker)), "If-Match", read.etag());
      check(at, "revise", r, 201);
      if (r.status() == 201) {
        acknowledged.add(new String[] {String.valueOf(id), marker});
      }
    } else {
      sleepQuietly(50);
    }
  }

  private void check(String at, String operation, Http.Reply r, int success) {
    tally.add(operation + " while " + at, r.status());
    if (r.status() == 503) {
      if (!r.isProblem() || r.header("Retry-After") == null) {
        unexpected.add(operation + " while " + at + ": 503 without problem+json and Retry-After: " + r.headers());
      }
    } else if (r.status() != success && r.status() != 412) {
      unexpected.add(operation + " while " + at + " answered " + r);
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A cluster in FD_REL_DIR/pg owned by postgres (PostgreSQL refuses to run as root), started if needed. */
  private void ensureCluster() throws IOException, InterruptedException {
    Path data = pgDir.resolve("data");
    if (!Files.exists(data.resolve("PG_VERSION"))) {
      Files.createDirectories(pgDir);
      command("chown", "-R", "postgres", pgDir.toString());
      asPostgres(bin("initdb"), "-D", data.toString(), "-U", "postgres", "--auth=trust");
    }
    if (asPostgresStatus(bin("pg_ctl"), "-D", data.toString(), "status") != 0) {
      pg("start");
    }
  }

  private void pg(String action, String... extra) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(bin("pg_ctl"), "-D", pgDir.resolve("data").toString(), "-w", "-l",
        pgDir.resolve("log").toString()));
    if (action.equals("start")) {
      args.addAll(List.of("-o", "-p " + pgPort + " -k " + pgDir + " -c listen_addresses=127.0.0.1"));
    }
    args.add(action);
    args.addAll(List.of(extra));
    long t0 = System.nanoTime();
    asPostgres(args.toArray(String[]::new));
    Log.info("private PostgreSQL on port %d: %s took %.1f s", pgPort, action, (System.nanoTime() - t0) / 1e9);
  }

  private static String bin(String tool) throws IOException {
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.sorted().reduce((a, b) -> b).orElseThrow().resolve("bin").resolve(tool).toString();
    }
  }

  private static void asPostgres(String... args) throws IOException, InterruptedException {
    int rc = asPostgresStatus(args);
    if (rc != 0) {
      throw new IllegalStateException(String.join(" ", args) + " exited with " + rc);
    }
  }

  private static int asPostgresStatus(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).inheritIO().redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
  }

  private static void command(String... args) throws IOException, InterruptedException {
    new ProcessBuilder(args).inheritIO().start().waitFor();
  }
}
