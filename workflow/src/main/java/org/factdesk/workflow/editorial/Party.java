package org.factdesk.workflow.editorial;

import java.util.function.Predicate;

/** Who may perform a move: a role, or an assignment on the article in question. */
public enum Party {
  EDITOR(c -> c.actor().isEditor()),
  ASSIGNED_REVIEWER(c -> c.isAssigned(c.actor().username(), AssignmentRole.REVIEWER)),
  ASSIGNED_FACT_CHECKER(c -> c.isAssigned(c.actor().username(), AssignmentRole.FACT_CHECKER));

  private final Predicate<WorkflowContext> test;

  Party(Predicate<WorkflowContext> test) {
    this.test = test;
  }

  public boolean includesActorOf(WorkflowContext context) {
    return test.test(context);
  }
}
