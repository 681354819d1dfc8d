package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.user.Actor;

/** Discussion of one claim: whoever may read the article may take part, in any state. */
@ApplicationScoped
public class ClaimCommentService {
  public static final int MAX_COMMENT = 10_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Claims claims;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public ClaimComment comment(Actor actor, long claimId, String body) {
    Claim claim = claims.readable(actor, claimId);
    FieldErrors errors = new FieldErrors();
    String clean = errors.required("body", body, MAX_COMMENT);
    errors.throwIfAny();
    OffsetDateTime now = OffsetDateTime.now(clock);
    ClaimComment c = new ClaimComment(claim.id(), actor.username(), clean, now);
    em.persist(c);
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, "claim.commented", "claim:" + claim.id(), null,
        Map.of("comment", c.id()), null);
    return c;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ClaimComment> comments(Actor actor, long claimId, Page.Request page) {
    Claim claim = claims.readable(actor, claimId);
    long total = em.createQuery("select count(c) from ClaimComment c where c.claimId = :c", Long.class)
        .setParameter("c", claim.id()).getSingleResult();
    List<ClaimComment> items = em.createQuery("select c from ClaimComment c where c.claimId = :c order by c.id",
            ClaimComment.class)
        .setParameter("c", claim.id())
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }
}
