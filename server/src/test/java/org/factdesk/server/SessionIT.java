package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
  void aRevokedRoleOrADeactivatedAccountCountsOnTheNextRequestWithPasswordOrToken() {
    String name = "revoked" + System.nanoTime() % 1_000_000;
    String password = "correct horse battery";
    assertEquals(201, Api.post("admin", "users", Api.json(Map.of("username", name, "password", password,
        "roles", List.of("EDITOR", "FACT_CHECKER")))).status());
    String token = Api.sendAs(name, password, "POST", "sessions", null, null).json().getString("token");
    // The staff directory is for editors and admins: the login's roles decide, not the account page.
    Supplier<Api.Reply> basic = () -> Api.sendAs(name, password, "GET", "users", null, null);
    Supplier<Api.Reply> bearer = () -> withToken("GET", "users", token);
    for (Supplier<Api.Reply> directory : List.of(basic, bearer)) {
      Api.Reply r = directory.get();
      assertEquals(200, r.status(), r::toString);
    }

    String etag = Api.get("admin", "users/" + name).header("ETag");
    Api.Reply revoked = Api.patch("admin", "users/" + name, Api.json(Map.of("roles", List.of("FACT_CHECKER"))),
        "If-Match", etag);
    assertEquals(200, revoked.status(), revoked::toString);
    for (Supplier<Api.Reply> directory : List.of(basic, bearer)) {
      Api.Reply r = directory.get();
      assertEquals(403, r.status(), "no role outlives its revocation: " + r);
    }

    Api.Reply off = Api.patch("admin", "users/" + name, "{\"active\":false}", "If-Match", revoked.header("ETag"));
    assertEquals(200, off.status(), off::toString);
    assertEquals(401, basic.get().status(), "a deactivated account's password no longer logs in");
    assertEquals(401, bearer.get().status(), "nor does its open session");
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
