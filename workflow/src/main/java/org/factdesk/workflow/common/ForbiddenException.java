package org.factdesk.workflow.common;

import java.util.Map;

/** The caller is known but their role or assignment does not allow this action. */
public class ForbiddenException extends DomainException {
  public ForbiddenException(String action, String why) {
    super("forbidden", Map.of("action", action, "why", why), "Not allowed to " + action + ": " + why);
  }
}
