package org.factdesk.server.problem;

import java.util.List;
import java.util.Map;
import org.factdesk.workflow.common.ValidationException.FieldError;

/**
 * A problem found by the HTTP layer itself (bad JSON, a body too large, a missing If-Match),
 * before any service runs.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> args;
  private final List<FieldError> errors;

  public ProblemException(int status, String code, Map<String, Object> args, String englishDetail) {
    this(status, code, args, englishDetail, List.of());
  }

  /** A problem that names the fields it is about, as a validation problem does. */
  public ProblemException(int status, String code, Map<String, Object> args, String englishDetail,
      List<FieldError> errors) {
    super(englishDetail);
    this.status = status;
    this.code = code;
    this.args = Map.copyOf(args);
    this.errors = List.copyOf(errors);
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

  public List<FieldError> errors() {
    return errors;
  }

  public static ProblemException badRequest(String code, Map<String, Object> args, String detail) {
    return new ProblemException(400, code, args, detail);
  }
}
