package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.editorial.OpenClaims.BlockingClaim;
import org.factdesk.workflow.editorial.OpenClaims;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.user.Actor;

/** Reading claims: one, an article's list, where each sat in every revision, and the fact-check summary. */
@ApplicationScoped
public class ClaimQueries {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Claims claims;
  @Inject CitationService citations;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Claim find(Actor actor, long claimId) {
    return claims.readable(actor, claimId);
  }

  /** The claims of an article in text order (orphans last). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Claim> list(Actor actor, long articleId, Page.Request page) {
    access.readable(actor, articleId);
    long total = em.createQuery("select count(c) from Claim c where c.articleId = :a", Long.class)
        .setParameter("a", articleId)
        .getSingleResult();
    List<Claim> items = em.createQuery("select c from Claim c where c.articleId = :a"
            + " order by c.block nulls last, c.start, c.id", Claim.class)
        .setParameter("a", articleId)
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** Every claim on the article's current revision, in text order (for exports; bounded by what checkers flag). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Claim> onCurrentRevision(Actor actor, long articleId) {
    Article article = access.readable(actor, articleId);
    return claims.onRevision(articleId, article.currentRevision());
  }

  /** The claims as anchored in one revision, in flagging order (the export of an approved revision). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AnchoredClaim> anchoredOn(Actor actor, long articleId, int revision) {
    access.readable(actor, articleId);
    return em.createQuery("select c, a from Claim c, ClaimAnchor a where a.claimId = c.id and c.articleId = :art"
            + " and a.revision = :r order by c.id", Object[].class)
        .setParameter("art", articleId)
        .setParameter("r", revision)
        .getResultStream()
        .map(row -> new AnchoredClaim((Claim) row[0], ((ClaimAnchor) row[1]).anchor()))
        .toList();
  }

  /** Where the claim sat in every revision since it was flagged, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimAnchor> history(Actor actor, long claimId) {
    Claim claim = find(actor, claimId);
    return em.createQuery("select a from ClaimAnchor a where a.claimId = :c order by a.revision", ClaimAnchor.class)
        .setParameter("c", claim.id())
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ClaimSummary summary(Actor actor, long articleId) {
    Article article = access.readable(actor, articleId);
    List<Claim> all = claims.onRevision(articleId, article.currentRevision());
    Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
    Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    Map<AnchorState, Long> byAnchor = new EnumMap<>(AnchorState.class);
    for (ClaimStatus s : ClaimStatus.values()) byStatus.put(s, 0L);
    for (Verdict v : Verdict.values()) byVerdict.put(v, 0L);
    for (AnchorState s : AnchorState.values()) byAnchor.put(s, 0L);
    for (Claim c : all) {
      byStatus.merge(c.status(), 1L, Long::sum);
      byAnchor.merge(c.anchorState(), 1L, Long::sum);
      if (c.status() == ClaimStatus.RESOLVED && c.verdict() != null) {
        byVerdict.merge(c.verdict(), 1L, Long::sum);
      }
    }
    return new ClaimSummary(article.currentRevision(), all.size(), byStatus, byVerdict, byAnchor,
        blocking(all).blocking());
  }

  /** The facts for the fact-check guard: each claim on this revision that keeps the article in fact-check. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public OpenClaims openClaims(long articleId, int revision) {
    return blocking(claims.onRevision(articleId, revision));
  }

  private OpenClaims blocking(List<Claim> list) {
    Map<Long, List<Citation>> cited = citations.citations(list.stream().map(Claim::id).toList());
    List<BlockingClaim> out = new ArrayList<>();
    for (Claim c : list) {
      String reason = c.blockingReason(cited.containsKey(c.id()));
      if (reason != null) {
        out.add(new BlockingClaim(c.id(), TextInput.truncate(c.exact(), 120, "…"), reason,
            c.checked() == null ? null : TextInput.truncate(c.checked().quote(), 120, "…")));
      }
    }
    return new OpenClaims(out);
  }
}
