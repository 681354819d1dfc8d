package org.factdesk.workflow.common;

import java.util.Map;

/** Understood, but semantically impossible (HTTP 422), e.g. assigning a reviewer who wrote the piece. */
public class UnprocessableException extends DomainException {
  public UnprocessableException(String code, Map<String, Object> args, String englishMessage) {
    super(code, args, englishMessage);
  }
}
