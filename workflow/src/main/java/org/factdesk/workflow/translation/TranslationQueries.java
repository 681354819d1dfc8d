package org.factdesk.workflow.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.workflow.article.ArticleAccess.TranslationNeed;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.assignment.Staff;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.editorial.TranslationProgress;
import org.factdesk.workflow.user.Actor;

/** Reading translations: an article's tasks, one task and its workspace, its revisions, the progress guard's facts. */
@ApplicationScoped
public class TranslationQueries {
  private static final String READ = "read this translation";

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Translations translations;
  @Inject WorkspaceBuilder workspaces;
  @Inject Staff staff;

  /** Every task of an article the actor may see, by language. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TranslationTask> forArticle(Actor actor, long articleId) {
    access.readable(actor, articleId);
    return translations.ofArticle(articleId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationTask find(Actor actor, long id) {
    return translations.task(actor, id, TranslationNeed.READ, READ);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Workspace workspace(Actor actor, long id) {
    return workspaces.workspace(find(actor, id));
  }

  /** Saved revisions of a translation, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TranslationRevision> revisions(Actor actor, long id, Page.Request page) {
    TranslationTask task = find(actor, id);
    List<TranslationRevision> items = em.createQuery("select r from TranslationRevision r where r.taskId = :t"
            + " order by r.number desc", TranslationRevision.class)
        .setParameter("t", task.id())
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), task.currentRevision());
  }

  /** The required translations (each active translator's language) that are not approved and current. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationProgress progress(long articleId) {
    Map<String, TranslationTask> byLanguage = new TreeMap<>();
    translations.ofArticle(articleId).forEach(t -> byLanguage.put(t.language(), t));
    List<TranslationProgress.BlockingLanguage> blocking = new ArrayList<>();
    for (String language : staff.translationLanguages(articleId)) {
      TranslationTask task = byLanguage.get(language);
      String why = task == null ? "MISSING" : task.readiness();
      if (why != null) {
        blocking.add(new TranslationProgress.BlockingLanguage(language, why));
      }
    }
    return new TranslationProgress(blocking);
  }
}
