package org.factdesk.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of this application carries: the page filter's, the login check's own
 * 401/429/503 (written before any filter runs) and the error page's (the container's own 400s and
 * 404s). The policy allows only our own scripts and styles, no inline code, so text that slips into
 * the page as markup still cannot run. API answers, problems included, are never stored by a browser
 * or a proxy ({@code no-store}): they hold what one logged-in person may see. The interface's own
 * files are revalidated ({@code no-cache}), so a new release is picked up at once.
 */
public final class SecurityHeaders {
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
      + " connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none';"
      + " form-action 'self'";

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = path(request);
    if (path.startsWith("/api/") || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
      response.setHeader("Cache-Control", "no-store");
    } else if (!path.startsWith("/health")) {
      response.setHeader("Cache-Control", "no-cache");
    }
  }

  /** The path asked for, inside this application (on an error dispatch: the one that failed). */
  private static String path(HttpServletRequest request) {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed instanceof String s ? s : request.getRequestURI();
    String context = request.getContextPath();
    return uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }
}
