package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Domain events through the outbox to in-app notifications (issue 20). */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void anAssignmentReachesTheAssigneeOnceAndTheyMarkItRead() throws Exception {
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Notified"));
    assertEquals(201, Articles.assign(article, checker, "FACT_CHECKER", null).status());
    List<JsonObject> mine = Notifications.await(checker, article, Notifications.has("assignment.created"));
    assertEquals(1, mine.size(), mine::toString);
    JsonObject n = mine.get(0);
    assertEquals("editor", n.getString("actor"));
    assertEquals(1, n.getInt("revision"));
    assertEquals(checker, n.getJsonObject("details").getString("user"));
    assertTrue(n.getString("title").startsWith("Notified"), n::toString);
    assertEquals(false, n.getBoolean("read"));
    Api.Reply list = Api.get(checker, "me/notifications");
    assertEquals(1, list.json().getInt("unread"));
    assertEquals(0, Notifications.count(Notifications.on("editor", article), "assignment.created"),
        "whoever made the change is not told of it");
    assertEquals(List.of(), Notifications.on("reviewer", article), "nor is anyone the work is not for");

    Api.Reply someoneElse = Api.post("reviewer", "me/notifications/read",
        Api.json(Map.of("ids", jakarta.json.Json.createArrayBuilder().add(n.getJsonNumber("id")).build())));
    assertEquals(200, someoneElse.status(), someoneElse::toString);
    assertEquals(1, Api.get(checker, "me/notifications").json().getInt("unread"), "another's notification is untouched");
    Api.Reply read = Api.post(checker, "me/notifications/read",
        Api.json(Map.of("ids", jakarta.json.Json.createArrayBuilder().add(n.getJsonNumber("id")).build())));
    assertEquals(0, read.json().getInt("unread"), read::toString);
    assertTrue(Notifications.on(checker, article).get(0).getBoolean("read"));
    assertEquals(401, Api.get(null, "me/notifications").status());
  }

  @Test
  void returnsAndApprovalsReachTheAuthorAndTheStaffButNotWhoeverMadeThem() throws Exception {
    String reviewer = Api.account("EDITOR");
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Walked"));
    Articles.assign(article, reviewer, "REVIEWER", null);
    Articles.assign(article, checker, "FACT_CHECKER", null);
    assertEquals(200, Articles.transition("editor", article, "IN_REVIEW").status());
    assertEquals(200, Articles.transition(reviewer, article, "DRAFT").status());
    Notifications.await("editor", article, Notifications.has("article.returned"));
    assertEquals(200, Articles.transition("editor", article, "IN_REVIEW").status());
    assertEquals(200, Articles.transition(reviewer, article, "FACT_CHECK").status());
    assertEquals(200, Articles.transition(reviewer, article, "APPROVED").status());
    List<JsonObject> author = Notifications.await("editor", article, Notifications.has("article.approved"));
    List<JsonObject> check = Notifications.await(checker, article, Notifications.has("article.approved"));
    assertEquals(1, Notifications.count(author, "article.approved"));
    assertEquals(1, Notifications.count(check, "article.approved"));
    JsonObject approved = check.stream().filter(n -> n.getString("type").equals("article.approved")).findFirst()
        .orElseThrow();
    assertEquals(1, approved.getInt("revision"), "the approved revision is named");
    assertEquals(0, Notifications.count(Notifications.on(reviewer, article), "article.approved"));
  }

  @Test
  void aRefusedChangeWritesNoEvent() throws Exception {
    long article = Articles.id(Articles.draft("Refused"));
    long before = events(article);
    assertEquals(409, Articles.transition("editor", article, "IN_REVIEW").status(), "no reviewer yet");
    assertEquals(before, events(article), "the event is part of the change's transaction");
  }

  /**
   * Another instance died while delivering an event (its claim was never committed as done, so its
   * notifications rolled back with it) and a live one holds a second claim: this server delivers the
   * first once its lease has expired, and the second only after its holder's lease runs out; each
   * notification exists once.
   */
  @Test
  void workAnInstanceAbandonedIsDeliveredOnceAfterItsLease() throws Exception {
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Abandoned delivery"));
    Articles.assign(article, checker, "FACT_CHECKER", null);
    Notifications.await(checker, article, Notifications.has("assignment.created"));
    long event = Notifications.on(checker, article).get(0).getJsonNumber("id").longValue();
    long now = System.currentTimeMillis();
    try (Connection db = Database.connect()) {
      long eventId = single(db, "SELECT event_id FROM notification WHERE id = " + event);
      update(db, "DELETE FROM notification WHERE event_id = " + eventId);
      update(db, "UPDATE outbox_dispatch SET state = 'PENDING', claimed_by = 'live-instance', lease_until = "
          + (now + 3_000) + " WHERE channel = 'inapp' AND event_id = " + eventId);
      Thread.sleep(1_500);
      assertEquals(List.of(), Notifications.on(checker, article), "a live lease is respected");
      Notifications.await(checker, article, l -> !l.isEmpty());
      update(db, "DELETE FROM notification WHERE event_id = " + eventId);
      update(db, "UPDATE outbox_dispatch SET state = 'PENDING', claimed_by = 'dead-instance', lease_until = "
          + (now - 1) + " WHERE channel = 'inapp' AND event_id = " + eventId);
      Notifications.await(checker, article, l -> !l.isEmpty());
      Thread.sleep(1_500);
      assertEquals(1, single(db, "SELECT COUNT(*) FROM notification WHERE event_id = " + eventId));
      assertEquals(0, single(db, "SELECT COUNT(*) FROM outbox_dispatch WHERE state <> 'DONE' AND event_id = " + eventId));
    }
  }

  private static long events(long article) throws SQLException {
    try (Connection db = Database.connect()) {
      return single(db, "SELECT COUNT(*) FROM outbox_event WHERE article_id = " + article);
    }
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
