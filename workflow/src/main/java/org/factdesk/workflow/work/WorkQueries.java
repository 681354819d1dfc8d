package org.factdesk.workflow.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.ClaimStatus;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.translation.TranslationState;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.user.Actor;

/**
 * Every step waiting for one person, in parts (one query per kind of step). Each part starts from
 * that person's own rows — their open assignments, their translation tasks, the articles they wrote;
 * all indexed by person — so the cost follows one desk's workload, not the archive. Steps are
 * ordered by due date (so overdue first, undated last), then article: each part is read in that
 * order and only as far as the page asked for reaches, the parts are merged here, and each part's
 * total is counted apart.
 */
@ApplicationScoped
public class WorkQueries {
  static final Duration DUE_SOON = Duration.ofHours(48);
  private static final List<ArticleState> OPEN =
      Arrays.stream(ArticleState.values()).filter(ArticleState::editable).toList();
  private static final String MY_OPEN = " s.assignee = :me and s.endedAt is null and s.articleOpen = :yes";
  private static final String TASK_DUE = "coalesce(t.due, a.deadline)";

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;

  /**
   * One part: its kind, what it selects and from where, the due date it orders by (then the article,
   * then {@code tie}, so pages never overlap), and how a row becomes a step.
   */
  private record Part(WorkKind kind, String select, String from, String due, String tie, Map<String, Object> params,
      Function<Object[], WorkItem> item) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<WorkItem> work(Actor actor, Page.Request page) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String me = actor.username();
    List<Part> parts = new ArrayList<>();
    String myAssignment = " from Assignment s, Article a where a.id = s.articleId and" + MY_OPEN + " and s.role = :role";
    parts.add(new Part(WorkKind.REVIEW, "s, a", myAssignment + " and a.state = :state", "s.due", "s.id",
        Map.of("me", me, "role", AssignmentRole.REVIEWER, "state", ArticleState.IN_REVIEW),
        r -> article(WorkKind.REVIEW, (Article) r[1], due(r[0]), now)));
    parts.add(new Part(WorkKind.CHECK, "s, a", myAssignment + " and a.state in :states", "s.due", "s.id",
        Map.of("me", me, "role", AssignmentRole.FACT_CHECKER,
            "states", List.of(ArticleState.FACT_CHECK, ArticleState.CORRECTION)),
        r -> article(WorkKind.CHECK, (Article) r[1], due(r[0]), now)));
    parts.add(new Part(WorkKind.RECHECK, "c, s, a", " from Claim c, Assignment s, Article a where a.id = c.articleId"
        + " and s.articleId = c.articleId and" + MY_OPEN + " and s.role = :role and c.status = :status"
        + " and a.state in :open", "a.deadline", "c.id",
        Map.of("me", me, "role", AssignmentRole.FACT_CHECKER, "status", ClaimStatus.NEEDS_RECHECK, "open", OPEN),
        r -> claim((Claim) r[0], (Article) r[2], now)));
    String mine = " from TranslationTask t, Article a where a.id = t.articleId and t.translator = :me and a.state in :open";
    parts.add(new Part(WorkKind.TRANSLATE, "t, a", mine + " and t.stale = :no and t.state in :todo", TASK_DUE, "t.id",
        Map.of("me", me, "open", OPEN, "todo", List.of(TranslationState.ASSIGNED, TranslationState.IN_PROGRESS,
            TranslationState.CHANGES_REQUESTED)),
        r -> task(WorkKind.TRANSLATE, (TranslationTask) r[0], (Article) r[1], now)));
    parts.add(new Part(WorkKind.UPDATE_TRANSLATION, "t, a", mine + " and t.stale = :yes", TASK_DUE, "t.id",
        Map.of("me", me, "open", OPEN),
        r -> task(WorkKind.UPDATE_TRANSLATION, (TranslationTask) r[0], (Article) r[1], now)));
    if (actor.isEditor()) {
      parts.add(new Part(WorkKind.APPROVE_ARTICLE, "s, a", myAssignment + " and a.state in :states and a.author <> :me",
          "a.deadline", "s.id", Map.of("me", me, "role", AssignmentRole.REVIEWER,
              "states", List.of(ArticleState.TRANSLATION, ArticleState.CORRECTION)),
          r -> article(WorkKind.APPROVE_ARTICLE, (Article) r[1], ((Article) r[1]).deadline(), now)));
      parts.add(new Part(WorkKind.DRAFT, "a", " from Article a where a.author = :me and a.state = :state",
          "a.deadline", "a.id",
          Map.of("me", me, "state", ArticleState.DRAFT),
          r -> article(WorkKind.DRAFT, (Article) r[0], ((Article) r[0]).deadline(), now)));
      // Four eyes: never a translation this person made or submitted. Articles they wrote, then articles
      // they staff (two parts, not one with a subquery: EclipseLink writes a subquery's booleans as 1 and 0).
      String submitted = " and t.state = :submitted and t.stale = :no and a.state in :open"
          + " and (t.translator is null or t.translator <> :me) and (t.submittedBy is null or t.submittedBy <> :me)";
      Map<String, Object> approve = Map.of("me", me, "submitted", TranslationState.SUBMITTED, "open", OPEN);
      Function<Object[], WorkItem> approval = r -> task(WorkKind.APPROVE_TRANSLATION, (TranslationTask) r[0], (Article) r[1], now);
      parts.add(new Part(WorkKind.APPROVE_TRANSLATION, "t, a", " from TranslationTask t, Article a where a.id = t.articleId"
          + " and a.author = :me" + submitted, TASK_DUE, "t.id", approve, approval));
      parts.add(new Part(WorkKind.APPROVE_TRANSLATION, "t, a", " from TranslationTask t, Article a, Assignment s"
          + " where a.id = t.articleId and s.articleId = a.id and" + MY_OPEN + " and a.author <> :me" + submitted,
          TASK_DUE, "t.id", approve, approval));
    }
    int reach = Math.min(Page.MAX_SIZE * 5, page.firstResult() + page.size());
    long total = 0;
    List<WorkItem> found = new ArrayList<>();
    for (Part p : parts) {
      total += bind(em.createQuery("select count(distinct " + p.tie() + ")" + p.from(), Long.class), p).getSingleResult();
      List<?> result = bind(em.createQuery("select " + p.select() + p.from() + " order by " + p.due()
          + " nulls last, a.id, " + p.tie(), Object.class), p).setMaxResults(reach).getResultList();
      for (Object r : result) {
        found.add(p.item().apply(r instanceof Object[] row ? row : new Object[] {r}));
      }
    }
    List<WorkItem> sorted = found.stream()
        .collect(java.util.stream.Collectors.toMap(w -> w.kind() + ":" + w.articleId() + ":" + w.taskId() + ":" + w.claimId(),
            w -> w, (x, y) -> x, java.util.LinkedHashMap::new)).values().stream()
        .sorted(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(WorkItem::articleId)
            .thenComparingInt(w -> w.kind().ordinal()))
        .toList();
    int from = Math.min(sorted.size(), page.firstResult());
    return new Page<>(sorted.subList(from, Math.min(sorted.size(), from + page.size())), page.page(), page.size(), total);
  }

  /** Booleans go as parameters: as literals EclipseLink renders them 1 and 0, which H2 refuses to compare. */
  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Part part) {
    part.params().forEach(query::setParameter);
    String jpql = part.from();
    if (jpql.contains(":yes")) {
      query.setParameter("yes", Boolean.TRUE);
    }
    if (jpql.contains(":no")) {
      query.setParameter("no", Boolean.FALSE);
    }
    return query;
  }

  private static OffsetDateTime due(Object assignment) {
    return ((org.factdesk.workflow.assignment.Assignment) assignment).due();
  }

  private static WorkItem article(WorkKind kind, Article a, OffsetDateTime due, OffsetDateTime now) {
    return new WorkItem(kind, a.id(), a.title(), a.language(), a.state(), null, null, a.language(), due,
        overdue(due, now), soon(due, now));
  }

  private static WorkItem task(WorkKind kind, TranslationTask t, Article a, OffsetDateTime now) {
    OffsetDateTime due = t.due() != null ? t.due() : a.deadline();
    return new WorkItem(kind, a.id(), a.title(), a.language(), a.state(), t.id(), null, t.language(), due,
        overdue(due, now), soon(due, now));
  }

  private static WorkItem claim(Claim c, Article a, OffsetDateTime now) {
    return new WorkItem(WorkKind.RECHECK, a.id(), a.title(), a.language(), a.state(), null, c.id(), a.language(),
        a.deadline(), overdue(a.deadline(), now), soon(a.deadline(), now));
  }

  static boolean overdue(OffsetDateTime due, OffsetDateTime now) {
    return due != null && due.isBefore(now);
  }

  static boolean soon(OffsetDateTime due, OffsetDateTime now) {
    return due != null && !due.isBefore(now) && due.isBefore(now.plus(DUE_SOON));
  }
}
