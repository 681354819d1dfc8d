package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 15: an edit of an older revision merges block by block, or says per block what collides. */
@ExtendWith(ArquillianExtension.class)
class MergeIT {
  private static final List<String> BASE = List.of("The budget is 4.2 billion manat.", "Growth was 3 percent.",
      "Imports fell by a tenth.");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static long article() {
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", "Merge " + System.nanoTime(),
        "language", "en", "text", String.join("\n\n", BASE))));
    assertEquals(201, r.status(), r::toString);
    return Articles.id(r.json());
  }

  private static List<String> edit(int block, String text) {
    List<String> blocks = new ArrayList<>(BASE);
    blocks.set(block, text);
    return blocks;
  }

  private static Api.Reply saveFrom(String user, long id, int base, List<String> blocks) {
    return Api.post(user, "articles/" + id + "/revisions", "{\"base\":" + base + ",\"text\":"
        + jakarta.json.Json.createValue(String.join("\n\n", blocks)) + "}");
  }

  private static List<String> current(long id) {
    return Api.get("editor", "articles/" + id).json().getJsonObject("revision").getJsonArray("blocks").stream()
        .map(b -> b.asJsonObject().getString("text")).toList();
  }

  private static List<JsonObject> audit(long id, String action) {
    return Api.get("editor", "articles/" + id + "/audit").json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject()).filter(e -> e.getString("action").equals(action)).toList();
  }

  /** Revision 2: the reviewer's correction of the first block, saved the ordinary way (If-Match). */
  private static void reviewerCorrectsTheBudget(long id) {
    String etag = Api.get("editor", "articles/" + id).etag();
    assertEquals(201, Api.post("reviewer", "articles/" + id + "/revisions", Api.json(Map.of("text",
        String.join("\n\n", edit(0, "The budget is 4.3 billion manat.")))), "If-Match", etag).status());
  }

  @Test
  void editsOfDifferentBlocksFromTheSameRevisionMergeAndTheMergeIsAudited() {
    long id = article();
    reviewerCorrectsTheBudget(id);
    Api.Reply merged = saveFrom("editor", id, 1, edit(2, "Imports fell by a fifth."));
    assertEquals(201, merged.status(), merged::toString);
    assertEquals(3, merged.json().getInt("number"), merged::toString);
    assertEquals(List.of("The budget is 4.3 billion manat.", "Growth was 3 percent.", "Imports fell by a fifth."),
        current(id));
    List<JsonObject> merges = audit(id, "article.merged");
    assertEquals(1, merges.size(), "one merge in the audit trail");
    assertEquals(1, merges.get(0).getJsonObject("after").getInt("base"), merges.get(0)::toString);
    assertEquals("editor", merges.get(0).getString("actor"));
    // Sent again (a retry after a lost answer), the same edit finds nothing new to store.
    Api.Reply again = saveFrom("editor", id, 1, edit(2, "Imports fell by a fifth."));
    assertEquals(200, again.status(), again::toString);
    assertEquals(3, Api.get("editor", "articles/" + id).json().getInt("currentRevision"));
  }

  @Test
  void theSameBlockChangedOnBothSidesIs409WithBaseTheirsAndMineAndStoresNothing() {
    long id = article();
    reviewerCorrectsTheBudget(id);
    List<String> mine = edit(0, "The budget is 4.7 billion manat.");
    mine.set(2, "Imports fell by a fifth.");
    Api.Reply conflict = saveFrom("editor", id, 1, mine);
    assertEquals(409, conflict.status(), conflict::toString);
    assertTrue(conflict.isProblem());
    assertTrue(conflict.json().getString("code").contains("onflict"), conflict::toString);
    var reasons = conflict.json().getJsonArray("reasons");
    assertEquals(1, reasons.size(), "only the first block collides: " + conflict);
    JsonObject details = reasons.getJsonObject(0).getJsonObject("details");
    assertEquals(1, details.getInt("block"));
    assertEquals(2, details.getInt("current"));
    assertEquals("The budget is 4.2 billion manat.", details.getJsonArray("base").getJsonObject(0).getString("text"));
    assertEquals("The budget is 4.3 billion manat.", details.getJsonArray("theirs").getJsonObject(0).getString("text"));
    assertEquals("The budget is 4.7 billion manat.", details.getJsonArray("mine").getJsonObject(0).getString("text"));
    assertEquals(edit(0, "The budget is 4.3 billion manat."), current(id), "nothing stored");
    assertEquals(List.of(), audit(id, "article.merged"));
    // The editor chooses for that block and sends again from the revision they now have seen.
    Api.Reply resolved = saveFrom("editor", id, 2, List.of("The budget is 4.3 billion manat.", BASE.get(1),
        "Imports fell by a fifth."));
    assertEquals(201, resolved.status(), resolved::toString);
  }

  @Test
  void threeEditorsSavingFromTheSameRevisionAtOnceKeepAllThreeChanges() throws Exception {
    long id = article();
    String third = Api.account("EDITOR");
    List<String> users = List.of("editor", "reviewer", third);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int block = i;
      Callable<Api.Reply> save = () -> {
        start.await();
        return saveFrom(users.get(block), id, 1, edit(block, "Changed by " + users.get(block) + "."));
      };
      replies.add(pool.submit(save));
    }
    start.countDown();
    for (Future<Api.Reply> f : replies) {
      Api.Reply r = f.get();
      assertEquals(201, r.status(), r::toString);
    }
    pool.shutdown();
    assertEquals(users.stream().map(u -> "Changed by " + u + ".").toList(), current(id));
    assertEquals(4, Api.get("editor", "articles/" + id).json().getInt("currentRevision"));
    // The first to land revised revision 1 directly; the two after it merged.
    assertEquals(1, audit(id, "article.revised").size());
    assertEquals(2, audit(id, "article.merged").size());
  }

  @Test
  void aMergeRacingAnApprovalNeverChangesApprovedText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Integer> outcomes = new java.util.TreeMap<>();
    for (int round = 0; round < 6; round++) {
      long id = article();
      Articles.assign(id, "reviewer", "REVIEWER", null);
      Articles.assign(id, "checker", "FACT_CHECKER", null);
      assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
      assertEquals(200, Articles.transition("reviewer", id, "FACT_CHECK").status());
      String etag = Api.get("reviewer", "articles/" + id).etag();
      CountDownLatch start = new CountDownLatch(1);
      Future<Api.Reply> merge = pool.submit(() -> {
        start.await();
        return saveFrom("editor", id, 1, edit(1, "Growth was 3.4 percent."));
      });
      Future<Api.Reply> approve = pool.submit(() -> {
        start.await();
        return Api.post("reviewer", "articles/" + id + "/transitions", Api.json(Map.of("to", "APPROVED")),
            "If-Match", etag);
      });
      start.countDown();
      Api.Reply m = merge.get();
      Api.Reply a = approve.get();
      outcomes.merge(m.status() + "/" + a.status(), 1, Integer::sum);
      JsonObject now = Api.get("editor", "articles/" + id).json();
      if (a.status() == 200) {
        assertEquals(409, m.status(), "approved first: the merge must be refused, " + m);
        assertEquals("notEditable", m.json().getString("code"));
        assertEquals(1, now.getInt("currentRevision"), "the approved text is the one reviewed");
      } else {
        assertEquals(412, a.status(), "merged first: the approval read an older version, " + a);
        assertEquals(201, m.status(), m::toString);
        assertEquals("FACT_CHECK", now.getString("state"));
        assertEquals(2, now.getInt("currentRevision"));
      }
    }
    pool.shutdown();
    System.out.println("MergeIT: merge/approval outcomes " + outcomes.entrySet().stream()
        .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")));
  }

  @Test
  void badBasesAreRefusedWithoutStoringAnything() {
    long id = article();
    Api.Reply future = saveFrom("editor", id, 7, edit(0, "x"));
    assertEquals(400, future.status(), future::toString);
    assertEquals("base", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Reply both = Api.post("editor", "articles/" + id + "/revisions", "{\"base\":1,\"text\":\"y\"}", "If-Match",
        Api.get("editor", "articles/" + id).etag());
    assertEquals(400, both.status(), both::toString);
    Api.Reply fraction = Api.post("editor", "articles/" + id + "/revisions", "{\"base\":1.5,\"text\":\"y\"}");
    assertEquals(400, fraction.status(), fraction::toString);
    Articles.assign(id, "checker", "FACT_CHECKER", null);
    Api.Reply checker = saveFrom("checker", id, 1, edit(0, "A checker's rewrite."));
    assertEquals(403, checker.status(), checker::toString);
    assertEquals(BASE, current(id));
    assertEquals(1, Api.get("editor", "articles/" + id).json().getInt("currentRevision"));
  }
  private static Api.Reply translate(long task, int base, String title, List<String> blocks) {
    return Api.put("translator", "translations/" + task, "{\"base\":" + base + ",\"title\":"
        + jakarta.json.Json.createValue(title) + ",\"blocks\":" + jakarta.json.Json.createArrayBuilder(blocks).build() + "}");
  }

  @Test
  void translationsMergeBlockByBlockTooWithTheTitleAsBlockZero() {
    long id = article();
    assertEquals(201, Articles.assign(id, "translator", "TRANSLATOR", "he").status());
    long task = Api.get("editor", "articles/" + id + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    List<String> first = List.of("התקציב", "הצמיחה", "היבוא");
    Api.Reply saved = translate(task, 0, "כותרת", first);
    assertEquals(200, saved.status(), saved::toString);
    // Two tabs from revision 1: one corrects the first block, the other the last; both land.
    assertEquals(200, translate(task, 1, "כותרת", List.of("התקציב הוא 4.2", "הצמיחה", "היבוא")).status());
    Api.Reply merged = translate(task, 1, "כותרת", List.of("התקציב", "הצמיחה", "היבוא ירד"));
    assertEquals(200, merged.status(), merged::toString);
    List<String> now = Api.get("translator", "translations/" + task).json().getJsonArray("blocks").stream()
        .map(b -> b.asJsonObject().getString("target")).toList();
    assertEquals(List.of("התקציב הוא 4.2", "הצמיחה", "היבוא ירד"), now);
    // A third tab, still on revision 1, rewrote the first block and the title differently: 409, nothing stored.
    Api.Reply conflict = translate(task, 1, "כותרת אחרת", List.of("התקציב הוא 4.7", "הצמיחה", "היבוא"));
    assertEquals(409, conflict.status(), conflict::toString);
    assertEquals("mergeConflict", conflict.json().getString("code"));
    var reasons = conflict.json().getJsonArray("reasons");
    assertEquals(1, reasons.size(), "the title changed on one side only: " + conflict);
    JsonObject details = reasons.getJsonObject(0).getJsonObject("details");
    assertEquals(1, details.getInt("block"));
    assertEquals("התקציב", details.getJsonArray("base").getJsonObject(0).getString("text"));
    assertEquals("התקציב הוא 4.2", details.getJsonArray("theirs").getJsonObject(0).getString("text"));
    assertEquals("התקציב הוא 4.7", details.getJsonArray("mine").getJsonObject(0).getString("text"));
    assertEquals(3, Api.get("translator", "translations/" + task).json().getJsonObject("task").getInt("revision"));

    // What each may do now, said by the server (issue 15): the translator works, the editor reviews once submitted.
    assertEquals("[\"save\",\"submit\"]", allowed("translator", task));
    assertEquals("[]", allowed("editor", task));
    assertEquals(200, Api.post("translator", "translations/" + task + "/submit", "").status());
    assertEquals("[]", allowed("translator", task));
    assertEquals("[\"approve\",\"requestChanges\"]", allowed("editor", task));
  }

  private static String allowed(String user, long task) {
    return Api.get(user, "translations/" + task).json().getJsonArray("allowedActions").toString();
  }
}
