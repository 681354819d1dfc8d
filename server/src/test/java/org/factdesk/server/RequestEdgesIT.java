package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests the fuzzing harness (bin/reliability fuzz) found answered outside problem+json, because
 * they fail before JAX-RS sees them, or that it found answered 500; and the readiness check that
 * includes the database.
 */
@ExtendWith(ArquillianExtension.class)
class RequestEdgesIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), () -> "problem+json expected: " + r.header("Content-Type") + " " + r.body());
    assertEquals(status, r.json().getInt("status"));
    assertEquals(code, r.json().getString("code"));
  }

  @Test
  void malformedAcceptLanguageIsAProblemNotAnHtmlPage() {
    assertProblem(Api.get("editor", "workflow", "Accept-Language", "xx-YY;q=abc, *;q=2"), 400, "badRequest");
  }

  @Test
  void encodedSlashOrBackslashInAnIdIsAProblem() {
    assertProblem(Api.get("editor", "articles/..%2F..%2Fetc%2Fpasswd"), 400, "badRequest");
    assertProblem(Api.post("editor", "articles/..%5Cen/transitions", "{\"to\":\"DRAFT\"}", "If-Match", "\"1\""), 400,
        "badRequest");
  }

  @Test
  void addressesOutsideTheApiAreProblemsToo() {
    assertProblem(Api.get(null, Api.ROOT + "/no-such-page"), 404, "noSuchResource");
  }

  @Test
  void staleCredentialsDoNotLockAnyoneOutOfTheLoginPage() {
    // A browser keeps sending Basic credentials it once used, and a tab a token that has expired.
    for (String auth : java.util.List.of(Api.basic("nobody", "an-old-password"), "Bearer expired-token")) {
      Api.Reply page = Api.get(null, Api.ROOT + "/", "Authorization", auth);
      assertEquals(200, page.status(), page::toString);
      assertTrue(page.header("Content-Type").startsWith("text/html"), page::toString);
      assertEquals(401, Api.get(null, "workflow", "Authorization", auth).status(), "the API still refuses them");
    }
  }

  @Test
  void reopeningWithAnOverlongReasonIs400AndChangesNothing() {
    long article = Claims.draft(Claims.COLUMN);
    assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
    long claim = Claims.flagged(article, "ticket prices rose by 18%");
    assertEquals(200, Claims.resolve(claim, "TRUE", "Matches the ministry's table.").status());
    String etag = Api.get("checker", "claims/" + claim).etag();
    Api.Reply r = Api.post("checker", "claims/" + claim + "/reopening",
        Api.json(java.util.Map.of("reason", "x".repeat(2_001))), "If-Match", etag);
    assertEquals(400, r.status(), r::toString);
    assertTrue(r.isProblem() && r.body().contains("\"reason\""), r::toString);
    assertEquals("RESOLVED", Claims.claim(claim).getString("status"));
  }

  @Test
  void readinessIncludesTheDatabase() {
    Api.Reply r = Api.get(null, Api.ROOT + "/health/ready");
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.body().contains("\"name\":\"database\"") && r.body().contains("\"status\":\"UP\""), r::toString);
  }

  /**
   * Issue 14, finding 7: the container's own 400s (an encoded slash, a malformed header) and 404s
   * outside the API go through the error page: problem+json with the security headers, like
   * everything the application answers.
   */
  @Test
  void containerErrorsCarryTheSecurityHeaders() {
    for (Api.Reply r : java.util.List.of(Api.get("editor", "articles/..%2F..%2Fetc%2Fpasswd"),
        Api.get("editor", "workflow", "Accept-Language", "xx-YY;q=abc, *;q=2"), Api.get(null, Api.ROOT + "/no-such-page"))) {
      assertTrue(r.isProblem(), r::toString);
      SessionIT.assertSecurityHeaders(r);
    }
  }

  /**
   * Issue 14, finding 10: a Content-Length of 20 digits got no answer for 15 s (the filter only
   * looked at 1 to 19 digits, so the reader waited for a body that never came). Any length beyond
   * the limit, however many digits, is refused at once.
   */
  @Test
  void anAbsurdContentLengthIsRefusedAtOnce() throws Exception {
    for (String length : java.util.List.of("99999999999999999999", "18446744073709551616", "9".repeat(40))) {
      String answer = raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
          + Api.basic("editor", "demo") + "\r\nContent-Type: application/json\r\nContent-Length: " + length
          + "\r\nConnection: close\r\n\r\n{}");
      assertTrue(answer.startsWith("HTTP/1.1 413") || answer.startsWith("HTTP/1.1 400"), length + ": " + answer);
      assertTrue(answer.contains("application/problem+json") || answer.startsWith("HTTP/1.1 400"), answer);
    }
  }

  /**
   * OWASP ASVS 4.2.2: a browser that once answered the login box keeps sending those Basic credentials,
   * to another site's form posts too. A change the browser marks as sent from another site is refused;
   * reads are not, and neither are clients that send no such header.
   */
  @Test
  void changesABrowserMarksAsSentFromAnotherSiteAreRefused() {
    byte[] text = Api.bytes("Cross-site title\n\nBody.");
    for (String site : java.util.List.of("cross-site", "same-site")) {
      assertProblem(Api.send("editor", "POST", "articles/import?language=en", "text/plain", text, "Sec-Fetch-Site", site),
          403, "crossSite");
    }
    assertEquals(201, Api.send("editor", "POST", "articles/import?language=en", "text/plain", text,
        "Sec-Fetch-Site", "same-origin").status());
    assertEquals(201, Api.send("editor", "POST", "articles/import?language=en", "text/plain", text).status());
    assertEquals(200, Api.get("editor", "workflow", "Sec-Fetch-Site", "cross-site").status(), "reads are not refused");
  }

  /** Sends one request on a socket and returns what comes back within 5 s (empty if nothing does). */
  static String raw(String request) throws java.io.IOException {
    java.net.URI root = java.net.URI.create(Api.ROOT);
    try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      byte[] buffer = new byte[8192];
      StringBuilder out = new StringBuilder();
      try {
        for (int n; (n = socket.getInputStream().read(buffer)) > 0 && out.indexOf("\r\n\r\n") < 0; ) {
          out.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      } catch (java.net.SocketTimeoutException e) {
        // what came so far is the answer
      }
      return out.toString();
    }
  }
}
