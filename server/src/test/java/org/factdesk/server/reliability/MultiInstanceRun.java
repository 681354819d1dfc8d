package org.factdesk.server.reliability;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two instances on one PostgreSQL database; concurrent clients make conflicting updates to the same
 * articles (revisions and transitions with If-Match), claims (resolutions, reopenings, citations)
 * and translations (saves with If-Match), each request through either instance. Afterwards: every
 * accepted write is in the database with exactly one audit event, every rejection was a 412 or 409,
 * each article's transitions form a legal chain of the workflow table ending in its state, the audit
 * trail of each article is in order, and no answer was a 5xx.
 */
final class MultiInstanceRun {
  private static final List<String> TARGETS = List.of("DRAFT", "IN_REVIEW", "FACT_CHECK", "APPROVED", "WITHDRAWN");
  private static final List<String> VERDICTS = List.of("TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE");
  static final String TEXT = "The bridge opened in 1998 and carries 40,000 cars a day.\n\n"
      + "Officials said it was the longest in the region, at 2.4 kilometres.\n\n"
      + "Tolls rose by 15% last year, the operator said.";

  private final Reliability.Setup setup;
  private final Tally tally = new Tally();
  private final AtomicLong sequence = new AtomicLong();
  /** Accepted writes, by kind and target id: the marker each carried. */
  private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

  private List<Http> servers;
  private final List<Long> articles = new ArrayList<>();
  private final List<Long> claimArticles = new ArrayList<>();
  private final List<Long> claims = new ArrayList<>();
  private final List<Long> tasks = new ArrayList<>();
  private long source;

  MultiInstanceRun(Reliability.Setup setup) {
    this.setup = setup;
  }

  void run(List<String> failures) throws Exception {
    Database db = new Database(setup.pgServer(), "fd_rel_multi_" + ProcessHandle.current().pid()).create();
    Liberty a = setup.instance(0, db.url);
    Liberty b = setup.instance(1, db.url);
    try {
      a.create();
      b.create();
      a.start();
      b.start();
      servers = List.of(a.http, b.http);
      prepare(setup.quick() ? 3 : 8);
      int threads = setup.quick() ? 8 : 16;
      int seconds = setup.quick() ? 25 : 120;
      load(threads, seconds);
      tally.print("multi-instance load (" + threads + " clients, " + seconds + " s, ports " + a.port + " and " + b.port + ")");
      verify(db, failures);
      auditChainsHold(b.http, failures);
    } finally {
      stopQuietly(a);
      stopQuietly(b);
      db.drop();
    }
  }

  /** Both instances appended to the same hash chains: the verification must find every one intact (decision 0016). */
  static void auditChainsHold(Http h, List<String> failures) {
    Http.Reply r = h.get("admin", "audit/verification");
    if (r.status() != 200 || !r.json().getBoolean("valid")) {
      failures.add("audit verification answered " + r);
    }
    Log.info("audit verification: %s", r.body());
  }

  static void stopQuietly(Liberty l) {
    try {
      l.stop();
    } catch (Exception e) {
      Log.info("stopping %s: %s", l.name, e.getMessage());
    }
  }

  /** Per group n articles: staffed drafts for edits and moves, drafts with claims, translation tasks. */
  private void prepare(int n) {
    Http h = servers.get(0);
    source = must(h.post("checker", "sources", Http.json(Map.of("url", "https://example.org/bridge-report",
        "title", "Bridge report", "publisher", "Roads agency"))), 200, 201).json().getJsonNumber("id").longValue();
    for (int i = 0; i < n; i++) {
      articles.add(staffedDraft(h, "Edits and moves " + i, null));
      long c = staffedDraft(h, "Claims " + i, null);
      claimArticles.add(c);
      for (String quote : List.of("carries 40,000 cars a day", "at 2.4 kilometres", "rose by 15% last year")) {
        claims.add(must(h.post("checker", "articles/" + c + "/claims", Http.json(Map.of("exact", quote, "reason", "check"))),
            201).json().getJsonNumber("id").longValue());
      }
      long t = staffedDraft(h, "Translations " + i, "az");
      for (JsonValue task : must(h.get("translator", "articles/" + t + "/translations"), 200).array()) {
        tasks.add(task.asJsonObject().getJsonNumber("id").longValue());
      }
    }
    Log.info("prepared %d articles, %d claims, %d translation tasks", articles.size() + claimArticles.size() + n,
        claims.size(), tasks.size());
  }

  static long staffedDraft(Http h, String title, String translateInto) {
    long id = must(h.post("editor", "articles", Http.json(Map.of("title", title, "language", "en", "text", TEXT))), 201)
        .json().getJsonNumber("id").longValue();
    must(h.post("editor", "articles/" + id + "/assignments", Http.json(Map.of("user", "reviewer", "role", "REVIEWER",
        "due", "2099-01-01"))), 201);
    must(h.post("editor", "articles/" + id + "/assignments", Http.json(Map.of("user", "checker", "role", "FACT_CHECKER",
        "due", "2099-01-01"))), 201);
    if (translateInto != null) {
      must(h.post("editor", "articles/" + id + "/assignments", Http.json(Map.of("user", "translator", "role", "TRANSLATOR",
          "language", translateInto, "due", "2099-01-01"))), 201);
    }
    return id;
  }

  static Http.Reply must(Http.Reply r, int... statuses) {
    for (int s : statuses) {
      if (r.status() == s) {
        return r;
      }
    }
    throw new IllegalStateException("set-up request failed: " + r);
  }

  private void load(int threads, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      Random random = new Random(setup.seed() * 31 + t);
      pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          try {
            step(random);
          } catch (RuntimeException e) {
            unexpected.add("client error: " + e);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
  }

  private void step(Random random) {
    Http read = servers.get(random.nextInt(servers.size()));
    Http write = servers.get(random.nextInt(servers.size()));
    String marker = "m" + sequence.incrementAndGet() + "x";
    switch (random.nextInt(6)) {
      case 0, 1 -> {
        long id = articles.get(random.nextInt(articles.size()));
        String etag = read.get("editor", "articles/" + id).etag();
        String user = random.nextBoolean() ? "editor" : "reviewer";
        record("revise", "article:" + id, marker, 201, write.post(user, "articles/" + id + "/revisions",
            Http.json(Map.of("text", TEXT + "\n\nEdit " + marker + ".", "note", marker)), "If-Match", etag));
      }
      case 2 -> {
        long id = articles.get(random.nextInt(articles.size()));
        Http.Reply article = read.get("editor", "articles/" + id);
        String to = TARGETS.get(random.nextInt(TARGETS.size()));
        // The assigned reviewer is the only one who may pass review; four eyes: the author (editor) does not
        // approve, and whoever wrote the current revision neither (a 409, as is an illegal move).
        String user = "FACT_CHECK".equals(to) && "IN_REVIEW".equals(article.json().getString("state")) ? "reviewer"
            : "APPROVED".equals(to) || random.nextBoolean() ? "reviewer" : "editor";
        // A note: withdrawing a published article needs its public note (other moves ignore it).
        record("transition", "article:" + id, marker, 200, write.post(user, "articles/" + id + "/transitions",
            Http.json(Map.of("to", to, "comment", marker, "note", marker)), "If-Match", article.etag()));
      }
      case 3 -> {
        long id = claims.get(random.nextInt(claims.size()));
        Http.Reply claim = read.get("checker", "claims/" + id);
        if ("RESOLVED".equals(claim.json().getString("status", ""))) {
          record("reopen", "claim:" + id, marker, 200, write.post("checker", "claims/" + id + "/reopening",
              Http.json(Map.of("reason", marker)), "If-Match", claim.etag()));
        } else {
          record("resolve", "claim:" + id, marker, 200, write.post("checker", "claims/" + id + "/resolution",
              Http.json(Map.of("verdict", VERDICTS.get(random.nextInt(VERDICTS.size())), "rationale", marker)),
              "If-Match", claim.etag()));
        }
      }
      case 4 -> {
        long id = claims.get(random.nextInt(claims.size()));
        record("cite", "claim:" + id, marker, 201, write.post("checker", "claims/" + id + "/citations",
            Http.json(Map.of("source", source, "stance", random.nextBoolean() ? "SUPPORTS" : "REFUTES", "locator", marker))));
      }
      default -> {
        long id = tasks.get(random.nextInt(tasks.size()));
        Http.Reply task = read.get("translator", "translations/" + id);
        int blocks = task.json().getJsonArray("blocks").size();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
          texts.add("Körpü " + marker + " blok " + i);
        }
        record("save", "translation:" + id, marker, 200, write.put("translator", "translations/" + id,
            Http.json(Map.of("title", "Tərcümə " + marker, "blocks", texts)), "If-Match", task.etag()));
      }
    }
  }

  private void record(String operation, String target, String marker, int success, Http.Reply r) {
    tally.add(operation, r.status());
    if (r.status() == success) {
      accepted.computeIfAbsent(operation + " " + target, k -> Collections.synchronizedList(new ArrayList<>())).add(marker);
    } else if (r.status() != 412 && r.status() != 409 && !(r.status() == 403 && operation.equals("transition"))) {
      // A 403 on a move is fair: who may move depends on the state, which may have changed since the read.
      unexpected.add(operation + " " + target + " answered " + r);
    } else if (!r.isProblem()) {
      unexpected.add(operation + " " + target + " rejected without problem+json: " + r);
    }
  }

  private List<String> acceptedMarkers(String operation, String target) {
    return accepted.getOrDefault(operation + " " + target, List.of());
  }

  private void verify(Database db, List<String> failures) throws SQLException {
    failures.addAll(unexpected.stream().limit(50).toList());
    if (unexpected.size() > 50) {
      failures.add((unexpected.size() - 50) + " more unexpected answers");
    }
    Set<String> edges = new HashSet<>();
    for (JsonValue move : must(servers.get(0).get("editor", "workflow"), 200).array()) {
      edges.add(move.asJsonObject().getString("from") + ">" + move.asJsonObject().getString("to"));
    }
    long checked = 0;
    for (long id : articles) {
      checked += verifyArticle(db, id, edges, failures);
    }
    for (long id : claims) {
      checked += verifyClaim(db, id, failures);
    }
    for (long id : tasks) {
      checked += verifyTranslation(db, id, failures);
    }
    Log.info("verified %d accepted writes against the database; %d rejected with 412, %d with 409; %d 5xx",
        checked, tally.where(s -> s == 412), tally.where(s -> s == 409), tally.where(s -> s >= 500));
  }

  private long verifyArticle(Database db, long id, Set<String> edges, List<String> failures) throws SQLException {
    List<String> revisions = acceptedMarkers("revise", "article:" + id);
    List<String> moves = acceptedMarkers("transition", "article:" + id);
    var events = db.rows("SELECT id, action, before_value, after_value, note FROM audit_event WHERE article_id = " + id
        + " AND action IN ('article.revised', 'article.transitioned', 'article.reopened') ORDER BY id");
    compareMarkers("revision of article " + id, revisions, events, "article.revised", failures);
    for (String m : revisions) {
      // Matched by note as well as text: a reopening copies the approved text into a new draft revision.
      long found = db.count("SELECT count(*) FROM revision r JOIN revision_block b ON b.revision_id = r.id WHERE r.article_id = "
          + id + " AND r.note = '" + m + "' AND b.body = 'Edit " + m + ".'");
      if (found != 1) {
        failures.add("accepted revision " + m + " of article " + id + " found " + found + " times");
      }
    }
    long revisionCount = db.count("SELECT count(*) FROM revision WHERE article_id = " + id);
    if (revisionCount != revisions.size() + 1 + events.stream().filter(e -> e.get("action").equals("article.reopened")).count()) {
      failures.add("article " + id + " has " + revisionCount + " revisions for " + revisions.size() + " accepted edits");
    }
    // A reopening is one transition event plus a reopened event for the new draft revision it starts.
    List<Map<String, String>> transitions = events.stream().filter(e -> e.get("action").equals("article.transitioned")).toList();
    compareMarkers("transition of article " + id, moves, transitions, null, failures);
    String state = "DRAFT";
    for (var e : transitions) {
      String from = stateOf(e.get("before_value"));
      String to = stateOf(e.get("after_value"));
      if (!state.equals(from) || !edges.contains(from + ">" + to)) {
        failures.add("article " + id + ": audit event " + e.get("id") + " moves " + from + " → " + to + " after " + state);
      }
      state = to;
    }
    String actual = db.rows("SELECT state FROM article WHERE id = " + id).get(0).get("state");
    if (!state.equals(actual)) {
      failures.add("article " + id + " is " + actual + " but its audit trail ends in " + state);
    }
    for (Http h : servers) {
      String seen = h.get("editor", "articles/" + id).json().getString("state");
      if (!seen.equals(actual)) {
        failures.add("article " + id + " reads " + seen + " on " + h.root + " but is " + actual);
      }
    }
    checkAuditOrder(db, "article_id = " + id, failures);
    return revisions.size() + moves.size();
  }

  private long verifyClaim(Database db, long id, List<String> failures) throws SQLException {
    var events = db.rows("SELECT id, action, after_value, note FROM audit_event WHERE subject = 'claim:" + id
        + "' AND action IN ('claim.resolved', 'claim.reopened', 'claim.cited') ORDER BY id");
    List<String> resolves = acceptedMarkers("resolve", "claim:" + id);
    List<String> reopens = acceptedMarkers("reopen", "claim:" + id);
    List<String> cites = acceptedMarkers("cite", "claim:" + id);
    compareMarkers("resolution of claim " + id, resolves, events, "claim.resolved", failures);
    compareMarkers("reopening of claim " + id, reopens, events, "claim.reopened", failures);
    long citations = db.count("SELECT count(*) FROM citation WHERE claim_id = " + id);
    if (citations != cites.size()) {
      failures.add("claim " + id + " has " + citations + " citations for " + cites.size() + " accepted");
    }
    compareMarkers("citation of claim " + id, cites, events, "claim.cited", failures);
    String expected = "FLAGGED";
    for (var e : events) {
      if (e.get("action").equals("claim.resolved")) {
        expected = "RESOLVED";
      } else if (e.get("action").equals("claim.reopened")) {
        expected = "FLAGGED";
      }
    }
    // Citations do not take the claim's version, so only resolutions and reopenings are serialised.
    checkAuditOrder(db, "subject = 'claim:" + id + "' AND action IN ('claim.resolved', 'claim.reopened')", failures);
    String status = db.rows("SELECT status FROM claim WHERE id = " + id).get(0).get("status");
    if (!status.equals(expected)) {
      failures.add("claim " + id + " is " + status + " but its audit trail says " + expected);
    }
    return resolves.size() + reopens.size() + cites.size();
  }

  private long verifyTranslation(Database db, long id, List<String> failures) throws SQLException {
    List<String> saves = acceptedMarkers("save", "translation:" + id);
    long events = db.count("SELECT count(*) FROM audit_event WHERE subject = 'translation:" + id
        + "' AND action = 'translation.saved'");
    long revisions = db.count("SELECT count(*) FROM translation_revision WHERE task_id = " + id);
    if (events != saves.size() || revisions != saves.size()) {
      failures.add("translation " + id + ": " + saves.size() + " accepted saves, " + revisions + " revisions, " + events
          + " audit events");
    }
    for (String m : saves) {
      long found = db.count("SELECT count(*) FROM translation_revision WHERE task_id = " + id + " AND title = 'Tərcümə " + m + "'");
      if (found != 1) {
        failures.add("accepted save " + m + " of translation " + id + " found " + found + " times");
      }
    }
    return saves.size();
  }

  /** Each accepted write's marker is in exactly one audit event of the expected action, and no event lacks one. */
  private static void compareMarkers(String what, List<String> markers, List<Map<String, String>> events, String action,
      List<String> failures) {
    List<Map<String, String>> relevant = action == null ? events
        : events.stream().filter(e -> e.get("action").equals(action)).toList();
    if (relevant.size() != markers.size()) {
      failures.add(what + ": " + markers.size() + " accepted, " + relevant.size() + " audit events");
    }
    for (String m : markers) {
      long n = relevant.stream().filter(e -> (m.equals(e.get("note"))) || String.valueOf(e.get("after_value")).contains("\"" + m + "\"")).count();
      if (n != 1) {
        failures.add(what + " " + m + ": " + n + " audit events");
      }
    }
  }

  /**
   * The audit events of one aggregate (article or claim): ids and times both ascend, because changes to
   * one aggregate are serialised by its version. (Events of different claims of one article need not:
   * the time is taken when the change starts, the id when it is written.)
   */
  static void checkAuditOrder(Database db, String where, List<String> failures) throws SQLException {
    OffsetDateTime last = null;
    for (var e : db.rows("SELECT id, occurred_at FROM audit_event WHERE " + where + " ORDER BY id")) {
      OffsetDateTime at = OffsetDateTime.parse(e.get("occurred_at").replace(' ', 'T').replaceAll("([+-]\\d\\d)$", "$1:00"));
      if (last != null && at.isBefore(last)) {
        failures.add(where + ": audit event " + e.get("id") + " at " + at + " is earlier than the one before");
      }
      last = at;
    }
  }

  private static String stateOf(String json) {
    return json == null ? null : ((JsonObject) Http.parse(json)).getString("state", null);
  }
}
