package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk export jobs: background work in the database, shared by instances, each item exported once. */
@ExtendWith(ArquillianExtension.class)
class ExportJobIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static long approvedArticle(String title) {
    return Articles.approved(title);
  }

  private static HttpResponse<byte[]> bytes(String user, String url, String... headers) {
    return Api.bytes(user, url, headers);
  }

  /** Polls the job until it is done (the test fails after a minute). */
  private static JsonObject awaitDone(String user, String location, String... headers) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Api.Reply r = Api.get(user, location, headers);
      assertEquals(200, r.status(), r::toString);
      if (r.json().getString("state").equals("DONE")) {
        return r.json();
      }
      assertTrue(System.nanoTime() < until, () -> "still running after a minute: " + r);
      Thread.sleep(250);
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String start(String json) {
    Api.Reply r = Api.post("editor", "exports", json);
    assertEquals(202, r.status(), r::toString);
    assertNotNull(r.header("Location"));
    return r.header("Location");
  }

  @Test
  void approvedArticlesExportInTheBackgroundAsOneZip() throws Exception {
    long first = approvedArticle("Bulk one");
    long second = approvedArticle("Bulk two");
    String location = start("{\"articles\":[" + first + "," + second + "]}");
    JsonObject job = awaitDone("editor", location);
    assertEquals(2, job.getInt("total"));
    assertEquals(2, job.getInt("done"));
    assertEquals(0, job.getInt("failed"));
    assertEquals("editor", job.getString("createdBy"));

    HttpResponse<byte[]> zip = bytes("editor", job.getString("zip"));
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-store", zip.headers().firstValue("Cache-Control").orElse(null), "issue 14: never stored");
    assertTrue(zip.headers().firstValue("Content-Disposition").orElseThrow()
        .contains("factdesk-export-" + job.getInt("id") + ".zip"));
    Map<String, byte[]> entries = unzip(zip.body());
    assertEquals(3, entries.size(), entries.keySet()::toString);
    for (var item : job.getJsonArray("items")) {
      JsonObject i = item.asJsonObject();
      assertEquals("en", i.getString("language"));
      byte[] single = bytes("editor", "articles/" + i.getInt("article") + "/pdf").body();
      assertArrayEquals(single, entries.get(i.getString("filename")), "the same bytes as the single download");
    }
    assertTrue(new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8).contains("sha256"));
    String etag = zip.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, bytes("editor", job.getString("zip"), "If-None-Match", etag).statusCode());
    assertArrayEquals(zip.body(), bytes("editor", job.getString("zip")).body(), "the same ZIP every time");
    String audit = Api.get("editor", "articles/" + first + "/audit").body();
    assertTrue(audit.contains("\"job\":" + job.getInt("id")), audit);
  }

  @Test
  void aLanguageWithoutAFontFailsItsItemAndTheRestExports() throws Exception {
    long id = Articles.approvedWithTranslation("Bulk Ol Chiki", "ka", "ᱥᱟᱱᱛᱟᱲᱤ ");
    JsonObject job = awaitDone("editor", start("{\"articles\":[" + id + "],\"languages\":[\"en\",\"ka\"]}"));
    Map<String, String> outcome = new LinkedHashMap<>();
    for (var item : job.getJsonArray("items")) {
      JsonObject i = item.asJsonObject();
      outcome.put(i.getString("language"), i.getString("state")
          + (i.containsKey("error") ? " " + i.getJsonObject("error").getString("code") : ""));
    }
    assertEquals(Map.of("en", "DONE", "ka", "FAILED scriptNotSupported"), outcome);
  }

  @Test
  void itemsThatAreNotApprovedFailWithTheirReasonAndTheRestExports() throws Exception {
    long approved = approvedArticle("Bulk mixed");
    long draft = Articles.id(Articles.draft("Bulk draft"));
    String location = start("{\"articles\":[" + approved + "," + draft + "],\"languages\":[\"en\",\"he\"]}");
    JsonObject job = awaitDone("editor", location, "Accept-Language", "ru");
    assertEquals(4, job.getInt("total"));
    assertEquals(1, job.getInt("done"));
    assertEquals(3, job.getInt("failed"));
    Map<String, String> outcome = new LinkedHashMap<>();
    for (var item : job.getJsonArray("items")) {
      JsonObject i = item.asJsonObject();
      String key = i.getInt("article") + "/" + i.getString("language");
      outcome.put(key, i.getString("state") + (i.containsKey("error") ? " " + i.getJsonObject("error").getString("code") : ""));
      if (i.containsKey("error")) {
        String detail = i.getJsonObject("error").getString("detail");
        assertTrue(detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
            "the reason in the caller's language: " + detail);
      }
    }
    assertEquals(Map.of(approved + "/en", "DONE", approved + "/he", "FAILED noApprovedTranslation",
        draft + "/en", "FAILED notApproved", draft + "/he", "FAILED notApproved"), outcome);
    Map<String, byte[]> entries = unzip(bytes("editor", job.getString("zip")).body());
    assertEquals(2, entries.size(), "one PDF and the manifest: " + entries.keySet());
    assertTrue(new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8)
        .contains("notApproved"));
    assertTrue(!Api.get("editor", "articles/" + draft + "/audit").body().contains("article.exported"),
        "nothing unapproved was exported");
  }

  @Test
  void onlyEditorsStartJobsAndOnlyTheirOwnerAndAdminsSeeThem() throws Exception {
    long id = approvedArticle("Bulk rights");
    String body = "{\"articles\":[" + id + "]}";
    assertEquals(403, Api.post("checker", "exports", body).status());
    assertEquals(403, Api.post("translator", "exports", body).status());
    String location = start(body);
    awaitDone("editor", location);
    assertEquals(404, Api.get("reviewer", location).status(), "another editor's job is not theirs to see");
    assertEquals(404, bytes("reviewer", location + "/zip").statusCode());
    assertEquals(200, Api.get("admin", location).status());
    assertTrue(Api.get("editor", "exports").body().contains(location.substring(location.lastIndexOf('/') + 1)));
    assertEquals(401, Api.get(null, location).status());
  }

  @Test
  void badRequestsChangeNothing() {
    for (String body : List.of("{}", "{\"articles\":[]}", "{\"articles\":[-1]}", "{\"articles\":\"x\"}",
        "{\"articles\":[1],\"languages\":[\"klingon-\"]}", "[1,2]", "{\"filter\":{\"q\":\"no article is called this 4f1c\"}}")) {
      Api.Reply r = Api.post("editor", "exports", body);
      assertEquals(400, r.status(), body + " -> " + r);
      assertTrue(r.isProblem(), r::toString);
    }
    assertEquals(404, Api.get("editor", "exports/999999999").status());
  }

  @Test
  void aFilterExportsTheApprovedArticlesItMatches() throws Exception {
    String word = "Filterable" + ThreadLocalRandom.current().nextInt(1_000_000);
    long approved = approvedArticle(word);
    Articles.draft(word);
    JsonObject job = awaitDone("editor", start("{\"filter\":{\"q\":\"" + word + "\"}}"));
    assertEquals(1, job.getInt("total"), "only the approved one matches");
    assertEquals(approved, job.getJsonArray("items").getJsonObject(0).getInt("article"));
  }

  /**
   * What an instance that died mid-job leaves behind, written straight into the database: one item it
   * had claimed (lease run out), one nobody claimed yet, and one a live instance still holds. This
   * server finishes the first two at once and the third only after its lease expires; each is
   * exported exactly once.
   */
  @Test
  void workAnotherInstanceAbandonedIsFinishedOnceAfterItsLeaseExpires() throws Exception {
    long a = approvedArticle("Abandoned a");
    long b = approvedArticle("Abandoned b");
    long c = approvedArticle("Abandoned c");
    long job = 1_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    long now = System.currentTimeMillis();
    try (Connection db = Database.connect()) {
      try (PreparedStatement s = db.prepareStatement("INSERT INTO export_job (id, version, created_by, created_at,"
          + " state, total) VALUES (?, 0, 'editor', CURRENT_TIMESTAMP, 'RUNNING', 3)")) {
        s.setLong(1, job);
        s.executeUpdate();
      }
      try (PreparedStatement s = db.prepareStatement("INSERT INTO export_item (id, job_id, item_index, article_id,"
          + " state, claimed_by, lease_until, attempts) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?)")) {
        Object[][] rows = {
          {a, "dead-instance", now - 1_000, 1},
          {b, null, 0L, 0},
          {c, "live-instance", now + 8_000, 1},
        };
        for (int i = 0; i < rows.length; i++) {
          s.setLong(1, job * 10 + i);
          s.setLong(2, job);
          s.setInt(3, i);
          s.setLong(4, (Long) rows[i][0]);
          s.setString(5, (String) rows[i][1]);
          s.setLong(6, (Long) rows[i][2]);
          s.setInt(7, (Integer) rows[i][3]);
          s.executeUpdate();
        }
      }
    }
    String location = "exports/" + job;
    Api.Reply running = Api.get("editor", location + "/zip");
    assertEquals(409, running.status(), "the live claim holds the job open: " + running);
    assertTrue(running.body().contains("exportRunning"), running::toString);

    JsonObject done = awaitDone("editor", location);
    assertEquals(3, done.getInt("done"), done::toString);
    var items = done.getJsonArray("items");
    assertEquals(2, items.getJsonObject(0).getInt("attempts"), "taken over once from the dead instance");
    assertEquals(1, items.getJsonObject(1).getInt("attempts"));
    assertEquals(2, items.getJsonObject(2).getInt("attempts"), "taken over only once its lease ran out");
    for (long article : List.of(a, b, c)) {
      String audit = Api.get("editor", "articles/" + article + "/audit?size=200").body();
      Matcher m = Pattern.compile("\"job\":" + job + "\\b").matcher(audit);
      int exports = 0;
      while (m.find()) {
        exports++;
      }
      assertEquals(1, exports, "exported exactly once: " + audit);
    }
    assertEquals(4, unzip(bytes("editor", location + "/zip").body()).size());
  }

  /**
   * Housekeeping (every 2 s in the tests): a job finished beyond the retention period (7 days) goes
   * with its items; a recent one stays. An expired session goes; a live one stays.
   */
  @Test
  void finishedJobsGoAfterTheirRetentionAndExpiredSessionsGo() throws Exception {
    long old = 3_000_000L + 2 * ThreadLocalRandom.current().nextInt(1_000_000);
    long recent = old + 1;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String expired = HexFormat.of().formatHex(new byte[32]).substring(0, 56) + String.format("%08x", old);
    String live = HexFormat.of().formatHex(new byte[32]).substring(0, 56) + String.format("%08x", recent);
    try (Connection db = Database.connect()) {
      for (long job : List.of(old, recent)) {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO export_job (id, version, created_by, created_at,"
            + " state, total, finished_at) VALUES (?, 1, 'editor', ?, 'DONE', 1, ?)")) {
          OffsetDateTime finished = job == old ? now.minusDays(8) : now.minusDays(6);
          s.setLong(1, job);
          s.setObject(2, finished.minusMinutes(1));
          s.setObject(3, finished);
          s.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO export_item (id, job_id, item_index, article_id,"
            + " state, lease_until, attempts) VALUES (?, ?, 0, 1, 'DONE', 0, 1)")) {
          s.setLong(1, job * 10);
          s.setLong(2, job);
          s.executeUpdate();
        }
      }
      try (PreparedStatement s = db.prepareStatement("INSERT INTO user_session (token_sha256, username, created_at,"
          + " expires_at) VALUES (?, 'editor', ?, ?)")) {
        s.setString(1, expired);
        s.setObject(2, now.minusDays(2));
        s.setObject(3, now.minusDays(1));
        s.executeUpdate();
        s.setString(1, live);
        s.setObject(2, now);
        s.setObject(3, now.plusHours(1));
        s.executeUpdate();
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (Api.get("editor", "exports/" + old).status() != 404 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertEquals(404, Api.get("editor", "exports/" + old).status(), "the old job is gone");
    assertEquals(200, Api.get("editor", "exports/" + recent).status(), "the recent job stays");
    try (Connection db = Database.connect()) {
      assertEquals(0, count(db, "SELECT COUNT(*) FROM export_item WHERE job_id = " + old));
      assertEquals(1, count(db, "SELECT COUNT(*) FROM export_item WHERE job_id = " + recent));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM user_session WHERE token_sha256 = '" + expired + "'"));
      assertEquals(1, count(db, "SELECT COUNT(*) FROM user_session WHERE token_sha256 = '" + live + "'"));
    }
  }

  private static long count(Connection db, String sql) throws java.sql.SQLException {
    try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
