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

  /** Claims up to {@code max} pending rows nobody holds a live lease on. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(String instance, Duration lease, int max) {
    long now = clock.instant().toEpochMilli();
    @SuppressWarnings("unchecked")
    List<Object[]> candidates = em.createNativeQuery("SELECT event_id, channel FROM outbox_dispatch"
            + " WHERE state = 'PENDING' AND lease_until < ? ORDER BY event_id")
        .setParameter(1, now)
        .setMaxResults(max)
        .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    for (Object[] row : candidates) {
      long eventId = ((Number) row[0]).longValue();
      String channel = (String) row[1];
      int won = em.createNativeQuery("UPDATE outbox_dispatch SET claimed_by = ?, lease_until = ?,"
              + " attempts = attempts + 1 WHERE event_id = ? AND channel = ? AND state = 'PENDING' AND lease_until < ?")
          .setParameter(1, instance)
          .setParameter(2, now + lease.toMillis())
          .setParameter(3, eventId)
          .setParameter(4, channel)
          .setParameter(5, now)
          .executeUpdate();
      if (won == 1) {
        claimed.add(new Claimed(eventId, channel));
      }
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
