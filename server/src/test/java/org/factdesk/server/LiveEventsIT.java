package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/events: changes as they happen, to those who may read them, resumable (issue 20). */
@ExtendWith(ArquillianExtension.class)
class LiveEventsIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void aChangeReachesAnOpenStreamWithinASecondAndOnlyThoseWhoMayReadIt() throws Exception {
    long article = Articles.id(Articles.draft("Live"));
    String outsider = Api.account("TRANSLATOR");
    long opening = System.nanoTime();
    try (EventStream quiet = new EventStream("reviewer", "article=" + article, null)) {
      long ms = (System.nanoTime() - opening) / 1_000_000;
      assertTrue(ms < 5000, "a stream with nothing to send yet still answers at once (headers), took " + ms + " ms");
    }
    try (EventStream editor = new EventStream("reviewer", null, null);
         EventStream stranger = new EventStream(outsider, null, null)) {
      assertEquals(200, editor.status);
      Thread.sleep(500); // the stream is served from the poller's next round
      assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
      long changed = System.nanoTime();
      EventStream.Received r = editor.next(article, Duration.ofSeconds(5));
      assertNotNull(r, "the change reached the open stream");
      long millis = (r.arrivedNanos() - changed) / 1_000_000;
      assertTrue(millis < 1000, "within a second, took " + millis + " ms");
      assertEquals("assignment.created", r.data().getString("type"));
      assertEquals("editor", r.data().getString("actor"), "who changed it, for \"changed by\"");
      assertEquals(r.id(), r.data().getJsonNumber("id").longValue());
      assertNull(stranger.next(article, Duration.ofMillis(1500)), "a translator not on the article sees nothing of it");
    }
    assertEquals(401, Api.get(null, "events").status());
  }

  @Test
  void aReconnectWithLastEventIdIsSentWhatItMissed() throws Exception {
    long article = Articles.id(Articles.draft("Resumed"));
    long seen;
    try (EventStream first = new EventStream("editor", "article=" + article, null)) {
      Thread.sleep(500);
      Articles.assign(article, "reviewer", "REVIEWER", null);
      EventStream.Received r = first.next(article, Duration.ofSeconds(5));
      assertNotNull(r);
      seen = r.id();
    }
    Articles.assign(article, "checker", "FACT_CHECKER", null);
    assertEquals(200, Articles.transition("editor", article, "IN_REVIEW").status());
    try (EventStream again = new EventStream("editor", "article=" + article, seen)) {
      EventStream.Received missed = again.next(article, Duration.ofSeconds(5));
      assertNotNull(missed, "the missed change was replayed");
      assertTrue(missed.id() > seen);
      assertEquals("assignment.created", missed.data().getString("type"));
      assertEquals("checker", missed.data().getJsonObject("details").getString("user"));
      EventStream.Received moved = again.next(article, Duration.ofSeconds(5));
      assertNotNull(moved);
      assertEquals("article.transitioned", moved.data().getString("type"));
      assertEquals("IN_REVIEW", moved.data().getJsonObject("details").getString("state"));
      java.util.Set<Long> ids = new java.util.HashSet<>(java.util.List.of(missed.id(), moved.id()));
      for (EventStream.Received r; (r = again.next(article, Duration.ofMillis(800))) != null; ) {
        assertTrue(ids.add(r.id()) && r.id() > seen, "nothing twice, nothing already seen: " + r);
      }
    }
  }
}
