package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.workflow.access.AccessPolicy.Translation;
import org.factdesk.workflow.access.AccessPolicy;
import org.factdesk.workflow.access.Decision;
import org.factdesk.workflow.assignment.Staff;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.user.Actor;

/**
 * Applies {@link AccessPolicy} to stored articles: loads the article and, only when the policy asks,
 * the actor's parts on it, and turns a refusal into 404 (hidden) or 403 (forbidden).
 */
@ApplicationScoped
public class ArticleAccess {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Staff staff;

  /** The article, if the actor may read it; 404 otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Article readable(Actor actor, long id) {
    Article article = em.find(Article.class, id);
    if (article == null || !AccessPolicy.readArticle(actor, parts(actor, id)).allowed()) {
      throw new NotFoundException("article", id);
    }
    return article;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayRead(Actor actor, Article article) {
    return AccessPolicy.readArticle(actor, parts(actor, article.id())).allowed();
  }

  /** Refuses (403) anyone but an editor, before anything is looked up. */
  public static void requireEditor(Actor actor, String action) {
    AccessPolicy.edit(actor).enforce(action, "article", 0);
  }

  /**
   * The article, if the actor may work on its claims now: 404 unseen, 403 not theirs, 409 when its
   * text is closed (approved, withdrawn, archived).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Article forClaims(Actor actor, long articleId, String action) {
    Article article = em.find(Article.class, articleId);
    if (article == null) {
      throw new NotFoundException("article", articleId);
    }
    AccessPolicy.workOnClaims(actor, parts(actor, articleId)).enforce(action, "article", articleId);
    return requireOpenClaims(article);
  }

  private static Article requireOpenClaims(Article article) {
    if (!article.state().editable()) {
      throw new ConflictException("claimsClosed", Map.of("state", article.state().name()),
          "Claims of an article in " + article.state() + " cannot change; reopen the article first");
    }
    return article;
  }

  /**
   * The article, if the actor may settle its claims now (flag, resolve, re-check, dismiss): its
   * assigned fact-checkers, never its author (404 unseen, 403 otherwise, 409 closed).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Article forSettling(Actor actor, long articleId, String action) {
    Article article = em.find(Article.class, articleId);
    if (article == null) {
      throw new NotFoundException("article", articleId);
    }
    AccessPolicy.settleClaims(actor, parts(actor, articleId), article.author()).enforce(action, "article", articleId);
    return requireOpenClaims(article);
  }

  /** What someone wants of a translation. */
  public enum TranslationNeed {
    READ,
    TRANSLATE,
    REVIEW,
    APPROVE
  }

  /**
   * Lets the actor at translation {@code taskId} for {@code need}, or answers 404 / 403 naming the
   * translation; {@code contributors} (who saved or submitted it) matter only to APPROVE.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void translation(Actor actor, long taskId, long articleId, Translation t, Set<String> contributors,
      TranslationNeed need, String action) {
    Supplier<Set<AssignmentRole>> parts = () -> em.find(Article.class, articleId) == null ? Set.of()
        : staff.partsOf(articleId, actor.username());
    Decision d = switch (need) {
      case READ -> AccessPolicy.readTranslation(actor, parts, t);
      case TRANSLATE -> AccessPolicy.translate(actor, parts, t);
      case REVIEW -> AccessPolicy.reviewTranslation(actor, parts, t);
      case APPROVE -> AccessPolicy.approveTranslation(actor, parts, t, contributors);
    };
    d.enforce(action, "translation", taskId);
  }

  /** Locks the article row for the rest of the transaction (assignments change under it). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Article lock(Actor actor, long id) {
    Article article = readable(actor, id);
    em.lock(article, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(article);
    return article;
  }

  private Supplier<Set<AssignmentRole>> parts(Actor actor, long articleId) {
    return () -> staff.partsOf(articleId, actor.username());
  }

}
