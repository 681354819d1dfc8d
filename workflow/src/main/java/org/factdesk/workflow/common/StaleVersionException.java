package org.factdesk.workflow.common;

import java.util.Map;

/** Someone else changed the thing since the caller read it (HTTP 412). */
public class StaleVersionException extends DomainException {
  public StaleVersionException(String what, Object id, long expected, long actual) {
    super(
        "stale",
        Map.of("what", what, "id", String.valueOf(id), "expected", expected, "actual", actual),
        what + " " + id + " was changed by someone else (you had version " + expected
            + ", it is now " + actual + ")");
  }
}
