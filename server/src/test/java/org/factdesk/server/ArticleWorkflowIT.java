package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ArticleWorkflowIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void demoArticleGoesFromDraftToApprovedWithTheDemoStaff() {
    Api.Reply list = Api.get("editor", "articles?q=Demo:%20Caspian");
    assertEquals(200, list.status(), list::toString);
    JsonObject demo = list.json().getJsonArray("items").getJsonObject(0);
    long id = Articles.id(Api.post("editor", "articles", Api.json(Map.of("title", "Copy of demo", "language", "en",
        "text", "One paragraph.\n\nAnother paragraph."))).json());
    assertNotNull(demo);

    assertEquals(201, Articles.assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(id, "checker", "FACT_CHECKER", null).status());
    assertEquals(201, Articles.assign(id, "translator", "TRANSLATOR", "az").status());

    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", id, "FACT_CHECK").status());
    assertEquals(200, Articles.transition("checker", id, "TRANSLATION").status());
    Articles.approveTranslations(id);
    Api.Reply approved = Articles.transition("reviewer", id, "APPROVED");
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("APPROVED", approved.json().getString("state"));
    assertEquals(1, approved.json().getInt("approvedRevision"));

    List<String> actions = Api.get("editor", "articles/" + id + "/audit").json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("action") + ":" + v.asJsonObject().getString("subject", ""))
        .toList();
    assertEquals("article.created:article:" + id, actions.get(0));
    assertEquals(List.of("article.transitioned:submitForReview", "article.transitioned:passReview",
            "article.transitioned:passFactCheck", "article.transitioned:approve"),
        actions.stream().filter(a -> a.startsWith("article.transitioned")).toList());
    assertEquals(3, actions.stream().filter(a -> a.startsWith("assignment.created")).count());
  }

  @Test
  void everyMoveAnswersWithTheArticleAndEtagThatTheNextReadReturns() {
    long id = Articles.id(Articles.draft("Answers"));
    assertEquals(201, Articles.assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(id, "checker", "FACT_CHECKER", null).status());
    // Through approval and back: reopening adds a revision in the same transaction.
    String[][] moves = {{"editor", "IN_REVIEW"}, {"reviewer", "FACT_CHECK"}, {"reviewer", "APPROVED"},
        {"editor", "DRAFT"}, {"editor", "WITHDRAWN"}, {"editor", "DRAFT"}};
    for (String[] move : moves) {
      Api.Reply moved = Articles.transition(move[0], id, move[1]);
      assertEquals(200, moved.status(), moved::toString);
      Api.Reply read = Api.get(move[0], "articles/" + id);
      assertEquals(read.etag(), moved.etag(), move[1]);
      assertEquals(read.json(), moved.json(), move[1]);
    }
    assertEquals(2, Api.get("editor", "articles/" + id).json().getInt("currentRevision"));
  }

  @Test
  void createAnswersWithLocationEtagAndAllowedTransitions() {
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", "Ferry numbers", "language", "az-latn",
        "text", "Bərə xətti 1,2 milyon ton yük daşıyıb.\n\nƏn böyük marşrutdur.")));
    assertEquals(201, r.status(), r::toString);
    JsonObject a = r.json();
    assertTrue(r.header("Location").endsWith("/api/articles/" + a.getJsonNumber("id").longValue()));
    assertNotNull(r.etag());
    assertEquals("az-Latn", a.getString("language"));
    assertEquals("ltr", a.getString("direction"));
    assertEquals("DRAFT", a.getString("state"));
    assertEquals(1, a.getInt("currentRevision"));
    assertEquals(2, a.getJsonObject("revision").getJsonArray("blocks").size());
    assertEquals(64, a.getJsonObject("revision").getString("sha256").length());
    assertTrue(a.getJsonArray("allowedTransitions").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList().contains("IN_REVIEW"));
  }

  @Test
  void submittingWithoutReviewerIsBlockedWithReasons() {
    long id = Articles.id(Articles.draft("No reviewer"));
    Api.Reply r = Articles.transition("editor", id, "IN_REVIEW");
    assertEquals(409, r.status(), r::toString);
    assertTrue(r.isProblem());
    assertEquals("ReviewerAssigned", r.json().getJsonArray("reasons").getJsonObject(0).getString("guard"));
    assertEquals("DRAFT", Api.get("editor", "articles/" + id).json().getString("state"));
  }

  @Test
  void passingReviewNeedsAFactChecker() {
    long id = Articles.id(Articles.draft("Needs checker"));
    Articles.assign(id, "reviewer", "REVIEWER", null);
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    Api.Reply r = Articles.transition("reviewer", id, "FACT_CHECK");
    assertEquals(409, r.status());
    assertEquals("FactCheckerAssigned", r.json().getJsonArray("reasons").getJsonObject(0).getString("guard"));
  }

  @Test
  void illegalMoveIsAConflictListingPossibleMoves() {
    long id = Articles.id(Articles.draft("Illegal"));
    Api.Reply r = Articles.transition("editor", id, "APPROVED");
    assertEquals(409, r.status());
    assertEquals("illegalTransition", r.json().getString("code"));
  }

  @Test
  void changesRequestedGoBackToDraftAndReopeningKeepsTheApprovedRevision() {
    long id = Articles.staffed("Reopen");
    Articles.transition("editor", id, "IN_REVIEW");
    assertEquals(200, Articles.transition("reviewer", id, "DRAFT").status());
    Articles.transition("editor", id, "IN_REVIEW");
    Articles.transition("reviewer", id, "FACT_CHECK");
    Articles.transition("checker", id, "TRANSLATION");
    Articles.approveTranslations(id);
    assertEquals(200, Articles.transition("reviewer", id, "APPROVED").status());

    Api.Reply reopened = Articles.transition("editor", id, "DRAFT");
    assertEquals(200, reopened.status(), reopened::toString);
    JsonObject a = reopened.json();
    assertEquals("DRAFT", a.getString("state"));
    assertEquals(1, a.getInt("approvedRevision"));
    assertEquals(2, a.getInt("currentRevision"));
    String approvedSha = Api.get("editor", "articles/" + id + "/revisions/1").json().getString("sha256");
    assertEquals(approvedSha, a.getJsonObject("revision").getString("sha256"));
  }

  @Test
  void editingCreatesImmutableRevisionsAndAWordDiff() {
    JsonObject a = Articles.draft("Edits");
    long id = Articles.id(a);
    String etag = Api.get("editor", "articles/" + id).etag();
    Api.Reply r = Api.post("editor", "articles/" + id + "/revisions", Api.json(Map.of(
        "text", "The bridge opened in 1999 and carries 40,000 cars a day.\n\nOfficials said it was long.",
        "note", "fix year")), "If-Match", etag);
    assertEquals(201, r.status(), r::toString);
    assertEquals(2, r.json().getInt("number"));
    assertNotEquals(etag, r.etag());

    JsonObject first = Api.get("editor", "articles/" + id + "/revisions/1").json();
    assertEquals(a.getJsonObject("revision").getString("sha256"), first.getString("sha256"));
    assertTrue(first.getJsonArray("blocks").getJsonObject(0).getString("text").contains("1998"));

    JsonObject diff = Api.get("editor", "articles/" + id + "/diff?from=1&to=2").json();
    List<String> deleted = diff.getJsonArray("segments").stream().map(v -> v.asJsonObject())
        .filter(s -> s.getString("op").equals("DELETE")).map(s -> s.getString("text")).toList();
    assertTrue(deleted.contains("1998"), deleted::toString);
    assertTrue(diff.getInt("wordsRemoved") >= 2);

    Api.Reply same = Api.post("editor", "articles/" + id + "/revisions", Api.json(Map.of(
        "text", "The bridge opened in 1999 and carries 40,000 cars a day.\n\nOfficials said it was long.")),
        "If-Match", r.etag());
    assertEquals(200, same.status(), "identical text stores no revision");
    assertEquals(2, Api.get("editor", "articles/" + id + "/revisions").json().getInt("total"));
  }

  @Test
  void importsPlainTextWithHeadingsAndDropsARepeatedTitle() {
    String text = "example.org\n\nBridges of the Caucasus\n\nBridges of the Caucasus\n\n"
        + "The first paragraph has\ntwo lines.\n\nNumbers\n\nThe second paragraph.\n";
    Api.Reply r = Api.send("editor", "POST", "articles/import?language=en", "text/plain; charset=UTF-8",
        Api.bytes(text));
    assertEquals(201, r.status(), r::toString);
    JsonObject a = r.json();
    assertEquals("Bridges of the Caucasus", a.getString("title"));
    var blocks = a.getJsonObject("revision").getJsonArray("blocks");
    assertEquals(3, blocks.size());
    assertEquals("The first paragraph has two lines.", blocks.getJsonObject(0).getString("text"));
    assertEquals("HEADING", blocks.getJsonObject(1).getString("kind"));
  }

  @Test
  void importsMarkdown() {
    String md = "# Ferry report\n\nThe *line* carries [cargo](https://example.org).\n\n## Numbers\n\n> A quote.\n";
    Api.Reply r = Api.send("editor", "POST", "articles/import?language=en", "text/markdown", Api.bytes(md));
    assertEquals(201, r.status(), r::toString);
    var blocks = r.json().getJsonObject("revision").getJsonArray("blocks");
    assertEquals("Ferry report", r.json().getString("title"));
    assertEquals("The line carries cargo.", blocks.getJsonObject(0).getString("text"));
    assertEquals("HEADING", blocks.getJsonObject(1).getString("kind"));
    assertEquals("QUOTE", blocks.getJsonObject(2).getString("kind"));
  }

  @Test
  void commentsOnArticleAndRevision() {
    long id = Articles.id(Articles.draft("Comments"));
    assertEquals(201, Api.post("editor", "articles/" + id + "/comments", "{\"body\":\"Check the year\"}").status());
    assertEquals(201, Api.post("editor", "articles/" + id + "/revisions/1/comments", "{\"body\":\"On rev 1\"}").status());
    assertEquals(404, Api.post("editor", "articles/" + id + "/revisions/9/comments", "{\"body\":\"x\"}").status());
    assertEquals(2, Api.get("editor", "articles/" + id + "/comments").json().getInt("total"));
    assertEquals(1, Api.get("editor", "articles/" + id + "/revisions/1/comments").json().getInt("total"));
  }

  @Test
  void queueListsMyAssignmentsOverdueFirst() {
    long late = Articles.id(Articles.draft("Late"));
    long later = Articles.id(Articles.draft("Later"));
    Api.post("editor", "articles/" + later + "/assignments",
        Api.json(Map.of("user", "checker", "role", "FACT_CHECKER", "due", "2099-12-31")));
    Api.post("editor", "articles/" + late + "/assignments",
        Api.json(Map.of("user", "checker", "role", "FACT_CHECKER", "due", "2001-01-01T10:00:00Z")));
    JsonObject queue = Api.get("checker", "me/queue?size=200").json();
    JsonObject first = queue.getJsonArray("items").getJsonObject(0);
    assertTrue(first.getBoolean("overdue"));
    List<Long> ids = queue.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonObject("article").getJsonNumber("id").longValue()).toList();
    assertTrue(ids.indexOf(late) < ids.indexOf(later), ids::toString);
    assertTrue(Api.get("editor", "assignments/overdue?size=200").json().getJsonArray("items").stream()
        .anyMatch(v -> v.asJsonObject().getJsonObject("article").getJsonNumber("id").longValue() == late));
    JsonObject overdueOnly = Api.get("checker", "me/queue?overdue=true&size=200").json();
    assertFalse(overdueOnly.getJsonArray("items").stream()
        .anyMatch(v -> v.asJsonObject().getJsonObject("article").getJsonNumber("id").longValue() == later));
  }

  @Test
  void closedArticlesLeaveTheQueueAndReopenedOnesComeBack() {
    long id = Articles.approved("Queue closes");
    java.util.function.Function<String, List<Long>> queued = query -> {
      Api.Reply r = Api.get("checker", "me/queue?size=200" + query);
      assertEquals(200, r.status(), r::toString);
      return r.json().getJsonArray("items").stream()
          .map(v -> v.asJsonObject().getJsonObject("article").getJsonNumber("id").longValue()).toList();
    };
    java.util.function.IntSupplier total = () -> Api.get("checker", "me/queue").json().getInt("total");
    int closedTotal = total.getAsInt();
    assertFalse(queued.apply("").contains(id), "an approved article is out of the checker's queue");
    assertTrue(queued.apply("&closed=true").contains(id), "closed=true still lists it");
    assertTrue(queued.apply("&state=APPROVED").contains(id));
    assertEquals(200, Articles.transition("editor", id, "DRAFT").status());
    assertTrue(queued.apply("").contains(id), "reopened, it is back in the queue");
    assertEquals(closedTotal + 1, total.getAsInt(), "and in its total");
    assertTrue(queued.apply("&state=DRAFT").contains(id));
    assertFalse(queued.apply("&state=APPROVED").contains(id));
    long added = Articles.id(Articles.draft("Queue assigned while closed"));
    assertEquals(201, Articles.assign(added, "reviewer", "REVIEWER", null).status());
    assertEquals(200, Articles.transition("editor", added, "WITHDRAWN").status());
    assertEquals(201, Articles.assign(added, "checker", "FACT_CHECKER", null).status());
    assertFalse(queued.apply("").contains(added), "assigned on a withdrawn article: not in the queue");
    assertTrue(queued.apply("&closed=true").contains(added));
  }

  @Test
  void reassignAndUnassignKeepHistory() {
    long id = Articles.id(Articles.draft("Reassign"));
    long first = Articles.assign(id, "checker", "FACT_CHECKER", null).json().getJsonNumber("id").longValue();
    Api.Reply again = Articles.assign(id, "checker", "FACT_CHECKER", null);
    assertEquals(200, again.status(), "assigning the same person again creates nothing");
    assertEquals(first, again.json().getJsonNumber("id").longValue());
    Api.Reply moved = Api.put("editor", "articles/" + id + "/assignments/" + first, "{\"due\":\"2099-02-02\"}");
    assertEquals(200, moved.status(), moved::toString);
    assertTrue(moved.json().getString("due").startsWith("2099-02-02"));
    assertEquals(204, Api.delete("editor", "articles/" + id + "/assignments/" + first).status());
    assertEquals(0, Api.get("editor", "articles/" + id + "/assignments").array().size());
    assertEquals(1, Api.get("editor", "articles/" + id + "/assignments?all=true").array().size());
    assertEquals(409, Api.delete("editor", "articles/" + id + "/assignments/" + first).status());
  }

  @Test
  void anArchivedArticleKeepsTheStaffItHadWhicheverWayItIsAsked() {
    long id = Articles.id(Articles.draft("Archived staff"));
    long held = Articles.assign(id, "reviewer", "REVIEWER", null).json().getJsonNumber("id").longValue();
    assertEquals(200, Articles.transition("editor", id, "WITHDRAWN").status());
    assertEquals(200, Articles.transition("editor", id, "ARCHIVED").status());
    Api.Reply assign = Articles.assign(id, "checker", "FACT_CHECKER", null);
    assertEquals(409, assign.status(), assign::toString);
    assertEquals("archived", assign.json().getString("code"), assign::toString);
    Api.Reply reassign = Api.put("editor", "articles/" + id + "/assignments/" + held,
        Api.json(Map.of("user", "editor", "due", "2099-05-05")));
    assertEquals(409, reassign.status(), reassign::toString);
    assertEquals("archived", reassign.json().getString("code"), reassign::toString);
    var staff = Api.get("editor", "articles/" + id + "/assignments").array();
    assertEquals(1, staff.size(), staff::toString);
    assertEquals("reviewer", staff.getJsonObject(0).getString("user"));
  }

  @Test
  void assigningSomeoneElseToAHeldPartHandsItOverAsAReassignmentDoes() {
    long id = Articles.id(Articles.draft("Hand over"));
    String second = "editor" + java.util.UUID.randomUUID().toString().substring(0, 6);
    Api.Reply created = Api.post("admin", "users", Api.json(Map.of("username", second, "password", "correct horse battery",
        "roles", List.of("EDITOR"))));
    assertEquals(201, created.status(), created::toString);
    long first = Articles.assign(id, "reviewer", "REVIEWER", null).json().getJsonNumber("id").longValue();

    Api.Reply handed = Api.post("editor", "articles/" + id + "/assignments",
        Api.json(Map.of("user", second, "role", "REVIEWER")));
    assertEquals(201, handed.status(), handed::toString);
    long next = handed.json().getJsonNumber("id").longValue();
    assertEquals(second, handed.json().getString("user"));
    assertTrue(handed.json().getString("due").startsWith("2099-01-01"), "without a new date the part keeps its own");
    var active = Api.get("editor", "articles/" + id + "/assignments").array();
    assertEquals(1, active.size(), active::toString);
    assertEquals(next, active.getJsonObject(0).getJsonNumber("id").longValue());

    List<JsonObject> audit = Api.get("editor", "articles/" + id + "/audit?size=200").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertTrue(audit.stream().anyMatch(e -> e.getString("action").equals("assignment.replaced")
        && e.getString("subject", "").equals("assignment:" + first)), audit::toString);
    JsonObject start = audit.stream().filter(e -> e.getString("subject", "").equals("assignment:" + next)).findFirst()
        .orElseThrow();
    assertEquals("assignment.created", start.getString("action"));
    assertEquals("reassigned", start.getString("note"), start::toString);
    assertEquals("reviewer", start.getJsonObject("before").getString("user"), "the audit shows whom it replaced");

    Api.Reply back = Api.post("editor", "articles/" + id + "/assignments",
        Api.json(Map.of("user", "reviewer", "role", "REVIEWER", "due", "2099-03-03")));
    assertEquals(201, back.status(), back::toString);
    assertTrue(back.json().getString("due").startsWith("2099-03-03"), "a date given with the hand-over counts");
  }

  @Test
  void healthAndOpenApiAreServed() {
    Api.Reply health = Api.get(null, Api.ROOT + "/health");
    assertEquals(200, health.status(), health::toString);
    assertEquals("UP", health.json().getString("status"));
    Api.Reply openapi = Api.get(null, Api.ROOT + "/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/articles/{id}/transitions"), "OpenAPI lists the transition endpoint");
  }
}
