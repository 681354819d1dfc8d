package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Web interface sessions (a bearer token for a password) and the headers every page carries. */
@ExtendWith(ArquillianExtension.class)
class SessionIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static Api.Reply withToken(String method, String path, String token) {
    return Api.send(null, method, path, null, null, "Authorization", "Bearer " + token, "X-Requested-With", "test");
  }

  @Test
  void aPasswordBuysATokenThatWorksUntilLogout() {
    Api.Reply opened = Api.post("checker", "sessions", null);
    assertEquals(201, opened.status(), opened::toString);
    assertTrue(opened.header("Cache-Control").contains("no-store"), opened.header("Cache-Control"));
    String token = opened.json().getString("token");
    assertEquals("checker", opened.json().getJsonObject("user").getString("username"));
    assertTrue(opened.json().getJsonObject("user").getJsonArray("roles").toString().contains("FACT_CHECKER"));
    assertNotEquals(token, Api.post("checker", "sessions", null).json().getString("token"), "every login is a new token");

    Api.Reply me = withToken("GET", "me", token);
    assertEquals(200, me.status(), me::toString);
    assertEquals("checker", me.json().getString("username"));

    Api.Reply again = withToken("POST", "sessions", token);
    assertEquals(403, again.status(), "a token cannot extend itself into a new session");
    assertEquals("passwordRequired", again.json().getString("code"));

    assertEquals(204, withToken("DELETE", "sessions/current", token).status());
    Api.Reply after = withToken("GET", "me", token);
    assertEquals(401, after.status());
    assertTrue(after.isProblem());
    assertEquals("sessionExpired", after.json().getString("code"));
    assertNull(after.header("WWW-Authenticate"), "our own browser code gets no login pop-up");
  }

  @Test
  void madeUpOrMalformedTokensAreRefusedAndNoPasswordNoSession() {
    for (String token : new String[] {"x".repeat(43), "not a token", "", "' or 1=1 --"}) {
      Api.Reply r = withToken("GET", "me", token);
      assertEquals(401, r.status(), token);
      assertTrue(r.isProblem(), token);
    }
    assertEquals(401, Api.sendAs("checker", "wrong", "POST", "sessions", null, null).status());
    assertEquals(401, Api.send(null, "POST", "sessions", null, null).status());
  }

  @Test
  void basicAuthStillWorksAndLogoutWithoutATokenChangesNothing() {
    assertEquals(204, Api.delete("editor", "sessions/current").status());
    assertEquals(200, Api.get("editor", "me").status());
  }

  @Test
  void theInterfaceIsServedWithAStrictContentSecurityPolicy() {
    Api.Reply page = Api.send(null, "GET", Api.ROOT + "/", null, null);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("app/main.js"), "the index page loads the interface");
    assertFalse(page.body().contains("<script>"), "no inline script on the page");
    String csp = page.header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("object-src 'none'")
        && csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"), csp);
    assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    assertEquals("DENY", page.header("X-Frame-Options"));

    Api.Reply script = Api.send(null, "GET", Api.ROOT + "/app/main.js", null, null);
    assertEquals(200, script.status());
    assertTrue(script.header("Content-Type").contains("javascript"), script.header("Content-Type"));
    Api.Reply bundle = Api.send(null, "GET", Api.ROOT + "/app/i18n/he.json", null, null);
    assertEquals(200, bundle.status());
    assertTrue(bundle.body().contains("התור שלי"), "the Hebrew bundle arrives as UTF-8");
    assertEquals("no-cache", bundle.header("Cache-Control"));
    assertNotEquals(null, Api.get("editor", "me").header("Content-Security-Policy"));
  }
}
