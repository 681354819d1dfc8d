package org.factdesk.server.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem. {@code code} is the stable machine-readable name (the last segment of
 * {@code type}); {@code reasons} lists what blocked a workflow move, {@code errors} the rejected
 * fields, {@code incident} the id under which an unexpected failure was logged.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "reasons", "errors", "incident"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<Reason> reasons,
    List<FieldProblem> errors,
    String incident) {

  public static final String TYPE_BASE = "https://factdesk.org/problems/";
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

  /** Writes this problem as the whole answer, for errors raised before JAX-RS (its mapper does the rest). */
  public void writeTo(jakarta.servlet.http.HttpServletResponse response, java.util.Locale language)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", language.toLanguageTag());
    response.getWriter().write(JSON.toJson(this));
  }

  /** Why a move is blocked: the guard, its code, a localised sentence, and its arguments. */
  public record Reason(String guard, String code, String message, Map<String, Object> details) {}

  /**
   * One rejected field; {@code position} is the code point position of a refused character in its
   * text, when that is what is wrong (left out otherwise).
   */
  public record FieldProblem(String field, String code, String message, Integer position) {
    public FieldProblem(String field, String code, String message) {
      this(field, code, message, null);
    }
  }
}
