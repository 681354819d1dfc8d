package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.factdesk.workflow.article.Publication.Kind;
import org.factdesk.workflow.user.Actor;

/** The public history of articles: every approval, correction and withdrawal, in order. */
@ApplicationScoped
public class Publications {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Revisions revisions;

  /** Every publication of the article, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Publication> of(Actor actor, long articleId) {
    access.readable(actor, articleId);
    return history(articleId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Publication> history(long articleId) {
    return em.createQuery("select p from Publication p where p.articleId = :a order by p.id", Publication.class)
        .setParameter("a", articleId)
        .getResultList();
  }

  /**
   * Records what a move put out or took down, in the move's transaction: a first approval, a
   * correction re-approved (with the blocks changed since the last published revision), or a
   * withdrawal of what was published.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Publication record(Article article, Kind kind, Integer previousRevision, String note, String by,
      OffsetDateTime at) {
    int revision = article.approvedRevision();
    List<Integer> changed = previousRevision == null || previousRevision == revision ? List.of()
        : Alignment.changedIndices(Alignment.between(revisions.of(article.id(), previousRevision).blocks(),
            revisions.of(article.id(), revision).blocks()));
    Publication p = new Publication(article.id(), kind, revision, previousRevision, changed, note, by, at);
    em.persist(p);
    return p;
  }
}
