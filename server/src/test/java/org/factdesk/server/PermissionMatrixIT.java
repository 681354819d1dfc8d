package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, checked over HTTP for every demo role. Each row is an action, the expected
 * status per user, and a fresh article so that rows do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static final List<String> USERS = List.of("admin", "editor", "reviewer", "checker", "translator");

  /** One action: expected statuses for admin, editor, reviewer, checker, translator. */
  private record Row(String name, int[] expected, Action action) {}

  @FunctionalInterface
  private interface Action {
    int run(String user, long staffedArticle);
  }

  private final List<String> failures = new ArrayList<>();

  private void check(Row row) {
    for (int i = 0; i < USERS.size(); i++) {
      long article = Articles.staffed(row.name());
      int status = row.action().run(USERS.get(i), article);
      if (status != row.expected()[i]) {
        failures.add(row.name() + " as " + USERS.get(i) + ": expected " + row.expected()[i] + ", got " + status);
      }
    }
  }

  @Test
  void everyRoleGetsExactlyItsRights() {
    //                                  admin editor reviewer checker translator
    check(new Row("create article", new int[] {403, 201, 201, 403, 403},
        (u, id) -> Api.post(u, "articles", Api.json(Map.of("title", "T", "language", "en", "text", "x"))).status()));
    check(new Row("read assigned article", new int[] {200, 200, 200, 200, 200},
        (u, id) -> Api.get(u, "articles/" + id).status()));
    check(new Row("rewrite the text", new int[] {403, 201, 201, 403, 403},
        (u, id) -> Api.post(u, "articles/" + id + "/revisions", "{\"text\":\"Rewritten by " + u + ".\"}",
            "If-Match", Api.get("editor", "articles/" + id).etag()).status()));
    check(new Row("change metadata", new int[] {403, 200, 200, 403, 403},
        (u, id) -> Api.patch(u, "articles/" + id, "{\"desk\":\"Politics\"}",
            "If-Match", Api.get("editor", "articles/" + id).etag()).status()));
    check(new Row("assign", new int[] {403, 201, 201, 403, 403},
        (u, id) -> Api.post(u, "articles/" + id + "/assignments",
            Api.json(Map.of("user", "translator", "role", "TRANSLATOR", "language", "ka", "due", "2099-03-03")))
            .status()));
    check(new Row("submit for review", new int[] {403, 200, 200, 403, 403},
        (u, id) -> Articles.transition(u, id, "IN_REVIEW").status()));
    check(new Row("pass review (assigned reviewer only)", new int[] {403, 403, 200, 403, 403},
        (u, id) -> {
          Articles.transition("editor", id, "IN_REVIEW");
          return Articles.transition(u, id, "FACT_CHECK").status();
        }));
    check(new Row("pass fact-check (assigned checker or editor)", new int[] {403, 200, 200, 200, 403},
        (u, id) -> {
          toFactCheck(id);
          return Articles.transition(u, id, "TRANSLATION").status();
        }));
    // The author (editor) may make the move but four eyes block it (409); another editor approves.
    check(new Row("approve (editors other than the author)", new int[] {403, 409, 200, 403, 403},
        (u, id) -> {
          toFactCheck(id);
          Articles.transition("checker", id, "TRANSLATION");
          Articles.approveTranslations(id);
          return Articles.transition(u, id, "APPROVED").status();
        }));
    check(new Row("comment", new int[] {201, 201, 201, 201, 201},
        (u, id) -> Api.post(u, "articles/" + id + "/comments", "{\"body\":\"noted\"}").status()));
    check(new Row("article audit", new int[] {200, 200, 200, 200, 200},
        (u, id) -> Api.get(u, "articles/" + id + "/audit").status()));
    check(new Row("global audit", new int[] {200, 403, 403, 403, 403},
        (u, id) -> Api.get(u, "audit").status()));
    check(new Row("audit verification", new int[] {200, 403, 403, 403, 403},
        (u, id) -> Api.get(u, "audit/verification").status()));
    check(new Row("audit export", new int[] {200, 403, 403, 403, 403},
        (u, id) -> Api.bytes(u, "audit/export").statusCode()));
    check(new Row("create user", new int[] {201, 403, 403, 403, 403},
        (u, id) -> Api.post(u, "users", Api.json(Map.of("username", "u" + id + u.charAt(0), "password",
            "correct horse battery", "roles", List.of("FACT_CHECKER")))).status()));
    check(new Row("list users", new int[] {200, 200, 200, 403, 403},
        (u, id) -> Api.get(u, "users").status()));
    check(new Row("my queue", new int[] {200, 200, 200, 200, 200},
        (u, id) -> Api.get(u, "me/queue").status()));
    // Issue 15: everyone reads what waits for them and chooses their own interface language.
    check(new Row("what needs me", new int[] {200, 200, 200, 200, 200},
        (u, id) -> Api.get(u, "me/work").status()));
    check(new Row("my interface language", new int[] {200, 200, 200, 200, 200},
        (u, id) -> Api.patch(u, "me", "{\"uiLanguage\":\"en\"}").status()));
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  @Test
  void staffSeeOnlyArticlesTheyAreAssignedTo() {
    long unassigned = Articles.id(Articles.draft("Private"));
    assertEquals(404, Api.get("checker", "articles/" + unassigned).status());
    assertEquals(404, Api.get("translator", "articles/" + unassigned).status());
    assertEquals(404, Api.post("checker", "articles/" + unassigned + "/comments", "{\"body\":\"hi\"}").status());
    assertTrue(Api.get("checker", "articles?size=200").json().getJsonArray("items").stream()
        .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == unassigned));
    long mine = Articles.staffed("Mine");
    assertTrue(Api.get("checker", "articles?size=200").json().getJsonArray("items").stream()
        .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == mine));
  }

  @Test
  void translatorsWorkOnlyInTheirOwnLanguages() {
    long id = Articles.id(Articles.draft("Languages"));
    Api.Reply wrong = Articles.assign(id, "translator", "TRANSLATOR", "fr");
    assertEquals(422, wrong.status(), wrong::toString);
    assertEquals("notATranslatorFor", wrong.json().getString("code"));
    assertEquals(201, Articles.assign(id, "translator", "TRANSLATOR", "ka").status());
    assertEquals(422, Articles.assign(id, "checker", "TRANSLATOR", "ka").status());
    assertEquals(422, Articles.assign(id, "translator", "TRANSLATOR", "en").status(), "not into the source language");
  }

  @Test
  void theAuthorCannotReviewTheirOwnArticle() {
    long id = Articles.id(Articles.draft("Own review"));
    Api.Reply r = Articles.assign(id, "editor", "REVIEWER", null);
    assertEquals(422, r.status());
    assertEquals("reviewerIsAuthor", r.json().getString("code"));
    assertEquals(422, Articles.assign(id, "checker", "REVIEWER", null).status(), "reviewers are editors");
  }

  @Test
  void theFirstAdminComesFromConfiguration() {
    Api.Reply me = Api.send(null, "GET", "me", null, null, "Authorization", Api.basic("chief", "chief-password-1"));
    assertEquals(200, me.status(), me::toString);
    assertEquals("ADMIN", me.json().getJsonArray("roles").getString(0));
    assertEquals(401, Api.send(null, "GET", "me", null, null, "Authorization", Api.basic("chief", "demo")).status());
  }

  @Test
  void noLoginNoAccess() {
    Api.Reply anonymous = Api.get(null, "articles");
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.isProblem(), anonymous::toString);
    assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
    Api.Reply wrong = Api.send(null, "GET", "articles", null, null, "Authorization", Api.basic("editor", "nope"));
    assertEquals(401, wrong.status());
    assertEquals("badCredentials", wrong.json().getString("code"));
    Api.Reply garbage = Api.send(null, "GET", "articles", null, null, "Authorization", "Basic %%%");
    assertEquals(401, garbage.status());
  }

  private static void toFactCheck(long id) {
    Articles.transition("editor", id, "IN_REVIEW");
    Articles.transition("reviewer", id, "FACT_CHECK");
  }
}
