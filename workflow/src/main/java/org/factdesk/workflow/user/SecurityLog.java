package org.factdesk.workflow.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.user.SecurityEvent.Kind;

/**
 * Records security events and lets admins read them. Refusals are recorded in a transaction of their
 * own (the refused request changes nothing, but its record stays); account changes in the change's
 * transaction (no record of a change that did not happen).
 */
@ApplicationScoped
public class SecurityLog {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;
  @Inject ClientAddress client;

  /**
   * A refusal or a failure, from {@code address} (null: the current request's): kept even though the
   * request itself rolls back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(Kind kind, String username, String actor, String address, String detail) {
    em.persist(new SecurityEvent(OffsetDateTime.now(clock), kind, username, actor,
        address == null ? address() : address, detail));
  }

  /** An account change, inside the transaction that makes it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(Kind kind, String username, String actor, String detail) {
    em.persist(new SecurityEvent(OffsetDateTime.now(clock), kind, username, actor, address(), detail));
  }

  /** Newest first, filtered by kind, name (either side) and time; admins only. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SecurityEvent> read(Actor reader, Kind kind, String user, OffsetDateTime from, OffsetDateTime to,
      Page.Request page) {
    if (!reader.has(Role.ADMIN)) {
      throw new ForbiddenException("read security events", "only admins may");
    }
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (kind != null) {
      where.append(" and e.kind = :kind");
      params.put("kind", kind);
    }
    if (user != null) {
      where.append(" and (e.username = :user or e.actor = :user)");
      params.put("user", user);
    }
    if (from != null) {
      where.append(" and e.occurredAt >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" and e.occurredAt < :to");
      params.put("to", to);
    }
    TypedQuery<Long> count = em.createQuery("select count(e) from SecurityEvent e" + where, Long.class);
    TypedQuery<SecurityEvent> list = em.createQuery("select e from SecurityEvent e" + where
        + " order by e.id desc", SecurityEvent.class);
    params.forEach((k, v) -> {
      count.setParameter(k, v);
      list.setParameter(k, v);
    });
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }

  /** Forgets events older than the retention period (housekeeping); idempotent. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeBefore(OffsetDateTime cutoff) {
    return em.createQuery("delete from SecurityEvent e where e.occurredAt < :cutoff")
        .setParameter("cutoff", cutoff).executeUpdate();
  }

  private String address() {
    try {
      return client.get();
    } catch (ContextNotActiveException e) {
      return null; // a scheduled task, not a request
    }
  }
}
