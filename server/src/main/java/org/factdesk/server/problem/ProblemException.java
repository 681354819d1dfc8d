package org.factdesk.server.problem;

import java.util.Map;

/**
 * A problem found by the HTTP layer itself (bad JSON, a body too large, a missing If-Match),
 * before any service runs.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> args;

  public ProblemException(int status, String code, Map<String, Object> args, String englishDetail) {
    super(englishDetail);
    this.status = status;
    this.code = code;
    this.args = Map.copyOf(args);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> args() {
    return args;
  }

  public static ProblemException badRequest(String code, Map<String, Object> args, String detail) {
    return new ProblemException(400, code, args, detail);
  }
}
