package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.workflow.editorial.ArticleState;

/**
 * Due dates as events: an assignment whose work is still to be done is announced once when its due
 * date comes within {@code soon} and once when it has passed. The event's key names the assignment
 * and its version (a new due date is a new version), and keys are unique, so with several instances
 * scanning at once each announcement is stored once; the loser's insert rolls back alone.
 */
@ApplicationScoped
public class DueDates {
  /** The actor of events nobody made. */
  public static final String SYSTEM = "factdesk";

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject DueDates self;

  /** One assignment to announce. */
  public record Due(long assignment, long version, long article, int revision, String assignee, String role,
      String language, OffsetDateTime due, String assignedBy, boolean overdue) {
    String key() {
      return (overdue ? "late_" : "due_") + assignment + "_" + version;
    }

    String type() {
      return overdue ? DomainEvents.ASSIGNMENT_OVERDUE : DomainEvents.ASSIGNMENT_DUE_SOON;
    }
  }

  /** Announces what is due; the number of events this call stored. */
  public int announce(Duration soon, int max) {
    int stored = 0;
    for (Due d : self.unannounced(soon, max)) {
      try {
        self.store(d);
        stored++;
      } catch (RuntimeException e) {
        if (!isDuplicate(e)) {
          throw e;
        } // another instance stored the same key first: that is the announcement
      }
    }
    return stored;
  }

  /**
   * Open assignments (work still pending in the article's state, as in Assignment#pendingIn) due
   * before now + {@code soon} and not yet announced for this due date, earliest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Due> unannounced(Duration soon, int max) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String editable = Arrays.stream(ArticleState.values()).filter(ArticleState::editable)
        .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.version, s.article_id, a.current_revision, s.assignee,"
            + " s.role, s.language, s.due, s.assigned_by, CASE WHEN s.due < ? THEN 1 ELSE 0 END"
            + " FROM assignment s JOIN article a ON a.id = s.article_id"
            + " WHERE s.ended_at IS NULL AND s.article_open = TRUE AND s.due IS NOT NULL AND s.due < ?"
            + " AND ((s.role = 'REVIEWER' AND a.state IN ('DRAFT', 'IN_REVIEW'))"
            + " OR (s.role = 'FACT_CHECKER' AND a.state IN ('DRAFT', 'IN_REVIEW', 'FACT_CHECK', 'CORRECTION'))"
            + " OR (s.role = 'TRANSLATOR' AND a.state IN (" + editable + ")))"
            + " AND NOT EXISTS (SELECT 1 FROM outbox_event e WHERE e.event_key ="
            + " CASE WHEN s.due < ? THEN 'late_' ELSE 'due_' END"
            + " || CAST(s.id AS VARCHAR(20)) || '_' || CAST(s.version AS VARCHAR(20)))"
            + " ORDER BY s.due, s.id")
        .setParameter(1, now)
        .setParameter(2, now.plus(soon))
        .setParameter(3, now)
        .setMaxResults(max)
        .getResultList();
    return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6],
        dueOf(r[7]), (String) r[8], ((Number) r[9]).intValue() == 1)).toList();
  }

  /** Stores one announcement in a transaction of its own; a duplicate key there means it is done. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(Due d) {
    JsonObjectBuilder details = Json.createObjectBuilder().add("user", d.assignee()).add("role", d.role())
        .add("due", d.due().toString()).add("assignedBy", d.assignedBy());
    if (d.language() != null) {
      details.add("language", d.language());
    }
    outbox.write(new OutboxEvent(d.key(), d.type(), d.article(), d.revision(), "assignment:" + d.assignment(), SYSTEM,
        OffsetDateTime.now(clock), details.build().toString()));
    em.flush();
  }

  private static OffsetDateTime dueOf(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    return OffsetDateTime.parse(String.valueOf(value).replace(' ', 'T'));
  }

  private static boolean isDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException
          || t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
