package org.factdesk.workflow.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.access.AccessPolicy;
import org.factdesk.workflow.article.ArticleAccess.TranslationNeed;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.user.Actor;

/** The one lookup of translation tasks and their revisions, as the access policy allows. */
@ApplicationScoped
public class Translations {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject org.factdesk.workflow.assignment.Staff staff;

  /** The task, if the actor may have it for {@code need} (404 unseen, 403 not theirs). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationTask task(Actor actor, long id, TranslationNeed need, String action) {
    TranslationTask task = em.find(TranslationTask.class, id);
    if (task == null) {
      throw new NotFoundException("translation", id);
    }
    access.translation(actor, id, task.articleId(),
        new AccessPolicy.Translation(task.translator(), LanguageTag.parse(task.language())),
        need == TranslationNeed.APPROVE ? contributors(task) : Set.of(), need, action);
    return task;
  }

  /**
   * What the actor may do to the task now ({@code save}, {@code submit}, {@code approve},
   * {@code requestChanges}): the access policy and the task's state rules its steps enforce, said
   * before anyone clicks.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> allowedActions(Actor actor, TranslationTask task) {
    java.util.function.Supplier<Set<org.factdesk.workflow.editorial.AssignmentRole>> parts =
        () -> staff.partsOf(task.articleId(), actor.username());
    var t = new AccessPolicy.Translation(task.translator(), LanguageTag.parse(task.language()));
    List<String> out = new java.util.ArrayList<>();
    if (AccessPolicy.translate(actor, parts, t).allowed()) {
      if (task.acceptsDraft()) {
        out.add("save");
      }
      if (task.submittable()) {
        out.add("submit");
      }
    }
    if (task.state().reviewable() && AccessPolicy.reviewTranslation(actor, parts, t).allowed()) {
      if (task.approvable() && AccessPolicy.approveTranslation(actor, parts, t, contributors(task)).allowed()) {
        out.add("approve");
      }
      out.add("requestChanges");
    }
    return List.copyOf(out);
  }

  /** Everyone who saved a version of the translation or submitted it. */
  private Set<String> contributors(TranslationTask task) {
    Set<String> people = new HashSet<>(em.createQuery("select distinct r.author from TranslationRevision r"
            + " where r.taskId = :t", String.class)
        .setParameter("t", task.id())
        .getResultList());
    if (task.submittedBy() != null) {
      people.add(task.submittedBy());
    }
    return people;
  }

  /** {@link #task}, at the version the actor last read when they sent one (412 otherwise). */
  TranslationTask task(Actor actor, long id, Long expectedVersion, TranslationNeed need, String action) {
    TranslationTask task = task(actor, id, need, action);
    if (expectedVersion != null && task.version() != expectedVersion) {
      throw new StaleVersionException("translation", task.id(), expectedVersion, task.version());
    }
    return task;
  }

  /** Every task of the article, by language. */
  List<TranslationTask> ofArticle(long articleId) {
    return em.createQuery("select t from TranslationTask t where t.articleId = :a order by t.language",
            TranslationTask.class)
        .setParameter("a", articleId)
        .getResultList();
  }

  TranslationTask ofArticle(long articleId, String language) {
    return em.createQuery("select t from TranslationTask t where t.articleId = :a and t.language = :l",
            TranslationTask.class)
        .setParameter("a", articleId)
        .setParameter("l", language)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The task's latest saved revision (the task must have one). */
  TranslationRevision latest(TranslationTask task) {
    return revision(task, task.currentRevision());
  }

  /** Saved revision {@code number} of the task (it must exist). */
  TranslationRevision revision(TranslationTask task, int number) {
    return em.createQuery("select r from TranslationRevision r where r.taskId = :t and r.number = :n",
            TranslationRevision.class)
        .setParameter("t", task.id())
        .setParameter("n", number)
        .getSingleResult();
  }
}
