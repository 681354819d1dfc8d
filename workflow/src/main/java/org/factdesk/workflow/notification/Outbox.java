package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.audit.AuditEvent;

/**
 * Writes the outbox. It listens to the audit trail, the one place every change already passes
 * through, synchronously and so inside the change's own transaction: a change and its event commit
 * together or not at all. Notifiable events also get one pending row per channel.
 */
@ApplicationScoped
public class Outbox {
  /** The fields of an audit snapshot worth sending on (who, which part, which state). */
  private static final List<String> KEPT = List.of("user", "role", "language", "translator", "status", "verdict",
      "state", "assignee");

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Event<OutboxWritten> written;

  /** Runs inside the transaction that recorded the audit event (a synchronous observer). */
  void record(@Observes AuditEvent audit) {
    JsonObject before = DomainEvents.parse(audit.before());
    JsonObject after = DomainEvents.parse(audit.after());
    String type = DomainEvents.typeOf(audit.articleId(), audit.action(), audit.subject(), before, after);
    if (type == null) {
      return;
    }
    Article article = em.find(Article.class, audit.articleId());
    Integer revision = article == null ? null
        : type.equals(DomainEvents.ARTICLE_APPROVED) || type.equals(DomainEvents.ARTICLE_CORRECTED)
            ? article.approvedRevision() : Integer.valueOf(article.currentRevision());
    write(new OutboxEvent("evt_" + UUID.randomUUID().toString().replace("-", ""), type, audit.articleId(), revision,
        truncate(audit.subject(), 200), audit.actor(), audit.occurredAt(), details(before, after)));
  }

  /** Stores an event and, if people are told about it, one pending delivery per channel (in the caller's transaction). */
  void write(OutboxEvent event) {
    em.persist(event);
    if (event.notifiable()) {
      for (String channel : Channel.ALL) {
        // No foreign key to the event row: EclipseLink inserts that row at commit, after this one.
        em.createNativeQuery("INSERT INTO outbox_dispatch (event_id, channel, state, lease_until, attempts)"
                + " VALUES (?, ?, 'PENDING', 0, 0)")
            .setParameter(1, event.id())
            .setParameter(2, channel)
            .executeUpdate();
      }
    }
    written.fire(new OutboxWritten(event.id(), event.notifiable()));
  }

  /** Events after {@code afterId}, oldest first, at most {@code max}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OutboxEvent> after(long afterId, int max) {
    return em.createQuery("select e from OutboxEvent e where e.id > :after order by e.id", OutboxEvent.class)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /** These events, if they exist by now (a gap in the ids may be a transaction still running). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OutboxEvent> withIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select e from OutboxEvent e where e.id in :ids order by e.id", OutboxEvent.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The newest event id (0: none yet). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long latestId() {
    Long max = em.createQuery("select max(e.id) from OutboxEvent e", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public OutboxEvent find(long id) {
    return em.find(OutboxEvent.class, id);
  }

  private static String details(JsonObject before, JsonObject after) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (String key : KEPT) {
      if (after != null && after.containsKey(key)) {
        b.add(key, after.get(key));
      }
    }
    if (before != null && before.containsKey("state")) {
      b.add("from", before.get("state"));
    }
    String json = b.build().toString();
    return json.length() <= 2000 ? json : "{}";
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
