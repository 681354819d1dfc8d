package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20: work coming due and work overdue are events, announced once per due date (the test server
 * scans every 2 s: FACTDESK_DUE_SCAN_SECONDS in server/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class DueDatesIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static long assign(long article, String checker, OffsetDateTime due) {
    Api.Reply r = Api.post("editor", "articles/" + article + "/assignments", Api.json(java.util.Map.of("user", checker,
        "role", "FACT_CHECKER", "due", due.withOffsetSameInstant(ZoneOffset.UTC).toString())));
    assertEquals(201, r.status(), r::toString);
    return r.json().getJsonNumber("id").longValue();
  }

  private static int events(String type, long assignment) throws Exception {
    try (Connection db = Database.connect();
         PreparedStatement s = db.prepareStatement("SELECT count(*) FROM outbox_event WHERE event_type = ? AND subject = ?")) {
      s.setString(1, type);
      s.setString(2, "assignment:" + assignment);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  @Test
  void workDueWithinADayIsAnnouncedOnceToTheAssignee() throws Exception {
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Due soon"));
    long assignment = assign(article, checker, OffsetDateTime.now().plusHours(3));
    List<JsonObject> mine = Notifications.await(checker, article, Notifications.has("assignment.due_soon"));
    assertEquals("factdesk", mine.stream().filter(n -> n.getString("type").equals("assignment.due_soon")).findFirst()
        .orElseThrow().getString("actor"), "nobody made this event: " + mine);
    Thread.sleep(5_000); // two more scans
    assertEquals(1, Notifications.count(Notifications.on(checker, article), "assignment.due_soon"));
    assertEquals(1, events("assignment.due_soon", assignment), "one event, however many scans and instances");
    assertEquals(0, events("assignment.overdue", assignment));
  }

  @Test
  void overdueWorkReachesTheAssigneeAndWhoeverAssignedItAndANewDueDateIsANewAnnouncement() throws Exception {
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Overdue"));
    long assignment = assign(article, checker, OffsetDateTime.now().plusDays(30));
    assertEquals(0, events("assignment.due_soon", assignment), "a month away is not soon");
    try (Connection db = Database.connect();
         PreparedStatement s = db.prepareStatement("UPDATE assignment SET due = ?, version = version + 1 WHERE id = ?")) {
      s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)); // the deadline has passed
      s.setLong(2, assignment);
      assertEquals(1, s.executeUpdate());
    }
    Notifications.await(checker, article, Notifications.has("assignment.overdue"));
    Notifications.await("editor", article, Notifications.has("assignment.overdue"));
    assertEquals(0, events("assignment.due_soon", assignment), "already late: no 'due soon' after the fact");
    // Rescheduled (through the API) and late again: announced again, for the new date.
    Api.Reply moved = Api.put("editor", "articles/" + article + "/assignments/" + assignment,
        Api.json(java.util.Map.of("user", checker, "due", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString())));
    assertEquals(true, moved.status() < 300, moved::toString);
    long next = moved.json().getJsonNumber("id").longValue();
    Notifications.await(checker, article, list -> Notifications.count(list, "assignment.due_soon") == 1);
    assertEquals(1, events("assignment.due_soon", next), "the new due date is announced");
  }

  @Test
  void finishedOrEndedWorkIsNotAnnounced() throws Exception {
    String checker = Api.account("FACT_CHECKER");
    long article = Articles.id(Articles.draft("Ended"));
    long assignment = assign(article, checker, OffsetDateTime.now().plusDays(30));
    Api.Reply ended = Api.delete("editor", "articles/" + article + "/assignments/" + assignment);
    assertEquals(true, ended.status() < 300, ended::toString);
    try (Connection db = Database.connect();
         PreparedStatement s = db.prepareStatement("UPDATE assignment SET due = ? WHERE id = ?")) {
      s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)); // would be due soon, were it open
      s.setLong(2, assignment);
      assertEquals(1, s.executeUpdate());
    }
    Thread.sleep(5_000);
    assertEquals(0, events("assignment.due_soon", assignment), "an ended assignment is nobody's work");
  }
}
