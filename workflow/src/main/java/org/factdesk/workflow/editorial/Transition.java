package org.factdesk.workflow.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One row of the workflow table: a move, who may make it, and what must hold first. */
public record Transition(
    ArticleState from, ArticleState to, String action, Set<Party> who, List<TransitionGuard> guards) {
  public Transition {
    who = Set.copyOf(who);
    guards = List.copyOf(guards);
  }

  public boolean mayBeMadeBy(WorkflowContext context) {
    return who.stream().anyMatch(p -> p.includesActorOf(context));
  }

  /** Every reason the move is blocked right now; empty when it may go ahead. */
  public List<GuardViolation> violations(WorkflowContext context) {
    List<GuardViolation> all = new ArrayList<>();
    for (TransitionGuard g : guards) {
      all.addAll(g.check(context));
    }
    return all;
  }
}
