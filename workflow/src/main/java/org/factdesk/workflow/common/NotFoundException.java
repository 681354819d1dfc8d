package org.factdesk.workflow.common;

import java.util.Map;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {
  public NotFoundException(String what, Object id) {
    super("notFound", Map.of("what", what, "id", String.valueOf(id)), what + " " + id + " not found");
  }
}
