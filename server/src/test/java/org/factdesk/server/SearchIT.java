package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search over HTTP (issue 16): folding in every script, permissions, facets, bad queries, rebuild,
 * and the change log trimmed behind the index.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void foldsCaseAndDiacriticsInRussianArabicHebrewAndAzerbaijani() {
    String w = Search.word();
    long ru = Search.article("ru", "Бюджет " + w, "Рост объёма торговли составил 12%.");
    long ar = Search.article("ar", "اقتصاد " + w, "سجل الاقتصاد نموًا بنسبة ٣٪.");
    long he = Search.article("he", "שָׁלוֹם " + w, "הַמֶּמְשָׁלָה הוֹדִיעָה.");
    long az = Search.article("az", "Ələt " + w, "Ələt limanı Şuşa yolu.");
    assertTrue(Search.ids(Search.found("объема " + w, ru), "article").contains(ru));
    assertTrue(Search.ids(Search.found("ОБЪЁМА " + w, ru), "article").contains(ru));
    assertTrue(Search.ids(Search.found("نموا " + w, ar), "article").contains(ar));
    assertTrue(Search.ids(Search.found("3 " + w, ar), "article").contains(ar), "Arabic-Indic digits fold to ASCII");
    assertTrue(Search.ids(Search.found("שלום " + w, he), "article").contains(he));
    assertTrue(Search.ids(Search.found("ələt susa " + w, az), "article").contains(az));
    // Ə is a letter of its own, not an accented e: "elet" does not find "Ələt".
    JsonObject elet = Search.query("editor", Search.q("elet " + w)).json();
    assertFalse(Search.ids(elet, "article").contains(az), elet::toString);
  }

  @Test
  void findsWordsInScriptsWrittenWithoutSpaces() {
    String w = Search.word();
    long th = Search.article("th", "ข่าว " + w, "ภาษาไทยง่ายนิดเดียว");
    long ja = Search.article("ja", "ニュース " + w, "東京都に住んでいます");
    assertTrue(Search.ids(Search.found("ไทย " + w, th), "article").contains(th));
    assertTrue(Search.ids(Search.found("東京 " + w, ja), "article").contains(ja));
  }

  @Test
  void aTranslatorFindsOnlyTheArticlesTheyAreAssignedTo() {
    String w = Search.word();
    long theirs = Search.article("en", "Ferries " + w, "The ferries ran late " + w + ".");
    long other = Search.article("en", "Ferries " + w, "The ferries ran on time " + w + ".");
    assertEquals(201, Articles.assign(theirs, "translator", "TRANSLATOR", "az").status());
    JsonObject editor = Search.until("editor", Search.q(w), r -> Search.ids(r, "article").size() == 2);
    assertEquals(2, Search.ids(editor, "article").size(), editor::toString);
    JsonObject translator = Search.query("translator", Search.q(w)).json();
    assertEquals(java.util.List.of(theirs), Search.ids(translator, "article"), translator::toString);
    assertEquals(1, translator.getInt("total"));
    assertFalse(Search.ids(translator, "article").contains(other));
  }

  @Test
  void claimsAreFoundWithTheirArticleVerdictFacetsAndHighlights() {
    String w = Search.word();
    long article = Claims.inFactCheck("Arms " + w, "en",
        "Officials say Azerbaijan buys around 60 percent of its weapons from Israel " + w + ".");
    long claim = Claims.cited(article, "Azerbaijan buys around 60 percent of its weapons from Israel");
    assertEquals(200, Claims.resolve(claim, "FALSE", "SIPRI data show 69 percent.").status());
    JsonObject r = Search.until("editor", Search.q("weapons israel") + "&type=claim&verdict=FALSE",
        x -> Search.ids(x, "claim").contains(claim));
    JsonObject hit = r.getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(h -> h.getJsonNumber("id").longValue() == claim).findFirst().orElseThrow();
    assertEquals(article, hit.getJsonNumber("articleId").longValue());
    assertEquals("FALSE", hit.getString("verdict"));
    assertTrue(r.getJsonObject("facets").getJsonObject("verdict").getInt("FALSE") >= 1, r::toString);
    assertTrue(hit.getJsonArray("snippets").stream().flatMap(s -> s.asJsonObject().getJsonArray("segments").stream())
        .anyMatch(s -> s.asJsonObject().getBoolean("hit") && s.asJsonObject().getString("text").equals("weapons")),
        hit::toString);
    JsonObject facets = Search.query("editor", Search.q("israel weapons")).json().getJsonObject("facets");
    assertTrue(facets.getJsonObject("type").getInt("claim") >= 1, facets::toString);
    assertTrue(facets.getJsonObject("type").getInt("article") >= 1, facets::toString);
    assertTrue(facets.getJsonObject("lang").getInt("en") >= 2, facets::toString);
  }

  @Test
  void aQuerySyntaxErrorIsA400ProblemNeverA500() {
    for (String bad : new String[] {"title:(unclosed", "\"unbalanced", "AND", "a:b:c~~", "*leading"}) {
      Api.Reply r = Search.query("editor", Search.q(bad));
      assertEquals(400, r.status(), bad + " -> " + r);
      assertTrue(r.isProblem(), r::toString);
    }
    assertEquals(401, Api.get(null, "search?q=x").status());
  }

  @Test
  void onlyAdminsRebuildAndARebuildFromEmptyFindsEverythingAgain() {
    String w = Search.word();
    long article = Search.article("en", "Rebuilt " + w, "Nothing but " + w + ".");
    Search.found(w, article);
    assertEquals(403, Api.post("editor", "search/rebuild", "").status());
    Api.Reply asked = Api.post("admin", "search/rebuild", "");
    assertEquals(202, asked.status(), asked::toString);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (Api.get("admin", "search/status").json().getBoolean("rebuilding") && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    JsonObject status = Api.get("admin", "search/status").json();
    assertFalse(status.getBoolean("rebuilding"), status::toString);
    assertTrue(Search.ids(Search.query("editor", Search.q(w)).json(), "article").contains(article));
  }

  @Test
  void changeLogRowsPastTheirRetentionAreTrimmedBehindAHorizonAndSearchGoesOn() throws SQLException {
    String w = Search.word();
    long article = Search.article("en", "Trimmed " + w, "Kept " + w + ".");
    Search.found(w, article); // the index has applied the article's rows
    try (Connection c = Database.connect()) {
      long seq = single(c, "SELECT MAX(seq) FROM change_log WHERE kind = 'ARTICLE' AND entity_id = " + article);
      try (PreparedStatement old = c.prepareStatement("UPDATE change_log SET changed_at = ? WHERE seq <= ?")) {
        old.setObject(1, OffsetDateTime.now().minusDays(31)); // FACTDESK_CHANGE_LOG_RETENTION_DAYS: 30
        old.setLong(2, seq);
        old.executeUpdate();
      }
      long deadline = System.nanoTime() + 30_000_000_000L; // housekeeping runs every 2 s in the tests
      while (single(c, "SELECT trimmed_through FROM change_log_horizon WHERE id = 1") < seq
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertTrue(single(c, "SELECT trimmed_through FROM change_log_horizon WHERE id = 1") >= seq,
          "the horizon moved past the old rows");
      assertEquals(0, single(c, "SELECT COUNT(*) FROM change_log WHERE seq <= " + seq), "old rows deleted");
    }
    Search.found(w, article); // what the index applied stays
    String next = Search.word();
    long later = Search.article("en", "After the trim " + next, "Still followed: " + next + ".");
    Search.found(next, later);
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
