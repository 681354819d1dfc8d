package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Optional;

/** A named condition on a move; returns every reason it fails (empty when it holds). */
public interface TransitionGuard {
  /** The name clients see in {@code blockedBy} and in {@code GET /api/workflow}. */
  String name();

  List<GuardViolation> check(WorkflowContext context);

  /** The fact this guard needs from a {@link FactSource}, if any. */
  default Optional<Class<?>> fact() {
    return Optional.empty();
  }
}
