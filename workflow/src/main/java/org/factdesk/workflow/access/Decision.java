package org.factdesk.workflow.access;

import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;

/**
 * The policy's answer. {@code who} names the people who may (for a 403's message); a HIDDEN answer
 * is a 404, so nobody learns that something they may not read exists.
 */
public record Decision(Outcome outcome, String who) {
  public enum Outcome {
    ALLOWED,
    FORBIDDEN,
    HIDDEN
  }

  static final Decision ALLOWED = new Decision(Outcome.ALLOWED, null);
  static final Decision HIDDEN = new Decision(Outcome.HIDDEN, null);

  static Decision forbidden(String who) {
    return new Decision(Outcome.FORBIDDEN, who);
  }

  public boolean allowed() {
    return outcome == Outcome.ALLOWED;
  }

  /**
   * Goes ahead if allowed; otherwise refuses: 404 for {@code what} {@code id} when hidden, 403 naming
   * who may {@code action} when forbidden.
   */
  public void enforce(String action, String what, Object id) {
    switch (outcome) {
      case ALLOWED -> { }
      case HIDDEN -> throw new NotFoundException(what, id);
      case FORBIDDEN -> throw new ForbiddenException(action, "only " + who + " may " + action);
    }
  }

  /** This decision if it refuses; otherwise the next rule's. */
  Decision orElse(java.util.function.Supplier<Decision> next) {
    return allowed() ? next.get() : this;
  }
}
