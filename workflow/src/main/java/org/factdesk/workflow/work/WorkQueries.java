package org.factdesk.workflow.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.ClaimStatus;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.translation.TranslationState;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.user.Actor;

/**
 * Every step waiting for one person. Each part starts from that person's own rows (their open
 * assignments, their translation tasks, the articles they wrote; all indexed by person), so the cost
 * follows one desk's workload, not the archive. The parts are merged and ordered here: overdue first,
 * then by due date (undated last), then by article.
 */
@ApplicationScoped
public class WorkQueries {
  /** Rows read per part: far above one person's day; beyond it the list is cut, and says so in its total. */
  static final int PART_LIMIT = 1000;
  static final Duration DUE_SOON = Duration.ofHours(48);
  private static final List<ArticleState> OPEN =
      Arrays.stream(ArticleState.values()).filter(ArticleState::editable).toList();
  private static final Set<ArticleState> AWAITING_APPROVAL = Set.of(ArticleState.TRANSLATION, ArticleState.CORRECTION);
  private static final Set<ArticleState> BEING_CHECKED = Set.of(ArticleState.FACT_CHECK, ArticleState.CORRECTION);

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<WorkItem> work(Actor actor, Page.Request page) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Rows rows = new Rows(now);
    List<Long> checking = new ArrayList<>();
    for (Object[] r : em.createQuery("select s, a from Assignment s, Article a where a.id = s.articleId"
        + " and s.assignee = :me and s.endedAt is null and s.articleOpen = true", Object[].class)
        .setParameter("me", actor.username()).setMaxResults(PART_LIMIT).getResultList()) {
      Assignment s = (Assignment) r[0];
      Article a = (Article) r[1];
      if (s.role() == AssignmentRole.REVIEWER && a.state() == ArticleState.IN_REVIEW) {
        rows.article(WorkKind.REVIEW, a, s.due());
      } else if (s.role() == AssignmentRole.REVIEWER && AWAITING_APPROVAL.contains(a.state())
          && actor.isEditor() && !actor.username().equals(a.author())) {
        rows.article(WorkKind.APPROVE_ARTICLE, a, a.deadline());
      } else if (s.role() == AssignmentRole.FACT_CHECKER) {
        checking.add(a.id());
        if (BEING_CHECKED.contains(a.state())) {
          rows.article(WorkKind.CHECK, a, s.due());
        }
      }
    }
    if (!checking.isEmpty()) {
      rechecks(rows, checking);
    }
    translations(rows, actor);
    if (actor.isEditor()) {
      authored(rows, actor);
    }
    return rows.page(page);
  }

  private void rechecks(Rows rows, List<Long> articles) {
    for (Object[] r : em.createQuery("select c, a from Claim c, Article a where a.id = c.articleId"
        + " and c.articleId in :ids and c.status = :status and a.state in :open", Object[].class)
        .setParameter("ids", articles).setParameter("status", ClaimStatus.NEEDS_RECHECK).setParameter("open", OPEN)
        .setMaxResults(PART_LIMIT).getResultList()) {
      Claim c = (Claim) r[0];
      Article a = (Article) r[1];
      rows.add(new WorkItem(WorkKind.RECHECK, a.id(), a.title(), a.language(), a.state(), null, c.id(), a.language(),
          a.deadline(), rows.overdue(a.deadline()), rows.soon(a.deadline())));
    }
  }

  private void translations(Rows rows, Actor actor) {
    for (Object[] r : em.createQuery("select t, a from TranslationTask t, Article a where a.id = t.articleId"
        + " and t.translator = :me and a.state in :open and (t.stale = true or t.state in :todo)", Object[].class)
        .setParameter("me", actor.username()).setParameter("open", OPEN)
        .setParameter("todo", List.of(TranslationState.ASSIGNED, TranslationState.IN_PROGRESS,
            TranslationState.CHANGES_REQUESTED))
        .setMaxResults(PART_LIMIT).getResultList()) {
      TranslationTask t = (TranslationTask) r[0];
      rows.task(t.stale() ? WorkKind.UPDATE_TRANSLATION : WorkKind.TRANSLATE, t, (Article) r[1]);
    }
  }

  /** Drafts of mine, and translations to approve on articles I wrote or staff (never my own translation). */
  private void authored(Rows rows, Actor actor) {
    for (Article a : em.createQuery("select a from Article a where a.author = :me and a.state = :draft", Article.class)
        .setParameter("me", actor.username()).setParameter("draft", ArticleState.DRAFT)
        .setMaxResults(PART_LIMIT).getResultList()) {
      rows.article(WorkKind.DRAFT, a, a.deadline());
    }
    String submitted = " and t.state = :submitted and t.stale = false and a.state in :open";
    List<Object[]> found = new ArrayList<>(em.createQuery("select t, a from TranslationTask t, Article a"
        + " where a.id = t.articleId and a.author = :me" + submitted, Object[].class)
        .setParameter("me", actor.username()).setParameter("submitted", TranslationState.SUBMITTED)
        .setParameter("open", OPEN).setMaxResults(PART_LIMIT).getResultList());
    found.addAll(em.createQuery("select t, a from TranslationTask t, Article a, Assignment s"
        + " where a.id = t.articleId and s.articleId = a.id and s.assignee = :me and s.endedAt is null"
        + " and s.articleOpen = true" + submitted, Object[].class)
        .setParameter("me", actor.username()).setParameter("submitted", TranslationState.SUBMITTED)
        .setParameter("open", OPEN).setMaxResults(PART_LIMIT).getResultList());
    for (Object[] r : found) {
      TranslationTask t = (TranslationTask) r[0];
      if (!actor.username().equals(t.translator()) && !actor.username().equals(t.submittedBy())) {
        rows.task(WorkKind.APPROVE_TRANSLATION, t, (Article) r[1]);
      }
    }
  }

  /** The rows found so far, one per step (a translation reached by two paths counts once). */
  private static final class Rows {
    private final OffsetDateTime now;
    private final Map<String, WorkItem> items = new LinkedHashMap<>();

    Rows(OffsetDateTime now) {
      this.now = now;
    }

    boolean overdue(OffsetDateTime due) {
      return due != null && due.isBefore(now);
    }

    boolean soon(OffsetDateTime due) {
      return due != null && !due.isBefore(now) && due.isBefore(now.plus(DUE_SOON));
    }

    void article(WorkKind kind, Article a, OffsetDateTime due) {
      add(new WorkItem(kind, a.id(), a.title(), a.language(), a.state(), null, null, a.language(), due,
          overdue(due), soon(due)));
    }

    void task(WorkKind kind, TranslationTask t, Article a) {
      OffsetDateTime due = t.due() != null ? t.due() : a.deadline();
      add(new WorkItem(kind, a.id(), a.title(), a.language(), a.state(), t.id(), null, t.language(), due,
          overdue(due), soon(due)));
    }

    void add(WorkItem item) {
      items.putIfAbsent(item.kind() + ":" + item.articleId() + ":" + item.taskId() + ":" + item.claimId(), item);
    }

    Page<WorkItem> page(Page.Request request) {
      List<WorkItem> all = items.values().stream()
          .sorted(Comparator.comparing(WorkItem::overdue).reversed()
              .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparingLong(WorkItem::articleId)
              .thenComparingInt(w -> w.kind().ordinal()))
          .toList();
      int from = Math.min(all.size(), request.firstResult());
      int to = Math.min(all.size(), from + request.size());
      return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }
  }
}
