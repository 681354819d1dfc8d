package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.assignment.Staff;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.EditorialWorkflow;
import org.factdesk.workflow.editorial.FactSource;
import org.factdesk.workflow.editorial.GuardViolation;
import org.factdesk.workflow.editorial.IllegalTransitionException;
import org.factdesk.workflow.editorial.Requirement;
import org.factdesk.workflow.editorial.Transition;
import org.factdesk.workflow.editorial.TransitionBlockedException;
import org.factdesk.workflow.editorial.WorkflowContext;
import org.factdesk.workflow.user.Actor;

/**
 * Moves articles along {@link EditorialWorkflow}'s table, and reads an article with the moves its
 * reader may make and what blocks each. Guard facts (open claims, translation progress) come from
 * the {@link FactSource} beans of the features that own them; a fact the table needs without a
 * source stops the application at start.
 */
@ApplicationScoped
public class TransitionService {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Revisions revisions;
  @Inject Staff staff;
  @Inject Publications publications;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<ArticleTransitioned> transitioned;
  @Inject @Any Instance<FactSource<?>> factSources;

  /** Fails the deployment if a guard of the table rests on a fact that no bean (or two) supplies. */
  void checkFactSources(@Observes @Initialized(jakarta.enterprise.context.ApplicationScoped.class) Object started) {
    Map<Class<?>, Long> supplied = new HashMap<>();
    factSources.forEach(s -> supplied.merge(s.type(), 1L, Long::sum));
    for (Class<?> needed : EditorialWorkflow.requiredFacts()) {
      if (supplied.getOrDefault(needed, 0L) != 1L) {
        throw new IllegalStateException("The workflow's guards need exactly one FactSource of " + needed.getName()
            + "; found " + supplied.getOrDefault(needed, 0L) + " (a module without its beans.xml?)");
      }
    }
  }

  /**
   * Checks, in order: the move exists (409), the actor may make it (403), its guards hold (409 with
   * every reason).
   */
  @Transactional
  public ArticleReading transition(Actor actor, long id, long expectedVersion, ArticleState to, String comment,
      String note) {
    Article article = access.readable(actor, id);
    ArticleState from = article.state();
    Transition move = EditorialWorkflow.find(from, to).orElseThrow(() -> new IllegalTransitionException(from, to));
    // Read once: they decide the move and, the move made, they are what the answer shows.
    List<Assignment> active = staff.active(id);
    Revision current = revisions.current(article);
    WorkflowContext context = context(actor, article, active, current);
    if (!move.mayBeMadeBy(context)) {
      throw new ForbiddenException(move.action(), "only " + move.who() + " may move an article from " + from
          + " to " + to);
    }
    ArticleService.checkVersion(article, expectedVersion);
    var violations = move.violations(context);
    if (!violations.isEmpty()) {
      throw new TransitionBlockedException(from, to, violations);
    }
    FieldErrors errors = new FieldErrors();
    String cleanComment = errors.optional("comment", comment, ArticleService.MAX_NOTE);
    String publicNote = errors.optional("note", note, ArticleService.MAX_NOTE);
    if (move.needs().contains(Requirement.COMMENT) && cleanComment == null) {
      errors.add("comment", "required", Map.of(), "say why (" + move.action() + ")");
    }
    if (move.needs().contains(Requirement.NOTE) && publicNote == null) {
      errors.add("note", "required", Map.of(), "the public note readers see (" + move.action() + ")");
    }
    errors.throwIfAny();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Integer approvedBefore = article.approvedRevision();
    article.moveTo(to, now);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("state", from.name());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", to.name());
    after.put("revision", article.currentRevision());
    if (to == ArticleState.APPROVED) {
      before.put("approvedRevision", approvedBefore);
      after.put("approvedRevision", article.approvedRevision());
    }
    if (publicNote != null) {
      after.put("note", publicNote);
    }
    em.flush(); // The article row is locked from here: observers below rely on it (decision 0013).
    audit.record(id, actor.username(), now, "article.transitioned", move.action(), before, after, cleanComment);
    publish(article, from, to, approvedBefore, publicNote, actor, now);
    transitioned.fire(new ArticleTransitioned(id, from, to, article.approvedRevision(), actor.username(), cleanComment));
    if (from == ArticleState.APPROVED && to == ArticleState.DRAFT) {
      // Reopening starts a new draft revision; the approved one stays approved and exportable.
      Revision approved = revisions.of(id, article.approvedRevision());
      current = revisions.add(actor, article, approved.blocks(), "Reopened from approved revision " + approved.number(),
          "article.reopened", Map.of());
    }
    // The view after the move, in the move's own transaction: the moves from the new state and their guards.
    return reading(actor, article, active, current);
  }

  /** An approval, a correction re-approved or a withdrawal of what was published joins the public history. */
  private void publish(Article article, ArticleState from, ArticleState to, Integer approvedBefore, String note,
      Actor actor, OffsetDateTime now) {
    if (to == ArticleState.APPROVED) {
      publications.record(article, from == ArticleState.CORRECTION ? Publication.Kind.CORRECTION
          : Publication.Kind.APPROVAL, approvedBefore, note, actor.username(), now);
    } else if (to == ArticleState.WITHDRAWN && from.published()) {
      publications.record(article, Publication.Kind.WITHDRAWAL, article.approvedRevision(), note, actor.username(),
          now);
    }
  }

  /**
   * The article view's data in one transaction: the current revision and the active assignments are
   * read once and serve both the view and the guards, and a guard's facts (claims, translations) are
   * gathered only if a move the actor may make has that guard.
   */
  @Transactional
  public ArticleReading read(Actor actor, Article article) {
    return reading(actor, article, staff.active(article.id()), revisions.current(article));
  }

  private ArticleReading reading(Actor actor, Article article, List<Assignment> active, Revision current) {
    WorkflowContext context = context(actor, article, active, current);
    Map<Transition, List<GuardViolation>> moves = new LinkedHashMap<>();
    for (Transition t : EditorialWorkflow.permitted(context)) {
      moves.put(t, t.violations(context));
    }
    return new ArticleReading(article, current, active, moves, ArticleActions.allowed(actor, article, active));
  }

  private WorkflowContext context(Actor actor, Article article, List<Assignment> active, Revision current) {
    Map<Class<?>, Object> gathered = new HashMap<>();
    Function<Class<?>, Object> facts = type -> gathered.computeIfAbsent(type, t -> gather(t, article));
    return new WorkflowContext(article.state(), article.author(), current.author(), actor,
        active.stream().map(Assignment::toStaffing).toList(), current.blocks().size(), facts);
  }

  private Object gather(Class<?> type, Article article) {
    for (FactSource<?> source : factSources) {
      if (source.type() == type) {
        return source.gather(article.id(), article.currentRevision());
      }
    }
    return null; // The guard then blocks: it cannot tell.
  }
}
