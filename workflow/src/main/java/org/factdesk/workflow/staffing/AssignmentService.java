package org.factdesk.workflow.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.article.ArticleTransitioned;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.assignment.AssignmentChanged;
import org.factdesk.workflow.assignment.Staff;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;
import org.factdesk.workflow.user.UserAccount;

/**
 * Gives people their parts on an article. An article has at most one active reviewer and one
 * active translator per language (assigning another replaces them), and any number of
 * fact-checkers. Changes lock the article row so two editors cannot staff it twice at once.
 */
@ApplicationScoped
public class AssignmentService {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ArticleAccess access;
  @Inject Staff staff;
  @Inject Event<AssignmentChanged> changed;

  /** The assignment, and whether this call created it (false: it existed, at most its due date moved). */
  public record Assigned(Assignment assignment, boolean created) {}

  @Transactional
  public Assigned assign(Actor actor, long articleId, NewAssignment request) {
    Article article = lockForStaffing(actor, articleId);
    UserAccount user = eligibleUser(article, request.username(), request.role(), request.language());
    String language = request.language() == null ? null : request.language().value();
    OffsetDateTime now = now();
    Assignment replaced = null;
    for (Assignment current : staff.active(articleId)) {
      boolean sameSlot =
          current.role() == request.role()
              && (request.role() == AssignmentRole.REVIEWER
                  || (request.role() == AssignmentRole.TRANSLATOR && current.language().equals(language))
                  || (request.role() == AssignmentRole.FACT_CHECKER && current.assignee().equals(user.username())));
      if (!sameSlot) {
        continue;
      }
      if (current.assignee().equals(user.username())) {
        return new Assigned(reschedule(actor, current, request.due(), now), false);
      }
      end(actor, current, now, "assignment.replaced");
      replaced = current;
    }
    // Handing a held part to someone else is a reassignment, as in reassign(): the due date stays unless given.
    OffsetDateTime due = request.due() == null && replaced != null ? replaced.due() : request.due();
    Assignment assignment =
        new Assignment(articleId, user.username(), request.role(), language, due, actor.username(), now,
            !article.state().closed());
    em.persist(assignment);
    em.flush();
    audit.record(articleId, actor.username(), now, "assignment.created", "assignment:" + assignment.id(),
        replaced == null ? null : replaced.snapshot(), assignment.snapshot(), replaced == null ? null : "reassigned");
    fire(actor, assignment);
    return new Assigned(assignment, true);
  }

  /** Gives an active assignment to someone else (same role and language), or only changes its due date. */
  @Transactional
  public Assignment reassign(Actor actor, long articleId, long assignmentId, String username, OffsetDateTime due) {
    Article article = lockForStaffing(actor, articleId);
    Assignment current = activeAssignment(articleId, assignmentId);
    OffsetDateTime now = now();
    if (username == null || username.equals(current.assignee())) {
      return reschedule(actor, current, due, now);
    }
    LanguageTag language = current.language() == null ? null : LanguageTag.parse(current.language());
    UserAccount user = eligibleUser(article, username, current.role(), language);
    end(actor, current, now, "assignment.replaced");
    Assignment next = new Assignment(articleId, user.username(), current.role(), current.language(),
        due == null ? current.due() : due, actor.username(), now, !article.state().closed());
    em.persist(next);
    em.flush();
    audit.record(articleId, actor.username(), now, "assignment.created", "assignment:" + next.id(),
        current.snapshot(), next.snapshot(), "reassigned");
    fire(actor, next);
    return next;
  }

  @Transactional
  public void unassign(Actor actor, long articleId, long assignmentId) {
    ArticleAccess.requireEditor(actor, "assign");
    access.lock(actor, articleId);
    end(actor, activeAssignment(articleId, assignmentId), now(), "assignment.ended");
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Assignment> forArticle(Actor actor, long articleId, boolean includeEnded) {
    access.readable(actor, articleId);
    return em.createQuery("select s from Assignment s where s.articleId = :a"
                + (includeEnded ? "" : " and s.endedAt is null") + " order by s.id", Assignment.class)
        .setParameter("a", articleId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Assignment find(Actor actor, long articleId, long assignmentId) {
    access.readable(actor, articleId);
    Assignment a = em.find(Assignment.class, assignmentId);
    if (a == null || a.articleId() != articleId) {
      throw new NotFoundException("assignment", assignmentId);
    }
    return a;
  }

  /** What is assigned to the actor, overdue first, then by due date (undated last). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QueueItem> queue(Actor actor, QueueFilter filter, Page.Request page) {
    return items(actor.username(), filter, page);
  }

  /** Every overdue assignment in the newsroom, for editors. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QueueItem> overdue(Actor actor, Page.Request page) {
    ArticleAccess.requireEditor(actor, "assign");
    return items(null, new QueueFilter(null, null, null, true, false), page);
  }

  private Page<QueueItem> items(String assignee, QueueFilter filter, Page.Request page) {
    OffsetDateTime now = now();
    StringBuilder where = new StringBuilder(" s.endedAt is null");
    Map<String, Object> params = new LinkedHashMap<>();
    if (assignee != null) {
      where.append(" and s.assignee = :me");
      params.put("me", assignee);
    }
    // Only the article's own columns need the join; whether it is still open is on the assignment (V9).
    boolean byArticle = filter.state() != null || filter.language() != null || filter.overdueOnly();
    if (filter.state() != null) {
      where.append(" and a.state = :state");
      params.put("state", filter.state());
    } else if (!filter.includeClosed()) {
      where.append(" and s.articleOpen = true");
    }
    if (filter.language() != null) {
      where.append(" and (s.language = :lang or (s.language is null and a.language = :lang))");
      params.put("lang", filter.language());
    }
    if (filter.dueBefore() != null) {
      where.append(" and s.due <= :dueBefore");
      params.put("dueBefore", filter.dueBefore());
    }
    if (filter.overdueOnly()) {
      // Pending stages per role, as in Assignment#pendingIn.
      where.append(" and s.due < :now and ((s.role = :reviewer and a.state in :reviewStates)"
          + " or (s.role = :checker and a.state in :checkStates) or (s.role = :translator and a.state in :editable))");
      params.put("now", now);
      params.put("reviewer", AssignmentRole.REVIEWER);
      params.put("checker", AssignmentRole.FACT_CHECKER);
      params.put("translator", AssignmentRole.TRANSLATOR);
      params.put("reviewStates", List.of(ArticleState.DRAFT, ArticleState.IN_REVIEW));
      params.put("checkStates", List.of(ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.FACT_CHECK,
          ArticleState.CORRECTION));
      params.put("editable", java.util.Arrays.stream(ArticleState.values()).filter(ArticleState::editable).toList());
    }
    String joined = " from Assignment s, Article a where a.id = s.articleId and" + where;
    TypedQuery<Long> count = em.createQuery(
        "select count(s)" + (byArticle ? joined : " from Assignment s where" + where), Long.class);
    // Overdue first, then by due date, undated last: since overdue means due before now, that is simply
    // due date order with nulls last, which an index on (assignee, ..., due, id) delivers without a sort.
    TypedQuery<Object[]> list = em.createQuery("select s, a" + joined + " order by s.due nulls last, s.id",
        Object[].class);
    params.forEach((k, v) -> {
      count.setParameter(k, v);
      list.setParameter(k, v);
    });
    List<QueueItem> items = list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultStream()
        .map(row -> {
          Assignment s = (Assignment) row[0];
          Article a = (Article) row[1];
          return new QueueItem(s, a, s.overdueIn(a.state(), now));
        })
        .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /**
   * An article that closes (approved, withdrawn, archived) or reopens takes its assignments out of or back
   * into people's queues. Runs in the transition's transaction, after its update has locked the article
   * row, so an assignment made meanwhile (which locks that row too) is either seen here or sees the new state.
   */
  void onTransition(@Observes ArticleTransitioned moved) {
    if (moved.from().closed() != moved.to().closed()) {
      em.createNativeQuery("UPDATE assignment SET article_open = ? WHERE article_id = ?")
          .setParameter(1, !moved.to().closed())
          .setParameter(2, moved.articleId())
          .executeUpdate();
    }
  }

  /** The article, locked, if an editor may staff it: an archived article keeps the staff it had. */
  private Article lockForStaffing(Actor actor, long articleId) {
    ArticleAccess.requireEditor(actor, "assign");
    Article article = access.lock(actor, articleId);
    if (article.state() == ArticleState.ARCHIVED) {
      throw new ConflictException("archived", Map.of("id", articleId), "Article " + articleId + " is archived");
    }
    return article;
  }

  private UserAccount eligibleUser(Article article, String username, AssignmentRole role, LanguageTag language) {
    if (username == null || username.isBlank()) {
      throw new ValidationException("user", "required", Map.of(), "who is to be assigned");
    }
    UserAccount user = em.find(UserAccount.class, username);
    if (user == null || !user.active()) {
      throw new UnprocessableException("unknownUser", Map.of("user", username), "No active user " + username);
    }
    Actor who = user.toActor();
    switch (role) {
      case REVIEWER -> {
        if (!who.has(Role.EDITOR)) {
          throw new UnprocessableException("notAnEditor", Map.of("user", username), username + " is not an editor");
        }
        if (username.equals(article.author())) {
          throw new UnprocessableException("reviewerIsAuthor", Map.of("user", username),
              username + " wrote this article and cannot review it");
        }
      }
      case FACT_CHECKER -> {
        if (!who.has(Role.FACT_CHECKER)) {
          throw new UnprocessableException("notAFactChecker", Map.of("user", username),
              username + " is not a fact-checker");
        }
      }
      case TRANSLATOR -> {
        if (language == null) {
          throw new ValidationException("language", "required", Map.of(), "a translator needs a target language");
        }
        if (language.value().equals(article.language())) {
          throw new UnprocessableException("sameLanguage", Map.of("language", language.value()),
              "The article is already in " + language.value());
        }
        if (!who.has(Role.TRANSLATOR) || !who.translatesInto(language)) {
          throw new UnprocessableException("notATranslatorFor", Map.of("user", username, "language", language.value()),
              username + " does not translate into " + language.value());
        }
      }
    }
    if (role != AssignmentRole.TRANSLATOR && language != null) {
      throw new ValidationException("language", "notApplicable", Map.of(), "only translators have a language");
    }
    return user;
  }

  private Assignment reschedule(Actor actor, Assignment assignment, OffsetDateTime due, OffsetDateTime now) {
    if (due == null || due.equals(assignment.due())) {
      return assignment;
    }
    Map<String, Object> before = assignment.snapshot();
    assignment.reschedule(due);
    audit.lockChain(assignment.articleId()); // before the assignment's row: every writer locks the article first
    em.flush();
    audit.record(assignment.articleId(), actor.username(), now, "assignment.rescheduled",
        "assignment:" + assignment.id(), before, assignment.snapshot(), null);
    fire(actor, assignment);
    return assignment;
  }

  private void end(Actor actor, Assignment assignment, OffsetDateTime now, String action) {
    Map<String, Object> before = assignment.snapshot();
    assignment.end(actor.username(), now);
    audit.lockChain(assignment.articleId()); // before the assignment's row: every writer locks the article first
    em.flush();
    audit.record(assignment.articleId(), actor.username(), now, action, "assignment:" + assignment.id(), before,
        assignment.snapshot(), null);
    fire(actor, assignment);
  }

  private void fire(Actor actor, Assignment a) {
    changed.fire(new AssignmentChanged(a.articleId(), a.id(), a.role(), a.language(), a.assignee(), a.active(),
        actor.username()));
  }

  private Assignment activeAssignment(long articleId, long assignmentId) {
    Assignment a = em.find(Assignment.class, assignmentId);
    if (a == null || a.articleId() != articleId) {
      throw new NotFoundException("assignment", assignmentId);
    }
    if (!a.active()) {
      throw new ConflictException("assignmentEnded", Map.of("id", assignmentId),
          "Assignment " + assignmentId + " has already ended");
    }
    return a;
  }




  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
