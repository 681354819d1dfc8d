package org.factdesk.workflow.common;

import java.util.List;
import java.util.Map;

/** The request names fields with values the domain cannot accept (HTTP 400 or 422). */
public class ValidationException extends DomainException {
  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super("validation", Map.of("count", errors.size()), describe(errors));
    this.errors = List.copyOf(errors);
  }

  public ValidationException(String field, String code, Map<String, Object> args, String message) {
    this(List.of(new FieldError(field, code, args, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** "field: message; field: message", for logs and clients without a bundle. */
  public static String describe(List<FieldError> errors) {
    StringBuilder sb = new StringBuilder();
    for (FieldError e : errors) {
      if (sb.length() > 0) sb.append("; ");
      sb.append(e.field()).append(": ").append(e.message());
    }
    return sb.toString();
  }

  /** One rejected field; {@code code} selects a localised message. */
  public record FieldError(String field, String code, Map<String, Object> args, String message) {
    public FieldError {
      args = Map.copyOf(args);
    }
  }
}
