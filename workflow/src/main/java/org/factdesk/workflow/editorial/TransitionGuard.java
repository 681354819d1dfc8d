package org.factdesk.workflow.editorial;

import java.util.List;

/** A named condition on a move; returns every reason it fails (empty when it holds). */
public interface TransitionGuard {
  String name();

  List<GuardViolation> check(WorkflowContext context);
}
