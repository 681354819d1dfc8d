package org.factdesk.workflow.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import org.factdesk.workflow.common.Page;

/** Appends audit events inside the caller's transaction, and reads them back in order. */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry registry;

  /** Observed synchronously, in this transaction: the outbox of domain events (issue 20). */
  @Inject Event<AuditEvent> recorded;

  /**
   * Records one change and tells its observers in the same transaction. {@code before} and
   * {@code after} are flat descriptions of what changed (only the fields that matter), stored as JSON.
   * The event joins its chain (decision 0016): the article's, under the article row's lock, or the
   * newsroom's, under the lock row; the lock is held until the transaction ends, and the id is drawn
   * under it, so a chain's ids follow its order.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      Long articleId,
      String actor,
      OffsetDateTime at,
      String action,
      String subject,
      Map<String, ?> before,
      Map<String, ?> after,
      String note) {
    String previous = head(articleId);
    AuditEvent e =
        new AuditEvent(articleId, actor, AuditChain.stored(at), action, subject, json(before), json(after), note);
    em.persist(e); // draws the id, which the hash covers
    e.seal(previous);
    registry.putResource(chainKey(articleId), e.hash());
    recorded.fire(e);
    return e;
  }

  /**
   * Takes the chain's lock now, for a writer about to write rows of its own that others may lock:
   * taken first, the chain's lock orders all writers of an article the same way (decision 0016).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockChain(Long articleId) {
    head(articleId);
  }

  /**
   * Takes the chain's lock (once per transaction) and answers the hash its next event follows.
   * Neither query flushes the caller's pending changes. The article's lock is a no-op UPDATE, not
   * SELECT … FOR UPDATE: on PostgreSQL that is the lock an UPDATE of the article takes (the
   * transition's), which rows inserted with a foreign key to the article do not wait for, nor it for them.
   */
  private String head(Long articleId) {
    String key = chainKey(articleId);
    Object head = registry.getResource(key);
    if (head != null) {
      return (String) head;
    }
    if (articleId == null) {
      em.createNativeQuery("SELECT chain FROM audit_chain_lock WHERE chain = 'newsroom' FOR UPDATE")
          .setFlushMode(FlushModeType.COMMIT).getResultList();
    } else {
      em.createNativeQuery("UPDATE article SET version = version WHERE id = ?1").setParameter(1, articleId)
          .setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }
    var last = em.createQuery("select e.hash from AuditEvent e where "
            + (articleId == null ? "e.articleId is null" : "e.articleId = :a") + " order by e.id desc", String.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1);
    if (articleId != null) {
      last.setParameter("a", articleId);
    }
    String hash = last.getResultStream().findFirst().orElse(AuditChain.GENESIS);
    registry.putResource(key, hash);
    return hash;
  }

  private static String chainKey(Long articleId) {
    return "factdesk.audit.chain." + (articleId == null ? "newsroom" : articleId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEvent> forArticle(long articleId, Page.Request page) {
    long total =
        em.createQuery("select count(e) from AuditEvent e where e.articleId = :a", Long.class)
            .setParameter("a", articleId)
            .getSingleResult();
    var items =
        em.createQuery("select e from AuditEvent e where e.articleId = :a order by e.id", AuditEvent.class)
            .setParameter("a", articleId)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEvent> all(String actor, String action, Page.Request page) {
    // Clauses are added only for given filters: PostgreSQL cannot type a bare "? is null".
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (actor != null) where.append(" and e.actor = :actor");
    if (action != null) where.append(" and e.action = :action");
    var count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    var list = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc", AuditEvent.class);
    if (actor != null) {
      count.setParameter("actor", actor);
      list.setParameter("actor", actor);
    }
    if (action != null) {
      count.setParameter("action", action);
      list.setParameter("action", action);
    }
    var items = list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  private static String json(Map<String, ?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    values.forEach(
        (k, v) -> {
          if (v == null) {
            b.addNull(k);
          } else if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            b.add(k, n.longValue());
          } else if (v instanceof Boolean bool) {
            b.add(k, bool);
          } else if (v instanceof Collection<?> c) {
            var arr = Json.createArrayBuilder();
            c.forEach(x -> arr.add(String.valueOf(x)));
            b.add(k, arr);
          } else {
            b.add(k, String.valueOf(v));
          }
        });
    return b.build().toString();
  }
}
