package org.factdesk.workflow.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.article.ArticleTransitioned;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.user.Actor;

/** Adds and lists comments. Anyone who may read an article may comment on it. */
@ApplicationScoped
public class CommentService {
  public static final int MAX_LENGTH = 10_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ArticleAccess access;

  @Transactional
  public Comment add(Actor actor, long articleId, Integer revisionNumber, String body) {
    Article article = access.readable(actor, articleId);
    FieldErrors errors = new FieldErrors();
    String clean = errors.required("body", body, MAX_LENGTH, "a comment needs text");
    errors.throwIfAny();
    if (revisionNumber != null && (revisionNumber < 1 || revisionNumber > article.currentRevision())) {
      throw new NotFoundException("revision", article.id() + "/" + revisionNumber);
    }
    return store(actor.username(), article.id(), revisionNumber, clean);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Comment> list(Actor actor, long articleId, Integer revisionNumber, Page.Request page) {
    return list(access.readable(actor, articleId), revisionNumber, page);
  }

  /** What someone said when moving an article joins the discussion, in the move's transaction. */
  void onTransition(@Observes ArticleTransitioned moved) {
    if (moved.comment() != null) {
      store(moved.actor(), moved.articleId(), null, moved.comment());
    }
  }

  private Comment store(String author, long articleId, Integer revisionNumber, String body) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Comment comment = new Comment(articleId, revisionNumber, author, body, now);
    em.persist(comment);
    em.flush();
    audit.record(articleId, author, now, "comment.added", "comment:" + comment.id(), null,
        revisionNumber == null ? Map.of("comment", comment.id()) : Map.of("comment", comment.id(), "revision", revisionNumber),
        null);
    return comment;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Comment> list(Article article, Integer revisionNumber, Page.Request page) {
    String where = " where c.articleId = :a" + (revisionNumber == null ? "" : " and c.revisionNumber = :r");
    var count = em.createQuery("select count(c) from Comment c" + where, Long.class).setParameter("a", article.id());
    var list = em.createQuery("select c from Comment c" + where + " order by c.id", Comment.class)
        .setParameter("a", article.id());
    if (revisionNumber != null) {
      count.setParameter("r", revisionNumber);
      list.setParameter("r", revisionNumber);
    }
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }
}
