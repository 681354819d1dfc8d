package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.factdesk.workflow.user.Actor;

/**
 * What the state machine needs to decide a move: the article's state and author, who wrote its
 * current revision, the actor, the active assignments and the size of the current text. {@code facts} supplies what later guards
 * need (open claims, stale translations), by type, from the service that owns them; it is asked
 * only when a guard needs the fact, so a move without such a guard costs no query.
 */
public record WorkflowContext(
    ArticleState state,
    String author,
    String revisionAuthor,
    Actor actor,
    List<Staffing> staffing,
    int blockCount,
    Function<Class<?>, Object> facts) {
  public WorkflowContext {
    staffing = List.copyOf(staffing);
    Objects.requireNonNull(facts);
  }

  public WorkflowContext(ArticleState state, String author, String revisionAuthor, Actor actor,
      List<Staffing> staffing, int blockCount, Map<Class<?>, Object> facts) {
    this(state, author, revisionAuthor, actor, staffing, blockCount, Map.copyOf(facts)::get);
  }

  /** Whether the actor wrote the article or the text now on the table. */
  public boolean actorWroteIt() {
    return actor.username().equals(author) || actor.username().equals(revisionAuthor);
  }

  public boolean isAssigned(String username, AssignmentRole role) {
    return staffing.stream().anyMatch(s -> s.role() == role && s.username().equals(username));
  }

  public boolean hasAny(AssignmentRole role) {
    return staffing.stream().anyMatch(s -> s.role() == role);
  }

  /** The fact of this type, or empty when nothing supplied it (a guard then blocks). */
  public <T> Optional<T> fact(Class<T> type) {
    return Optional.ofNullable(type.cast(facts.apply(type)));
  }
}
