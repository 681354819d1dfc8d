package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail proves it was not altered (issue 18, part 3; decision 0016): every event links to the
 * one before it, a row changed or removed behind the server's back is named by the verification, and
 * an export verifies offline with bin/VerifyAudit.java. Rows are changed through SQL on whatever
 * database the server uses (H2 here, PostgreSQL in CI) and put back, since all tests share it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
  private static final String GENESIS = "0".repeat(64);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  /** A draft with a few events of its own: created, two staffings, submitted. */
  private static long articleWithHistory() {
    long id = Articles.id(Articles.draft("Chained \u05d7\u05d3\u05e9\u05d5\u05ea"));
    assertEquals(201, Articles.assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(id, "checker", "FACT_CHECKER", null).status());
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    return id;
  }

  /** The article's events, oldest first, every page. */
  private static List<JsonObject> events(long article) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      Api.Reply r = Api.get("editor", "articles/" + article + "/audit?size=200&page=" + page);
      assertEquals(200, r.status(), r::toString);
      var items = r.json().getJsonArray("items");
      items.stream().map(JsonValue::asJsonObject).forEach(all::add);
      if (items.size() < 200) {
        return all;
      }
    }
  }

  private static JsonObject verification() {
    Api.Reply r = Api.get("admin", "audit/verification");
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  @Test
  void everyEventCarriesItsHashAndTheHashBeforeIt() {
    long article = articleWithHistory();
    List<JsonObject> events = events(article);
    assertTrue(events.size() >= 4, events::toString);
    String previous = GENESIS;
    for (JsonObject e : events) {
      assertTrue(e.getString("hash").matches("[0-9a-f]{64}"), e::toString);
      assertEquals(previous, e.getString("previousHash"), "each event follows the one before it: " + e);
      previous = e.getString("hash");
    }
    Api.Reply newsroom = Api.get("admin", "audit?size=5");
    assertEquals(200, newsroom.status(), newsroom::toString);
    newsroom.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).forEach(e -> {
      assertTrue(e.getString("hash").matches("[0-9a-f]{64}"), e::toString);
      assertTrue(e.getString("previousHash").matches("[0-9a-f]{64}"), e::toString);
    });
    JsonObject verdict = verification();
    assertTrue(verdict.getBoolean("valid"), verdict::toString);
    assertTrue(verdict.getJsonNumber("events").longValue() >= events.size(), verdict::toString);
  }

  /**
   * Edits, resolutions, citations and comments on one article at once: each writer takes the
   * article's lock before its own rows, so they queue (or meet a 412/409) instead of deadlocking,
   * and the article's chain stays whole.
   */
  @Test
  void racingWritersOfOneArticleKeepItsChainWhole() throws Exception {
    long article = Claims.columnInFactCheck();
    List<Long> claims = List.of(Claims.cited(article, "3.2 million passengers in 2025"),
        Claims.cited(article, "rose by 18%"), Claims.cited(article, "one sailing in five left late"));
    long source = Claims.source("https://harbour.example/race-" + article, "Race report");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < claims.size(); i++) {
        long claim = claims.get(i);
        String tag = round + "-" + i;
        List<String> blocks = new ArrayList<>(Claims.COLUMN);
        blocks.set(2, "I think commuters have been patient long enough (" + tag + ").");
        replies.add(pool.submit(() -> Claims.revise(article, blocks)));
        replies.add(pool.submit(() -> Claims.resolve(claim, "TRUE", "Matches the report " + tag)));
        replies.add(pool.submit(() -> Claims.cite(claim, source, "SUPPORTS", "table " + tag)));
        replies.add(pool.submit(() -> Api.post("checker", "claims/" + claim + "/comments",
            Api.json(Map.of("body", "note " + tag)))));
      }
    }
    for (var f : replies) {
      Api.Reply r = f.get();
      assertTrue(r.status() < 300 || r.status() == 409 || r.status() == 412, r::toString);
    }
    pool.shutdown();
    String previous = GENESIS;
    for (JsonObject e : events(article)) {
      assertEquals(previous, e.getString("previousHash"), e::toString);
      previous = e.getString("hash");
    }
    assertTrue(verification().getBoolean("valid"));
  }

  @Test
  void onlyAdminsVerifyOrExportTheTrail() {
    for (String user : List.of("editor", "checker", "translator")) {
      for (String path : List.of("audit/verification", "audit/export")) {
        Api.Reply r = Api.get(user, path);
        assertEquals(403, r.status(), user + " " + path + ": " + r);
        assertTrue(r.isProblem(), r::toString);
        assertEquals("forbidden", r.json().getString("code"), r::toString);
      }
    }
  }

  @Test
  void aNoteChangedInTheDatabaseIsNamedByTheVerification() throws SQLException {
    long article = articleWithHistory();
    long changed = events(article).get(2).getJsonNumber("id").longValue();
    String original;
    try (Connection db = Database.connect()) {
      original = note(db, changed);
      setNote(db, changed, "nobody said this");
      try {
        JsonObject verdict = verification();
        assertFalse(verdict.getBoolean("valid"), verdict::toString);
        JsonObject broken = verdict.getJsonObject("broken");
        assertEquals(changed, broken.getJsonNumber("eventId").longValue(), verdict::toString);
        assertEquals(article, broken.getJsonNumber("articleId").longValue(), verdict::toString);
        assertEquals("hash", broken.getString("differs"), verdict::toString);
      } finally {
        setNote(db, changed, original);
      }
    }
    assertTrue(verification().getBoolean("valid"), "the row put back, the chain holds again");
  }

  @Test
  void aRemovedEventIsNamedThroughTheEventAfterIt() throws SQLException {
    long article = articleWithHistory();
    List<JsonObject> events = events(article);
    long removed = events.get(1).getJsonNumber("id").longValue();
    long next = events.get(2).getJsonNumber("id").longValue();
    try (Connection db = Database.connect()) {
      Map<String, Object> row = row(db, removed);
      execute(db, "DELETE FROM audit_event WHERE id = ?", removed);
      try {
        JsonObject verdict = verification();
        assertFalse(verdict.getBoolean("valid"), verdict::toString);
        JsonObject broken = verdict.getJsonObject("broken");
        assertEquals(next, broken.getJsonNumber("eventId").longValue(), verdict::toString);
        assertEquals("previousHash", broken.getString("differs"), verdict::toString);
        assertEquals(events.get(0).getString("hash"), broken.getString("expected"), verdict::toString);
      } finally {
        insert(db, row);
      }
    }
    assertTrue(verification().getBoolean("valid"), "the row put back, the chain holds again");
  }

  @Test
  void theExportVerifiesOfflineWithTheSameRule() throws Exception {
    articleWithHistory();
    var export = Api.bytes("admin", "audit/export");
    assertEquals(200, export.statusCode());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    Path dir = Files.createDirectories(Path.of("target", "audit-export"));
    Path file = Files.write(dir.resolve("factdesk-audit.ndjson"), export.body());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    long events = verification().getJsonNumber("events").longValue();
    assertTrue(lines.size() <= events && lines.size() > 0, lines.size() + " lines, " + events + " events");

    Verifier.Run run = Verifier.run(file);
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().startsWith("valid: " + lines.size() + " events"), run.output());

    List<String> tampered = new ArrayList<>(lines);
    tampered.set(0, tampered.get(0).replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"mallory\""));
    run = Verifier.run(Files.write(dir.resolve("tampered.ndjson"), tampered, StandardCharsets.UTF_8));
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("line 1"), run.output());
  }

  private static String note(Connection db, long id) throws SQLException {
    return (String) row(db, id).get("note");
  }

  private static void setNote(Connection db, long id, String note) throws SQLException {
    execute(db, "UPDATE audit_event SET note = ? WHERE id = ?", note, id);
  }

  private static Map<String, Object> row(Connection db, long id) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT * FROM audit_event WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next());
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
          String name = r.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT);
          row.put(name, name.equals("occurred_at") ? r.getObject(c, OffsetDateTime.class) : r.getObject(c));
        }
        return row;
      }
    }
  }

  private static void insert(Connection db, Map<String, Object> row) throws SQLException {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
    execute(db, "INSERT INTO audit_event (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
  }

  private static void execute(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      assertEquals(1, s.executeUpdate(), sql);
    }
  }
}
