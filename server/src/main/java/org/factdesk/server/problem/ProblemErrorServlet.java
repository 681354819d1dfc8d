package org.factdesk.server.problem;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.factdesk.server.web.SecurityHeaders;

/**
 * The error page (web.xml) for failures that never reach JAX-RS: the web container's own 400 for
 * an encoded slash or backslash in the path, RESTEasy's 400 for a malformed Accept-Language, a
 * 404 outside the API. They answer problem+json with the security headers, like everything else.
 * (What Liberty's HTTP transport refuses before any application runs never gets here: SECURITY.md.)
 */
@WebServlet("/problem-error")
public class ProblemErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Localizer localizer;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String s ? s : null;
    Localizer.Texts m = localizer.messages(request.getHeader("Accept-Language"));
    String name = ProblemMapper.httpCode(status);
    Response.Status known = Response.Status.fromStatusCode(status);
    String english = known == null ? "HTTP " + status : known.getReasonPhrase();
    Problem problem = new Problem(Problem.TYPE_BASE + name,
        Localizer.text(m, "problem." + name + ".title", Map.of("status", status), english), status,
        Localizer.text(m, "problem." + name + ".detail", Map.of("status", status), english), uri, name, null, null, null);
    if (response.isCommitted()) {
      return; // an answer already went out (a login rejected before the container failed); nothing to add
    }
    response.resetBuffer();
    SecurityHeaders.apply(request, response); // the container may have answered before any filter ran
    problem.writeTo(response, m.locale());
  }
}
