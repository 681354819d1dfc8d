package org.factdesk.workflow.common;

import java.util.Map;

/** The request is well formed but clashes with the current state of things (HTTP 409). */
public class ConflictException extends DomainException {
  public ConflictException(String code, Map<String, Object> args, String englishMessage) {
    super(code, args, englishMessage);
  }
}
