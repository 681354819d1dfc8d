package org.factdesk.workflow.editorial;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the workflow table: a move, who may make it, what must hold first, and what the mover
 * must write with it ({@code needs}).
 */
public record Transition(ArticleState from, ArticleState to, String action, Set<Party> who,
    List<TransitionGuard> guards, Set<Requirement> needs) {
  public Transition {
    who = Set.copyOf(who);
    guards = List.copyOf(guards);
    needs = Set.copyOf(needs);
  }

  public Transition(ArticleState from, ArticleState to, String action, Set<Party> who, List<TransitionGuard> guards) {
    this(from, to, action, who, guards, Set.of());
  }

  /** This row, asking the mover to write these too. */
  public Transition needing(Requirement first, Requirement... more) {
    return new Transition(from, to, action, who, guards, EnumSet.of(first, more));
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
