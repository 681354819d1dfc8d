package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Map;
import org.factdesk.workflow.user.Actor;

/**
 * What the state machine needs to decide a move: the article's state and author, the actor, the
 * active assignments and the size of the current text. {@code facts} carries what later guards
 * need (open claims, stale translations), keyed by type, gathered by the service that owns them.
 */
public record WorkflowContext(
    ArticleState state,
    String author,
    Actor actor,
    List<Staffing> staffing,
    int blockCount,
    Map<Class<?>, Object> facts) {
  public WorkflowContext {
    staffing = List.copyOf(staffing);
    facts = Map.copyOf(facts);
  }

  public WorkflowContext(ArticleState state, String author, Actor actor, List<Staffing> staffing, int blockCount) {
    this(state, author, actor, staffing, blockCount, Map.of());
  }

  public boolean isAssigned(String username, AssignmentRole role) {
    return staffing.stream().anyMatch(s -> s.role() == role && s.username().equals(username));
  }

  public boolean hasAny(AssignmentRole role) {
    return staffing.stream().anyMatch(s -> s.role() == role);
  }

  public <T> T fact(Class<T> type) {
    return type.cast(facts.get(type));
  }
}
