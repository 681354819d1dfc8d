package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What needs me (GET /api/me/work) for each person of a desk, and the interface language on the account. */
@ExtendWith(ArquillianExtension.class)
class WorkIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  /** A desk of fresh accounts, so nobody else's work shows in their lists. */
  private record Desk(String author, String reviewer, String checker, String translator, long article, long task) {}

  private static Desk desk() {
    String author = Api.account("EDITOR");
    String reviewer = Api.account("EDITOR");
    String checker = Api.account("FACT_CHECKER");
    String translator = Api.account("TRANSLATOR");
    Api.Reply created = Api.post(author, "articles", Api.json(Map.of("title", "Ferry timetable " + author,
        "language", "en", "text", Articles.TEXT)));
    assertEquals(201, created.status(), created::toString);
    long article = Articles.id(created.json());
    for (String[] a : List.of(new String[] {reviewer, "REVIEWER"}, new String[] {checker, "FACT_CHECKER"})) {
      Api.Reply r = Api.post(author, "articles/" + article + "/assignments",
          Api.json(Map.of("user", a[0], "role", a[1], "due", "2099-01-01")));
      assertEquals(201, r.status(), r::toString);
    }
    Api.Reply t = Api.post(author, "articles/" + article + "/assignments",
        Api.json(Map.of("user", translator, "role", "TRANSLATOR", "language", "he", "due", "2000-01-01")));
    assertEquals(201, t.status(), t::toString);
    long task = Api.get(author, "articles/" + article + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    return new Desk(author, reviewer, checker, translator, article, task);
  }

  /** Every item of the person's list, page by page. */
  static List<JsonObject> work(String user) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      Api.Reply r = Api.get(user, "me/work?size=200&page=" + page);
      assertEquals(200, r.status(), r::toString);
      r.json().getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
      if (all.size() >= r.json().getInt("total")) {
        return all;
      }
    }
  }

  private static List<String> kinds(String user, long article) {
    return work(user).stream().filter(w -> w.getJsonNumber("articleId").longValue() == article)
        .map(w -> w.getString("kind")).toList();
  }

  private static JsonObject only(String user, String kind, long article) {
    List<JsonObject> found = work(user).stream().filter(w -> w.getString("kind").equals(kind)
        && w.getJsonNumber("articleId").longValue() == article).toList();
    assertEquals(1, found.size(), () -> user + " " + kind + ": " + found);
    return found.get(0);
  }

  /** Null or left out (JSON-B leaves nulls out). */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static void move(String user, long article, String to) {
    String etag = Api.get(user, "articles/" + article).etag();
    Api.Reply r = Api.post(user, "articles/" + article + "/transitions", Api.json(Map.of("to", to, "comment", "on")),
        "If-Match", etag);
    assertEquals(200, r.status(), r::toString);
  }

  private static void translate(Desk d, String prefix) {
    Api.Reply w = Api.get(d.translator(), "translations/" + d.task());
    List<String> blocks = w.json().getJsonArray("blocks").stream()
        .map(b -> prefix + b.asJsonObject().getString("source")).toList();
    Api.Reply saved = Api.put(d.translator(), "translations/" + d.task(), Api.json(Map.of("title", prefix + "title",
        "blocks", blocks)), "If-Match", w.etag());
    assertEquals(200, saved.status(), saved::toString);
    Api.Reply submitted = Api.post(d.translator(), "translations/" + d.task() + "/submit", "");
    assertEquals(200, submitted.status(), submitted::toString);
  }

  @Test
  void eachStepShowsForWhoeverItWaitsFor() {
    Desk d = desk();
    assertEquals(List.of("DRAFT"), kinds(d.author(), d.article()), "the author's draft waits for them");
    JsonObject todo = only(d.translator(), "TRANSLATE", d.article());
    assertEquals(d.task(), todo.getJsonNumber("taskId").longValue(), "the row opens the translation, not the article");
    assertEquals("he", todo.getString("language"));
    assertTrue(todo.getBoolean("overdue"), "due in 2000: " + todo);
    assertEquals(List.of(), kinds(d.reviewer(), d.article()), "nothing to review in a draft");

    move(d.author(), d.article(), "IN_REVIEW");
    assertEquals(List.of("REVIEW"), kinds(d.reviewer(), d.article()));
    assertEquals(List.of(), kinds(d.author(), d.article()), "submitted: nothing waits for the author");
    move(d.reviewer(), d.article(), "FACT_CHECK");
    assertEquals(List.of("CHECK"), kinds(d.checker(), d.article()));
    assertEquals(List.of(), kinds(d.reviewer(), d.article()));

    translate(d, "[he] ");
    assertEquals(List.of(), kinds(d.translator(), d.article()), "a submitted translation waits for someone else");
    JsonObject approve = only(d.author(), "APPROVE_TRANSLATION", d.article());
    assertEquals(d.task(), approve.getJsonNumber("taskId").longValue());
    assertTrue(absent(approve, "claimId"), approve::toString);
    only(d.reviewer(), "APPROVE_TRANSLATION", d.article());
  }

  @Test
  void aTranslatorsOwnTranslationIsNeverOfferedThemToApprove() {
    Desk d = desk();
    String both = Api.account(List.of("EDITOR", "TRANSLATOR"), List.of("he"));
    Api.Reply r = Api.post(d.author(), "articles/" + d.article() + "/assignments",
        Api.json(Map.of("user", both, "role", "REVIEWER", "due", "2099-01-01")));
    assertEquals(201, r.status(), r::toString);
    Api.Reply swap = Api.post(d.author(), "articles/" + d.article() + "/assignments",
        Api.json(Map.of("user", both, "role", "TRANSLATOR", "language", "he", "due", "2099-01-01")));
    assertTrue(swap.status() == 201 || swap.status() == 200, swap::toString);
    Desk mine = new Desk(d.author(), both, d.checker(), both, d.article(), d.task());
    translate(mine, "[he] ");
    assertFalse(kinds(both, d.article()).contains("APPROVE_TRANSLATION"), "four eyes: " + kinds(both, d.article()));
    only(d.author(), "APPROVE_TRANSLATION", d.article());
  }

  @Test
  void aChangedSourceAsksTheTranslatorForAnUpdateAndAnArticleInTranslationAsksTheReviewerToApprove() {
    Desk d = desk();
    move(d.author(), d.article(), "IN_REVIEW");
    move(d.reviewer(), d.article(), "FACT_CHECK");
    move(d.checker(), d.article(), "TRANSLATION");
    assertEquals(List.of("APPROVE_ARTICLE"), kinds(d.reviewer(), d.article()));
    translate(d, "[he] ");
    assertEquals(200, Api.post(d.author(), "translations/" + d.task() + "/approve", "").status());
    String etag = Api.get(d.author(), "articles/" + d.article()).etag();
    Api.Reply revised = Api.post(d.author(), "articles/" + d.article() + "/revisions",
        Api.json(Map.of("text", Articles.TEXT.replace("1998", "1999"), "note", "year")), "If-Match", etag);
    assertEquals(201, revised.status(), revised::toString);
    JsonObject update = only(d.translator(), "UPDATE_TRANSLATION", d.article());
    assertEquals(d.task(), update.getJsonNumber("taskId").longValue());
  }

  @Test
  void aClaimWhoseTextChangedAsksItsCheckerForARecheck() {
    long article = Claims.columnInFactCheck();
    String quote = "3.2 million passengers in 2025";
    long claim = Claims.cited(article, quote);
    assertEquals(200, Claims.resolve(claim, "TRUE", "The annual report says 3.2 million.").status());
    List<String> blocks = new ArrayList<>(Claims.COLUMN);
    blocks.set(0, blocks.get(0).replace("3.2 million", "3.4 million"));
    Api.Reply r = Claims.revise(article, blocks);
    assertTrue(r.status() == 201 || r.status() == 200, r::toString);
    JsonObject recheck = only("checker", "RECHECK", article);
    assertEquals(claim, recheck.getJsonNumber("claimId").longValue());
  }

  @Test
  void theInterfaceLanguageIsKeptOnTheAccount() {
    String user = Api.account("EDITOR");
    assertTrue(absent(Api.get(user, "me").json(), "uiLanguage"), "the browser's until they choose");
    Api.Reply chosen = Api.patch(user, "me", "{\"uiLanguage\":\"ar\"}");
    assertEquals(200, chosen.status(), chosen::toString);
    assertEquals("ar", chosen.json().getString("uiLanguage"));
    assertEquals("ar", Api.get(user, "me").json().getString("uiLanguage"));
    assertEquals("ar", Api.post(user, "sessions", null).json().getJsonObject("user").getString("uiLanguage"),
        "applied at login");
    assertEquals(200, Api.put(user, "me", "{\"uiLanguage\":\"he\"}").status());
    assertEquals("he", Api.get(user, "me").json().getString("uiLanguage"));
    Api.Reply bad = Api.patch(user, "me", "{\"uiLanguage\":\"Hebrew language\"}");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("he", Api.get(user, "me").json().getString("uiLanguage"), "a refused choice changes nothing");
    assertEquals(200, Api.patch(user, "me", "{\"uiLanguage\":null}").status());
    assertTrue(absent(Api.get(user, "me").json(), "uiLanguage"));
  }

  private static List<String> actions(String user, long article) {
    Api.Reply r = Api.get(user, "articles/" + article);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
  }

  @Test
  void theArticleSaysWhatEachPersonMayDoNow() {
    long article = Claims.columnInFactCheck();
    assertEquals(List.of("edit", "staff", "cite"), actions("editor", article), "editors edit, staff and cite");
    assertEquals(List.of("cite", "settle"), actions("checker", article), "the assigned checker cites and settles");
    assertEquals(List.of(), actions("translator", article), "a translator reads the article, nothing more");

    long approved = Articles.approved("Offered");
    assertEquals(List.of("staff", "pdf"), actions("editor", approved), "no edit of an approved text");
    assertEquals(List.of("pdf"), actions("checker", approved), "no claims to flag once approved");
  }

  @Test
  void pagesFollowOneAnotherWithoutRepeatsOverdueFirst() {
    String author = Api.account("EDITOR");
    List<Long> ids = new ArrayList<>();
    for (String deadline : List.of("2099-05-01T00:00:00Z", "2001-01-01T00:00:00Z", "2099-01-01T00:00:00Z")) {
      Api.Reply r = Api.post(author, "articles", Api.json(Map.of("title", "Paged " + deadline, "language", "en",
          "text", Articles.TEXT, "deadline", deadline)));
      assertEquals(201, r.status(), r::toString);
      ids.add(Articles.id(r.json()));
    }
    Api.Reply first = Api.get(author, "me/work?size=2&page=1");
    Api.Reply second = Api.get(author, "me/work?size=2&page=2");
    assertEquals(3, first.json().getInt("total"), first::toString);
    List<Long> order = new ArrayList<>();
    for (Api.Reply r : List.of(first, second)) {
      r.json().getJsonArray("items").forEach(v -> order.add(v.asJsonObject().getJsonNumber("articleId").longValue()));
    }
    assertEquals(List.of(ids.get(1), ids.get(2), ids.get(0)), order, "overdue, then by deadline, no repeats");
  }
}
