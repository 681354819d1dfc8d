package org.factdesk.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the audit trail chain by chain, a page at a time (the newsroom's chain, then each
 * article's), to verify it or export it. Each page is its own query outside any transaction, so
 * no event stays in memory after its page. A chain's events are committed in id order under its
 * lock, so whatever a page sees of a chain is a prefix of it, however many writers run meanwhile.
 */
@ApplicationScoped
public class AuditVerification {
  static final int PAGE = 500;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  /** Every chain checked from its start; stops at the first event that does not hold. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public AuditVerdict verify() {
    ChainCheck check = new ChainCheck();
    AuditVerdict.Broken[] broken = new AuditVerdict.Broken[1];
    inChainOrder(e -> (broken[0] = check.accept(e.members(), e.hash())) == null);
    return new AuditVerdict(broken[0] == null, check.events(), broken[0]);
  }

  /** Hands each event to {@code next} in chain order while it answers true. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void inChainOrder(Predicate<AuditEvent> next) {
    boolean more = walk(next, last -> em.createQuery("select e from AuditEvent e where e.articleId is null"
            + " and e.id > :i order by e.id", AuditEvent.class)
        .setParameter("i", last == null ? 0L : last.id()));
    if (more) {
      // "articleId >= :a" lets the (article_id, id) index bound the scan; the rest resumes after the last event.
      walk(next, last -> em.createQuery("select e from AuditEvent e where e.articleId >= :a and (e.articleId > :a"
              + " or e.id > :i) order by e.articleId, e.id", AuditEvent.class)
          .setParameter("a", last == null ? 0L : last.articleId())
          .setParameter("i", last == null ? 0L : last.id()));
    }
  }

  /** Pages through one query, each page after the last event seen; false once {@code next} stops. */
  private static boolean walk(Predicate<AuditEvent> next, Function<AuditEvent, TypedQuery<AuditEvent>> after) {
    AuditEvent last = null;
    List<AuditEvent> page;
    do {
      page = after.apply(last).setMaxResults(PAGE).getResultList();
      for (AuditEvent e : page) {
        if (!next.test(e)) {
          return false;
        }
        last = e;
      }
    } while (page.size() == PAGE);
    return true;
  }
}
