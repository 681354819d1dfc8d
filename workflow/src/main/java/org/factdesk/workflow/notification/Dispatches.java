package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The leases on outbox_dispatch rows, as decision 0006 does for export items: a claim is one
 * conditional UPDATE (of racing instances, one changes the row), and only the claimant marks the row
 * done, in the transaction that does the channel's work. An instance that dies leaves a claim that
 * expires; the work is then done again by another, and the channel's own unique keys make the second
 * run add nothing.
 */
@ApplicationScoped
public class Dispatches {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;

  /** A claimed row: this instance may now do this channel's work for this event. */
  public record Claimed(long eventId, String channel) {}

  /**
   * Claims the pending rows of up to {@code max} events nobody holds a live lease on: one UPDATE (rows
   * another instance took meanwhile no longer match it), then the rows this claim marked, found by this
   * instance's name and the lease's end (one claim loop per instance, so that pair is this claim's).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(String instance, Duration lease, int max) {
    long now = clock.instant().toEpochMilli();
    long until = now + lease.toMillis();
    int won = em.createNativeQuery("UPDATE outbox_dispatch SET claimed_by = ?, lease_until = ?, attempts = attempts + 1"
            + " WHERE state = 'PENDING' AND lease_until < ? AND event_id IN (SELECT event_id FROM outbox_dispatch"
            + " WHERE state = 'PENDING' AND lease_until < ? ORDER BY event_id LIMIT ?)")
        .setParameter(1, instance)
        .setParameter(2, until)
        .setParameter(3, now)
        .setParameter(4, now)
        .setParameter(5, max)
        .executeUpdate();
    if (won == 0) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT event_id, channel FROM outbox_dispatch"
            + " WHERE claimed_by = ? AND lease_until = ? AND state = 'PENDING' ORDER BY event_id, channel")
        .setParameter(1, instance)
        .setParameter(2, until)
        .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    for (Object[] row : rows) {
      claimed.add(new Claimed(((Number) row[0]).longValue(), (String) row[1]));
    }
    return claimed;
  }

  /**
   * Marks the row done if {@code instance} still holds it; must run in the transaction of the
   * channel's work, so the work and "done" commit together. False: another instance took over.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean complete(Claimed c, String instance) {
    return em.createNativeQuery("UPDATE outbox_dispatch SET state = 'DONE'"
            + " WHERE event_id = ? AND channel = ? AND state = 'PENDING' AND claimed_by = ?")
        .setParameter(1, c.eventId())
        .setParameter(2, c.channel())
        .setParameter(3, instance)
        .executeUpdate() == 1;
  }

  /** How many rows are still to be done (for tests and health). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_dispatch WHERE state = 'PENDING'")
        .getSingleResult()).longValue();
  }
}
