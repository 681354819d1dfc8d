package org.factdesk.workflow.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.Staffing;
import org.junit.jupiter.api.Test;

class DomainEventsTest {
  private static JsonObject json(String text) {
    return DomainEvents.parse(text);
  }

  private static String moved(String move, String from, String to) {
    return DomainEvents.typeOf(1L, "article.transitioned", move, json("{\"state\":\"" + from + "\"}"),
        json("{\"state\":\"" + to + "\"}"));
  }

  @Test
  void movesBecomeReturnedApprovedCorrectedWithdrawnOrPlainTransitions() {
    assertEquals("article.returned", moved("requestChanges", "IN_REVIEW", "DRAFT"));
    assertEquals("article.approved", moved("approve", "FACT_CHECK", "APPROVED"));
    assertEquals("article.corrected", moved("approve", "CORRECTION", "APPROVED"));
    assertEquals("article.withdrawn", moved("withdraw", "APPROVED", "WITHDRAWN"));
    assertEquals("article.transitioned", moved("passReview", "IN_REVIEW", "FACT_CHECK"));
  }

  @Test
  void claimsNeedARecheckOnlyWhenTheirStatusTurnsSo() {
    assertEquals("claim.needs_recheck", DomainEvents.typeOf(1L, "claim.reanchored", "claim:3",
        json("{\"status\":\"RESOLVED\"}"), json("{\"status\":\"NEEDS_RECHECK\"}")));
    assertEquals("claim.reanchored", DomainEvents.typeOf(1L, "claim.reanchored", "claim:3",
        json("{\"status\":\"FLAGGED\"}"), json("{\"status\":\"FLAGGED\"}")));
    for (String action : List.of("claim.resolved", "claim.rechecked", "claim.recheckConfirmed")) {
      assertEquals("claim.resolved", DomainEvents.typeOf(1L, action, "claim:3", null, null));
    }
  }

  @Test
  void changesOutsideArticlesAndReadingOutAreNoEvents() {
    assertNull(DomainEvents.typeOf(null, "user.created", "user:x", null, null));
    assertNull(DomainEvents.typeOf(1L, "article.exported", "pdf:en", null, null));
    assertEquals("comment.added", DomainEvents.typeOf(1L, "comment.added", "comment:1", null, null));
  }

  @Test
  void recipientsAreThoseTheWorkLandsOnButNeverTheActor() {
    var staff = List.of(new Staffing("rev", AssignmentRole.REVIEWER, null),
        new Staffing("chk", AssignmentRole.FACT_CHECKER, null), new Staffing("tr", AssignmentRole.TRANSLATOR, "he"));
    assertEquals(Set.of("chk"), Recipients.of("assignment.created", "ed", "ed", staff, json("{\"user\":\"chk\"}")));
    // Due dates: the assignee is reminded; an overdue one also reaches whoever assigned it (the actor is the system).
    assertEquals(Set.of("chk"), Recipients.of("assignment.due_soon", DueDates.SYSTEM, "ed", staff,
        json("{\"user\":\"chk\",\"assignedBy\":\"boss\"}")));
    assertEquals(Set.of("chk", "boss"), Recipients.of("assignment.overdue", DueDates.SYSTEM, "ed", staff,
        json("{\"user\":\"chk\",\"assignedBy\":\"boss\"}")));
    assertEquals(Set.of("ed"), Recipients.of("article.returned", "rev", "ed", staff, null));
    assertEquals(Set.of("ed", "chk", "tr"), Recipients.of("article.approved", "rev", "ed", staff, null));
    assertEquals(Set.of("ed", "chk"), Recipients.of("claim.flagged", "other", "ed", staff, null));
    assertEquals(Set.of("chk"), Recipients.of("claim.needs_recheck", "ed", "ed", staff, null));
    assertEquals(Set.of("ed", "rev"), Recipients.of("translation.submitted", "tr", "ed", staff, null));
    assertEquals(Set.of("tr"), Recipients.of("translation.stale", "ed", "ed", staff, json("{\"translator\":\"tr\"}")));
    assertEquals(Set.of(), Recipients.of("comment.added", "ed", "ed", staff, null), "live screens only");
  }
}
