package org.factdesk.workflow.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.user.Actor;

/** Adds and lists comments. Anyone who may read an article may comment on it. */
@ApplicationScoped
public class CommentService {
  public static final int MAX_LENGTH = 10_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ArticleService articles;

  @Transactional
  public Comment add(Actor actor, long articleId, Integer revisionNumber, String body) {
    return addInTransaction(actor, articles.find(actor, articleId), revisionNumber, body);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Comment> list(Actor actor, long articleId, Integer revisionNumber, Page.Request page) {
    return list(articles.find(actor, articleId), revisionNumber, page);
  }

  /** Adds a comment; the caller has already checked that the actor may read the article. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Comment addInTransaction(Actor actor, Article article, Integer revisionNumber, String body) {
    if (body == null || body.isBlank()) {
      throw new ValidationException("body", "required", Map.of(), "a comment needs text");
    }
    String clean = TextInput.clean(body.strip());
    if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
      throw new ValidationException("body", "tooLong", Map.of("max", MAX_LENGTH), "at most " + MAX_LENGTH + " characters");
    }
    if (revisionNumber != null && (revisionNumber < 1 || revisionNumber > article.currentRevision())) {
      throw new NotFoundException("revision", article.id() + "/" + revisionNumber);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Comment comment = new Comment(article.id(), revisionNumber, actor.username(), clean, now);
    em.persist(comment);
    em.flush();
    audit.record(article.id(), actor.username(), now, "comment.added", "comment:" + comment.id(), null,
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
