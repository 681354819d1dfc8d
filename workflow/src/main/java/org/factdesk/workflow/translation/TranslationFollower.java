package org.factdesk.workflow.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.workflow.article.Alignment.Aligned;
import org.factdesk.workflow.article.Alignment;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.Revisions;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.assignment.AssignmentChanged;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.RevisionCreated;

/**
 * Tasks follow what happens elsewhere, inside the transaction that made it happen: a translator's
 * assignment opens, hands over or reschedules the task of its language, and every new source
 * revision turns translations made for an older one stale (listing the changed blocks).
 */
@ApplicationScoped
public class TranslationFollower {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Translations translations;
  @Inject Revisions revisions;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A translator's assignment opens (or hands over) the task for its language and gives it its due
   * date; ending it leaves the task.
   */
  void onAssignment(@Observes AssignmentChanged e) {
    if (e.role() != AssignmentRole.TRANSLATOR || e.language() == null) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    TranslationTask task = translations.ofArticle(e.articleId(), e.language());
    if (!e.active()) {
      if (task != null && e.assignmentId() == (task.assignmentId() == null ? -1 : task.assignmentId())) {
        Map<String, Object> before = task.snapshot();
        task.unassign(now);
        record(e.articleId(), e.actor(), now, "translation.unassigned", task, before);
      }
      return;
    }
    Assignment assignment = em.find(Assignment.class, e.assignmentId());
    OffsetDateTime due = assignment == null ? null : assignment.due();
    if (task != null && task.assignmentId() != null && task.assignmentId() == e.assignmentId()) {
      // The same assignment with a new due date: the task keeps its translator, only the date moves.
      if (!Objects.equals(task.due(), due)) {
        Map<String, Object> before = task.snapshot();
        task.reschedule(due, now);
        record(e.articleId(), e.actor(), now, "translation.rescheduled", task, before);
      }
      return;
    }
    Map<String, Object> before = null;
    String action = "translation.reassigned";
    if (task == null) {
      Article article = em.find(Article.class, e.articleId());
      task = new TranslationTask(e.articleId(), e.language(), article.currentRevision(), now);
      em.persist(task);
      action = "translation.created";
    } else {
      before = task.snapshot();
    }
    task.assignTo(e.username(), e.assignmentId(), due, now);
    record(e.articleId(), e.actor(), now, action, task, before);
  }

  /** A new source revision: translations made for an older one turn stale, listing the changed blocks. */
  void onRevision(@Observes RevisionCreated e) {
    if (e.previous() == 0) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Revision current = null;
    for (TranslationTask task : translations.ofArticle(e.articleId())) {
      if (task.currentRevision() == 0) {
        // Nothing translated yet: nothing can be out of date.
        task.rebase(e.current(), now);
        continue;
      }
      if (current == null) {
        current = revisions.of(e.articleId(), e.current());
      }
      TranslationRevision latest = translations.latest(task);
      Revision old = revisions.of(e.articleId(), latest.basedOnRevision());
      List<Aligned> alignment = Alignment.between(old.blocks(), current.blocks());
      Map<String, Object> before = task.snapshot();
      if (alignment.equals(Alignment.identity(old.blocks().size()))) {
        task.current(e.current(), now);
      } else {
        task.markStale(e.current(), Alignment.changedIndices(alignment), now);
      }
      record(e.articleId(), e.actor(), now, task.stale() ? "translation.stale" : "translation.current", task, before);
    }
  }

  private void record(long articleId, String actor, OffsetDateTime now, String action, TranslationTask task,
      Map<String, Object> before) {
    audit.lockChain(articleId); // before the task's row: every writer locks the article first
    em.flush();
    audit.record(articleId, actor, now, action, "translation:" + task.id(), before, task.snapshot(), null);
  }
}
