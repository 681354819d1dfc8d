package org.factdesk.server.reliability;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 20: assignments through two instances while a webhook receiver (here, in this JVM) and the
 * in-app channel are being served; one instance is killed with SIGKILL mid-run and restarted. Once
 * delivery is quiet, every acknowledged assignment must have its outbox event, every event its
 * in-app notification exactly once and its webhook delivery exactly once (DELIVERED), and the
 * receiver must have seen every event's webhook-id; repeats may only carry the same id.
 * Run: FACTDESK_WEBHOOK_ALLOW_PRIVATE=true FACTDESK_DELIVERY_LEASE_SECONDS=10 bin/reliability notify-kill --no-build
 */
final class NotifyKillRun {
  private final Reliability.Setup setup;
  private final Tally tally = new Tally();
  private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
  private final AtomicInteger assignmentsAcknowledged = new AtomicInteger();
  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean victimDown;

  NotifyKillRun(Reliability.Setup setup) {
    this.setup = setup;
  }

  void run(List<String> failures) throws Exception {
    Database db = new Database(setup.pgServer(), "fd_rel_notify_" + ProcessHandle.current().pid()).create();
    Liberty victim = setup.instance(0, db.url);
    Liberty survivor = setup.instance(1, db.url);
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger())
          .incrementAndGet();
      try {
        Thread.sleep(100); // a slow receiver: kills land mid-delivery more often
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.setExecutor(Executors.newFixedThreadPool(4));
    receiver.start();
    try {
      victim.create();
      survivor.create();
      victim.start();
      survivor.start();
      Http.Reply hook = survivor.http.post("admin", "webhooks", "{\"url\":\"http://127.0.0.1:"
          + receiver.getAddress().getPort() + "/hook\",\"events\":[\"assignment.created\"]}");
      if (hook.status() != 201) {
        throw new IllegalStateException("webhook not registered: " + hook);
      }
      List<Liberty> instances = List.of(victim, survivor);
      int threads = setup.quick() ? 4 : 8;
      int before = setup.quick() ? 10 : 25;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long[] stopAt = {Long.MAX_VALUE};
      for (int t = 0; t < threads; t++) {
        Random random = new Random(setup.seed() * 31 + t);
        pool.submit(() -> {
          while (System.nanoTime() < stopAt[0]) {
            try {
              write(instances.get(random.nextInt(2)));
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
      tally.print("assignments with a SIGKILL (" + threads + " clients)");
      long quietBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
      while ((db.count("SELECT count(*) FROM outbox_dispatch WHERE state = 'PENDING'")
          + db.count("SELECT count(*) FROM webhook_delivery WHERE state = 'PENDING'")) > 0 && System.nanoTime() < quietBy) {
        Thread.sleep(1000);
      }
      verify(db, failures);
    } finally {
      receiver.stop(0);
      MultiInstanceRun.stopQuietly(victim);
      MultiInstanceRun.stopQuietly(survivor);
      db.drop();
    }
  }

  /** One article and its fact-checker's assignment (the notifiable event), through the same instance. */
  private void write(Liberty target) {
    Http h = target.http;
    Http.Reply r = h.post("editor", "articles", Http.json(Map.of("title", "Notify run " + sequence.incrementAndGet(),
        "language", "en", "text", MultiInstanceRun.TEXT)));
    check(target, "create", r, 201);
    if (r.status() != 201) {
      return;
    }
    long id = r.json().getJsonNumber("id").longValue();
    Http.Reply a = h.post("editor", "articles/" + id + "/assignments",
        "{\"user\":\"checker\",\"role\":\"FACT_CHECKER\",\"due\":\"2099-01-01\"}");
    check(target, "assign", a, 201);
    if (a.status() == 201) {
      assignmentsAcknowledged.incrementAndGet();
    }
  }

  private void check(Liberty target, String operation, Http.Reply r, int success) {
    tally.add(operation + (target.port == setup.ports()[0] ? " (killed instance)" : " (other instance)"), r.status());
    boolean acceptable = r.status() == success
        || target.port == setup.ports()[0] && (r.status() == 0 || victimDown && r.status() == 404);
    if (!acceptable) {
      unexpected.add(operation + " on " + target.name + " answered " + r);
    }
  }

  private void verify(Database db, List<String> failures) throws Exception {
    failures.addAll(unexpected.stream().limit(30).toList());
    long events = db.count("SELECT count(*) FROM outbox_event WHERE event_type = 'assignment.created'");
    if (events < assignmentsAcknowledged.get()) {
      failures.add(assignmentsAcknowledged.get() + " acknowledged assignments but only " + events + " events");
    }
    String[][] checks = {
      {"SELECT count(*) FROM outbox_dispatch WHERE state <> 'DONE'", "dispatch rows not done"},
      {"SELECT count(*) FROM outbox_event e WHERE e.event_type = 'assignment.created' AND (SELECT count(*) FROM"
          + " outbox_dispatch d WHERE d.event_id = e.id) <> 3", "events without one row per channel"},
      {"SELECT count(*) FROM outbox_event e WHERE e.event_type = 'assignment.created' AND (SELECT count(*) FROM"
          + " notification n WHERE n.event_id = e.id AND n.username = 'checker') <> 1", "events not notified in-app exactly once"},
      {"SELECT count(*) FROM outbox_event e WHERE e.event_type = 'assignment.created' AND (SELECT count(*) FROM"
          + " webhook_delivery w WHERE w.event_id = e.id AND w.state = 'DELIVERED') <> 1", "events not delivered to the webhook once"},
    };
    for (String[] c : checks) {
      long n = db.count(c[0]);
      if (n != 0) {
        failures.add(n + " " + c[1]);
      }
    }
    List<String> keys = db.rows("SELECT event_key FROM outbox_event WHERE event_type = 'assignment.created'").stream()
        .map(r -> r.get("event_key")).toList();
    long missing = keys.stream().filter(k -> !received.containsKey(k)).count();
    long strangers = received.keySet().stream().filter(k -> !keys.contains(k)).count();
    long repeated = received.values().stream().filter(n -> n.get() > 1).count();
    if (missing != 0 || strangers != 0) {
      failures.add("receiver: " + missing + " events never received, " + strangers + " unknown ids");
    }
    long attempts = db.count("SELECT count(*) FROM webhook_attempt");
    Log.info("%d acknowledged assignments, %d events; receiver got %d ids (%d of them more than once, always with"
        + " the same webhook-id), %d attempts recorded", assignmentsAcknowledged.get(), events, received.size(),
        repeated, attempts);
  }
}
