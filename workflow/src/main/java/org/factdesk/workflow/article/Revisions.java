package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.editorial.RevisionCreated;
import org.factdesk.workflow.user.Actor;

/**
 * The one place where revisions are looked up and added. Adding one moves the article to it, audits
 * it and fires {@link RevisionCreated}, so claims and translations follow in the same transaction.
 */
@ApplicationScoped
public class Revisions {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<RevisionCreated> created;

  /** Revision {@code number} of the article, or 404. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Revision of(long articleId, int number) {
    return em.createQuery("select r from Revision r where r.articleId = :a and r.number = :n", Revision.class)
        .setParameter("a", articleId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("revision", articleId + "/" + number));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Revision current(Article article) {
    return of(article.id(), article.currentRevision());
  }

  /** Newest first; the total is the current revision's number (revisions are numbered without gaps). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Revision> page(Article article, Page.Request page) {
    List<Revision> items =
        em.createQuery("select r from Revision r where r.articleId = :a order by r.number desc", Revision.class)
            .setParameter("a", article.id())
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page.page(), page.size(), article.currentRevision());
  }

  /** The first revision of a new article (audited with the article's creation). */
  @Transactional(Transactional.TxType.MANDATORY)
  Revision first(Article article, List<Block> blocks, String author, String note, OffsetDateTime now) {
    Revision first = new Revision(article.id(), 1, blocks, author, note, now);
    em.persist(first);
    article.revisedTo(1, now);
    created.fire(new RevisionCreated(article.id(), 0, 1, author));
    return first;
  }

  /**
   * A new current revision, audited as {@code action} with {@code more} in its after-value (a merge
   * names its base); claims re-anchor and translations turn stale.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Revision add(Actor actor, Article article, List<Block> blocks, String note, String action, Map<String, Object> more) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int number = article.currentRevision() + 1;
    Revision revision = new Revision(article.id(), number, blocks, actor.username(), note, now);
    em.persist(revision);
    article.revisedTo(number, now);
    em.flush();
    Map<String, Object> after = new java.util.LinkedHashMap<>(Map.of("revision", number, "sha256", revision.sha256(),
        "blocks", blocks.size()));
    after.putAll(more);
    audit.record(article.id(), actor.username(), now, action, "revision:" + number,
        Map.of("revision", number - 1), after, note);
    created.fire(new RevisionCreated(article.id(), number - 1, number, actor.username()));
    return revision;
  }
}
