package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.workflow.common.ConflictException;

/** A move the actor may make, but whose guards do not hold yet; lists every reason. */
public class TransitionBlockedException extends ConflictException {
  private final List<GuardViolation> violations;

  public TransitionBlockedException(ArticleState from, ArticleState to, List<GuardViolation> violations) {
    super(
        "transitionBlocked",
        Map.of("from", from.name(), "to", to.name(), "count", violations.size()),
        "Cannot move from " + from + " to " + to + ": "
            + violations.stream().map(GuardViolation::message).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<GuardViolation> violations() {
    return violations;
  }
}
