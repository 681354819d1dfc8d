package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.article.Revisions;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.editorial.RevisionCreated;
import org.factdesk.workflow.user.Actor;

/**
 * Where claims sit in the text: carried onto every new revision ({@link Anchoring}'s rules), and
 * confirmed or moved by a person when the carrying was unsure. Each (claim, revision) keeps one
 * history row.
 */
@ApplicationScoped
public class AnchorService {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Claims claims;
  @Inject ArticleAccess access;
  @Inject Revisions revisions;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Carries every claim of the previous revision onto the new one, inside the transaction that
   * creates the revision: each gets a history row for the new revision, and none is dropped.
   */
  @Transactional
  public void reanchorAll(@Observes RevisionCreated event) {
    if (event.previous() == 0) {
      return;
    }
    List<Claim> carried = em.createQuery("select c from Claim c where c.articleId = :a and c.revision = :r"
            + " order by c.id", Claim.class)
        .setParameter("a", event.articleId())
        .setParameter("r", event.previous())
        .getResultList();
    if (carried.isEmpty()) {
      return;
    }
    List<String> blocks = Claims.texts(revisions.of(event.articleId(), event.current()));
    OffsetDateTime now = now();
    for (Claim claim : carried) {
      Anchor before = claim.anchor();
      Anchor after = Anchoring.reanchor(before, blocks);
      Map<String, Object> was = claim.snapshot();
      claim.anchorTo(event.current(), after, now);
      em.persist(new ClaimAnchor(claim.id(), event.current(), after, now));
      if (after.state() != AnchorState.ANCHORED || !after.equals(new Anchor(AnchorState.ANCHORED, before.quote(),
          before.position(), 1000))) {
        Map<String, Object> is = claim.snapshot();
        is.put("similarity", after.similarity());
        audit.record(claim.articleId(), event.actor(), now, "claim.reanchored", "claim:" + claim.id(), was, is,
            "revision " + event.current());
      }
    }
    em.flush();
  }

  /**
   * A person agrees with where re-anchoring put the claim: NEEDS_REVIEW or MOVED become ANCHORED
   * where they are; ORPHANED becomes REMOVED (the text was cut on purpose; the claim stays on record
   * and no longer blocks).
   */
  @Transactional
  public Claim confirmAnchor(Actor actor, long claimId, long expectedVersion) {
    Claim claim = claims.workable(actor, claimId, expectedVersion, "confirm a claim's place");
    if (claim.anchorState() == AnchorState.ANCHORED || claim.anchorState() == AnchorState.REMOVED) {
      return claim;
    }
    Map<String, Object> before = claim.snapshot();
    Anchor a = claim.anchor();
    AnchorState confirmedState = a.position() == null ? AnchorState.REMOVED : AnchorState.ANCHORED;
    Anchor confirmed = new Anchor(confirmedState, a.quote(), a.position(), 1000);
    replaceHistory(claim, claim.revision(), confirmed);
    return claims.changed(actor, claim, confirmedState == AnchorState.REMOVED ? "claim.removalConfirmed"
        : "claim.anchorConfirmed", before, null);
  }

  /** A fact-checker gave a verdict on the text where the claim sits now: an unsure place is confirmed. */
  void settle(Claim claim) {
    if (claim.anchorState() == AnchorState.NEEDS_REVIEW || claim.anchorState() == AnchorState.MOVED) {
      Anchor a = claim.anchor();
      replaceHistory(claim, claim.revision(), new Anchor(AnchorState.ANCHORED, a.quote(), a.position(), 1000));
    }
  }

  /** Points the claim at a new quote in the current revision (for an orphaned or misplaced claim). */
  @Transactional
  public Claim moveAnchor(Actor actor, long claimId, long expectedVersion, String exact, String prefix, String suffix) {
    Claim claim = claims.workable(actor, claimId, expectedVersion, "move a claim");
    FieldErrors errors = new FieldErrors();
    TextQuote quote = TextQuote.selected(exact, prefix, suffix, errors);
    errors.throwIfAny();
    Article article = access.readable(actor, claim.articleId());
    Anchor anchor = Anchoring.flag(Claims.texts(revisions.current(article)), quote.exact(), quote.prefix(),
        quote.suffix());
    Map<String, Object> before = claim.snapshot();
    replaceHistory(claim, article.currentRevision(), anchor);
    return claims.changed(actor, claim, "claim.anchorMoved", before, null);
  }

  /** Anchors the claim in {@code revision}, replacing that revision's history row (one per claim and revision). */
  private void replaceHistory(Claim claim, int revision, Anchor anchor) {
    OffsetDateTime now = now();
    claim.anchorTo(revision, anchor, now);
    em.createQuery("delete from ClaimAnchor a where a.claimId = :c and a.revision = :r")
        .setParameter("c", claim.id())
        .setParameter("r", revision)
        .executeUpdate();
    em.persist(new ClaimAnchor(claim.id(), claim.revision(), anchor, now));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
