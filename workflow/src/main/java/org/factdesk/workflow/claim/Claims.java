package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.user.Actor;

/**
 * The one claim lookup of the claim services: a claim as its article's access allows (a claim of an
 * article the actor may not see is not found), the claims on a revision, and the audit of a change.
 */
@ApplicationScoped
public class Claims {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject AuditLog audit;

  /** The claim, if the actor may read its article. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Claim readable(Actor actor, long claimId) {
    return claim(claimId, articleId -> access.readable(actor, articleId));
  }

  /** The claim, if the actor may work on it now (404 unseen, 403 not theirs, 409 article closed). */
  Claim workable(Actor actor, long claimId, String action) {
    return claim(claimId, articleId -> access.forClaims(actor, articleId, action));
  }

  /** The claim, if the actor may settle it now: an assigned fact-checker, not the article's author. */
  Claim settleable(Actor actor, long claimId, String action) {
    return claim(claimId, articleId -> access.forSettling(actor, articleId, action));
  }

  /** {@link #workable(Actor, long, String)}, at the version the actor last read (412 otherwise). */
  Claim workable(Actor actor, long claimId, long expectedVersion, String action) {
    Claim claim = workable(actor, claimId, action);
    checkVersion(claim, expectedVersion);
    return claim;
  }

  static void checkVersion(Claim claim, long expected) {
    if (claim.version() != expected) {
      throw new StaleVersionException("claim", claim.id(), expected, claim.version());
    }
  }

  private Claim claim(long claimId, LongConsumer articleCheck) {
    Claim claim = em.find(Claim.class, claimId);
    if (claim == null) {
      throw new NotFoundException("claim", claimId);
    }
    try {
      articleCheck.accept(claim.articleId());
    } catch (NotFoundException hidden) {
      throw new NotFoundException("claim", claimId);
    }
    return claim;
  }

  /** The claims on one revision, in text order (orphans last). */
  List<Claim> onRevision(long articleId, int revision) {
    return em.createQuery("select c from Claim c where c.articleId = :a and c.revision = :r"
            + " order by c.block nulls last, c.start, c.id", Claim.class)
        .setParameter("a", articleId)
        .setParameter("r", revision)
        .getResultList();
  }

  /** Audits a change of the claim as {@code action}, after flushing it so its version moved. */
  Claim changed(Actor actor, Claim claim, String action, Map<String, Object> before, String note) {
    return changed(actor.username(), claim, action, before, note);
  }

  Claim changed(String actor, Claim claim, String action, Map<String, Object> before, String note) {
    audit.lockChain(claim.articleId()); // before the claim's row: every writer locks the article first
    em.flush();
    audit.record(claim.articleId(), actor, claim.updatedAt(), action, "claim:" + claim.id(), before,
        claim.snapshot(), note);
    return claim;
  }

  static List<String> texts(Revision revision) {
    return revision.blocks().stream().map(Block::text).toList();
  }
}
