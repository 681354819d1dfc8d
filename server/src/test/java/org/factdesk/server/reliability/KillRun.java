package org.factdesk.server.reliability;

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
 * A write-heavy run (new articles and revisions) through two instances; one is killed with SIGKILL
 * in the middle and restarted. Every acknowledged write must be in the database, and nothing may be
 * half-applied: each article has its creation event, each revision its revised event, and no event
 * exists without its change. Requests that got no answer may have happened or not, but not halfway.
 */
final class KillRun {
  private final Reliability.Setup setup;
  private final Tally tally = new Tally();
  private final AtomicLong sequence = new AtomicLong();
  private final List<long[]> createdArticles = Collections.synchronizedList(new ArrayList<>());
  private final List<String[]> acknowledgedRevisions = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean victimDown;

  KillRun(Reliability.Setup setup) {
    this.setup = setup;
  }

  void run(List<String> failures) throws Exception {
    Database db = new Database(setup.pgServer(), "fd_rel_kill_" + ProcessHandle.current().pid()).create();
    Liberty victim = setup.instance(0, db.url);
    Liberty survivor = setup.instance(1, db.url);
    try {
      victim.create();
      survivor.create();
      victim.start();
      survivor.start();
      List<Liberty> instances = List.of(victim, survivor);
      int threads = setup.quick() ? 6 : 12;
      int before = setup.quick() ? 10 : 30;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long[] stopAt = {Long.MAX_VALUE};
      for (int t = 0; t < threads; t++) {
        Random random = new Random(setup.seed() * 17 + t);
        pool.submit(() -> {
          while (System.nanoTime() < stopAt[0]) {
            try {
              Liberty target = instances.get(random.nextInt(2));
              write(target, random);
            } catch (RuntimeException e) {
              unexpected.add("client error: " + e);
            }
          }
        });
      }
      Thread.sleep(before * 1000L);
      victimDown = true;
      victim.kill();
      long killedAt = System.nanoTime();
      Thread.sleep(3000);
      victim.start();
      victimDown = false;
      Log.info("%s back after %.1f s", victim.name, (System.nanoTime() - killedAt) / 1e9);
      Thread.sleep(before * 1000L / 2);
      stopAt[0] = System.nanoTime();
      pool.shutdown();
      pool.awaitTermination(120, TimeUnit.SECONDS);
      tally.print("write-heavy load with a SIGKILL (" + threads + " clients)");
      verify(db, failures);
      MultiInstanceRun.auditChainsHold(victim.http, failures);
    } finally {
      MultiInstanceRun.stopQuietly(victim);
      MultiInstanceRun.stopQuietly(survivor);
      db.drop();
    }
  }

  private void write(Liberty target, Random random) {
    Http h = target.http;
    String marker = "k" + sequence.incrementAndGet() + "x";
    if (createdArticles.isEmpty() || random.nextInt(4) == 0) {
      Http.Reply r = h.post("editor", "articles", Http.json(Map.of("title", "Kill run " + marker, "language", "en",
          "text", MultiInstanceRun.TEXT)));
      check(target, "create", r, 201);
      if (r.status() == 201) {
        createdArticles.add(new long[] {r.json().getJsonNumber("id").longValue()});
      }
    } else {
      long id = createdArticles.get(random.nextInt(createdArticles.size()))[0];
      Http.Reply read = h.get("editor", "articles/" + id);
      check(target, "read", read, 200);
      if (read.status() != 200) {
        return;
      }
      Http.Reply r = h.post("editor", "articles/" + id + "/revisions",
          Http.json(Map.of("text", MultiInstanceRun.TEXT + "\n\nEdit " + marker + ".", "note", marker)), "If-Match", read.etag());
      check(target, "revise", r, 201);
      if (r.status() == 201) {
        acknowledgedRevisions.add(new String[] {String.valueOf(id), marker});
      }
    }
  }

  private void check(Liberty target, String operation, Http.Reply r, int success) {
    tally.add(operation + (target.port == setup.ports()[0] ? " (killed instance)" : " (other instance)"), r.status());
    boolean acceptable = r.status() == success || r.status() == 412
        // The instance being killed or restarting may not answer at all, or answer 404 before the app is up.
        || target.port == setup.ports()[0] && (r.status() == 0 || victimDown && r.status() == 404);
    if (!acceptable) {
      unexpected.add(operation + " on " + target.name + " answered " + r);
    }
  }

  private void verify(Database db, List<String> failures) throws Exception {
    failures.addAll(unexpected.stream().limit(30).toList());
    for (long[] a : createdArticles) {
      if (db.count("SELECT count(*) FROM article WHERE id = " + a[0]) != 1) {
        failures.add("acknowledged article " + a[0] + " is missing");
      }
    }
    for (String[] r : acknowledgedRevisions) {
      long found = db.count("SELECT count(*) FROM revision x JOIN revision_block b ON b.revision_id = x.id WHERE x.article_id = "
          + r[0] + " AND b.body = 'Edit " + r[1] + ".'");
      if (found != 1) {
        failures.add("acknowledged revision " + r[1] + " of article " + r[0] + " found " + found + " times");
      }
    }
    long[] halves = {
      db.count("SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.article_id = a.id"
          + " AND e.action = 'article.created')"),
      db.count("SELECT count(*) FROM audit_event e WHERE e.action = 'article.created' AND NOT EXISTS"
          + " (SELECT 1 FROM article a WHERE a.id = e.article_id)"),
      db.count("SELECT count(*) FROM revision r WHERE r.revision_number > 1 AND NOT EXISTS (SELECT 1 FROM audit_event e"
          + " WHERE e.article_id = r.article_id AND e.action = 'article.revised' AND e.note = r.note)"),
      db.count("SELECT count(*) FROM audit_event e WHERE e.action = 'article.revised' AND NOT EXISTS (SELECT 1 FROM revision r"
          + " WHERE r.article_id = e.article_id AND r.note = e.note)"),
      db.count("SELECT count(*) FROM article a WHERE a.current_revision <> (SELECT max(revision_number) FROM revision r"
          + " WHERE r.article_id = a.id)"),
    };
    String[] what = {"articles without their creation event", "creation events without their article",
        "revisions without their audit event", "revision events without their revision",
        "articles whose current revision is not their latest"};
    for (int i = 0; i < halves.length; i++) {
      if (halves[i] != 0) {
        failures.add(halves[i] + " " + what[i]);
      }
    }
    long stuck = db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        + " AND state LIKE 'idle in transaction%'");
    if (stuck != 0) {
      failures.add(stuck + " connections idle in transaction after the run");
    }
    Log.info("%d acknowledged articles and %d acknowledged revisions all present; %d articles and %d revisions in the"
        + " database; half-applied: %d; idle in transaction: %d", createdArticles.size(), acknowledgedRevisions.size(),
        db.count("SELECT count(*) FROM article"), db.count("SELECT count(*) FROM revision"),
        java.util.Arrays.stream(halves).sum(), stuck);
  }
}
