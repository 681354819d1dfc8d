package org.factdesk.workflow.common;

import java.util.Map;

/**
 * A failure a user can act on. The {@code code} selects a localised message; {@code args} fill its
 * placeholders. The English message is kept for logs and for clients without a bundle.
 */
public class DomainException extends RuntimeException {
  private final String code;
  private final Map<String, Object> args;

  public DomainException(String code, Map<String, Object> args, String englishMessage) {
    super(englishMessage);
    this.code = code;
    this.args = Map.copyOf(args);
  }

  public String code() {
    return code;
  }

  public Map<String, Object> args() {
    return args;
  }
}
