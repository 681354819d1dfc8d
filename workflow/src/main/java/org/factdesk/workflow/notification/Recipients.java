package org.factdesk.workflow.notification;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.Staffing;

/**
 * Who is told about an event: the people the work now lands on, never the person who caused it.
 * Pure; whether each may still read the article is checked where the notification is stored.
 */
public final class Recipients {
  private Recipients() {}

  public static Set<String> of(String type, String actor, String author, Collection<Staffing> active,
      JsonObject details) {
    Set<String> to = new LinkedHashSet<>();
    switch (type) {
      case DomainEvents.ASSIGNMENT_CREATED, DomainEvents.ASSIGNMENT_DUE_SOON -> add(to, DomainEvents.text(details, "user"));
      case DomainEvents.ASSIGNMENT_OVERDUE -> {
        add(to, DomainEvents.text(details, "user"));
        add(to, DomainEvents.text(details, "assignedBy"));
      }
      case DomainEvents.ARTICLE_RETURNED -> add(to, author);
      case DomainEvents.ARTICLE_APPROVED, DomainEvents.ARTICLE_CORRECTED, DomainEvents.ARTICLE_WITHDRAWN -> {
        add(to, author);
        active.forEach(s -> add(to, s.username()));
      }
      case DomainEvents.CLAIM_FLAGGED -> {
        add(to, author);
        staff(to, active, AssignmentRole.FACT_CHECKER);
      }
      case DomainEvents.CLAIM_NEEDS_RECHECK -> staff(to, active, AssignmentRole.FACT_CHECKER);
      case DomainEvents.CLAIM_RESOLVED, DomainEvents.TRANSLATION_SUBMITTED -> {
        add(to, author);
        staff(to, active, AssignmentRole.REVIEWER);
      }
      case DomainEvents.TRANSLATION_STALE, DomainEvents.TRANSLATION_APPROVED ->
          add(to, DomainEvents.text(details, "translator"));
      default -> { }
    }
    to.remove(actor);
    return to;
  }

  private static void staff(Set<String> to, Collection<Staffing> active, AssignmentRole role) {
    active.stream().filter(s -> s.role() == role).forEach(s -> add(to, s.username()));
  }

  private static void add(Set<String> to, String username) {
    if (username != null && !username.isBlank()) {
      to.add(username);
    }
  }
}
