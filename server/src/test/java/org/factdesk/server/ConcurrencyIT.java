package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concurrent edits are detected, never silently merged or lost. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void secondWriterWithTheSameEtagGets412AndNothingIsLost() {
    long id = Articles.id(Articles.draft("Two editors"));
    String etag = Api.get("editor", "articles/" + id).etag();
    Api.Reply first = Api.post("editor", "articles/" + id + "/revisions", "{\"text\":\"First editor's text.\"}",
        "If-Match", etag);
    Api.Reply second = Api.post("reviewer", "articles/" + id + "/revisions", "{\"text\":\"Second editor's text.\"}",
        "If-Match", etag);
    assertEquals(201, first.status(), first::toString);
    assertEquals(412, second.status(), second::toString);
    assertTrue(second.isProblem());
    var current = Api.get("editor", "articles/" + id).json();
    assertEquals(2, current.getInt("currentRevision"));
    assertEquals("First editor's text.", current.getJsonObject("revision").getJsonArray("blocks").getJsonObject(0)
        .getString("text"));
  }

  @Test
  void updatesWithoutIfMatchAre428() {
    long id = Articles.id(Articles.draft("No precondition"));
    Api.Reply r = Api.post("editor", "articles/" + id + "/transitions", "{\"to\":\"WITHDRAWN\"}");
    assertEquals(428, r.status());
    assertEquals("preconditionRequired", r.json().getString("code"));
    assertEquals(428, Api.patch("editor", "articles/" + id, "{\"desk\":\"X\"}").status());
    assertEquals("DRAFT", Api.get("editor", "articles/" + id).json().getString("state"));
  }

  @Test
  void racingWritersAllButOneGet412() throws Exception {
    long id = Articles.id(Articles.draft("Race"));
    String etag = Api.get("editor", "articles/" + id).etag();
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String text = "Version from writer " + i + ".";
      String user = i % 2 == 0 ? "editor" : "reviewer";
      Callable<Api.Reply> write = () -> Api.post(user, "articles/" + id + "/revisions",
          Api.json(Map.of("text", text)), "If-Match", etag);
      replies.add(pool.submit(write));
    }
    int created = 0;
    int stale = 0;
    for (Future<Api.Reply> f : replies) {
      Api.Reply r = f.get();
      if (r.status() == 201) {
        created++;
      } else if (r.status() == 412) {
        stale++;
      } else {
        throw new AssertionError("unexpected " + r);
      }
    }
    pool.shutdown();
    assertEquals(1, created);
    assertEquals(writers - 1, stale);
    assertEquals(2, Api.get("editor", "articles/" + id + "/revisions").json().getInt("total"));
    long revisedEvents = Api.get("editor", "articles/" + id + "/audit").json().getJsonArray("items").stream()
        .filter(v -> v.asJsonObject().getString("action").equals("article.revised")).count();
    assertEquals(1, revisedEvents, "exactly one accepted write, exactly one audit event");
  }

  @Test
  void racingTransitionsMoveTheArticleOnce() throws Exception {
    long id = Articles.staffed("Race to review");
    String etag = Api.get("editor", "articles/" + id).etag();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(pool.submit(() -> Api.post("editor", "articles/" + id + "/transitions",
          "{\"to\":\"IN_REVIEW\"}", "If-Match", etag)));
    }
    int ok = 0;
    for (Future<Api.Reply> f : replies) {
      int status = f.get().status();
      assertTrue(status == 200 || status == 412 || status == 409, "status " + status);
      ok += status == 200 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, ok);
    long moves = Api.get("editor", "articles/" + id + "/audit").json().getJsonArray("items").stream()
        .filter(v -> v.asJsonObject().getString("action").equals("article.transitioned")).count();
    assertEquals(1, moves);
  }
}
