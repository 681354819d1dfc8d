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
    Api.Reply r = basic.get();
    assertEquals(403, r.status(), "no role outlives its revocation: " + r);
    // Since issue 14 a role change also ends the sessions opened under the old roles: 401, not 403.
    assertEquals(401, bearer.get().status(), "nor does a session opened under the old roles");

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

  /**
   * Five wrong passwords in a row are free; the fifth locks the account for 30 s, during which even
   * the right password gets a 429 (nothing is checked). The lock is in the database: once it has run
   * out (moved into the past here rather than waited for) the right password works and clears it.
   */
  @Test
  void wrongPasswordsInARowLockTheAccountForAWhileOnEveryInstance() throws Exception {
    String user = "lock" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String password = "correct horse battery";
    assertEquals(201, Api.post("admin", "users", Api.json(java.util.Map.of("username", user, "password", password,
        "roles", java.util.List.of("FACT_CHECKER")))).status());
    for (int i = 1; i <= 5; i++) {
      Api.Reply wrong = Api.sendAs(user, "wrong password " + i, "GET", "me", null, null);
      assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong);
    }
    Api.Reply locked = Api.sendAs(user, password, "GET", "me", null, null, "Accept-Language", "he");
    assertEquals(429, locked.status(), locked::toString);
    assertTrue(locked.isProblem(), locked::toString);
    assertEquals("tooManyLogins", locked.json().getString("code"));
    long retryAfter = Long.parseLong(locked.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
    assertTrue(locked.json().getString("detail").contains("שניות"), locked::toString);
    assertEquals(200, Api.get("checker", "me").status(), "other accounts are not locked");

    try (java.sql.Connection db = Database.connect();
        java.sql.PreparedStatement s = db.prepareStatement("UPDATE login_failure SET locked_until = ? WHERE username = ?")) {
      s.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1));
      s.setString(2, user);
      assertEquals(1, s.executeUpdate());
    }
    assertEquals(200, Api.sendAs(user, password, "GET", "me", null, null).status(), "the lock ran out");
    try (java.sql.Connection db = Database.connect();
        java.sql.PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM login_failure WHERE username = ?")) {
      s.setString(1, user);
      try (var r = s.executeQuery()) {
        r.next();
        assertEquals(0, r.getLong(1), "a good login clears the count");
      }
    }
  }

  private static String newUser(String prefix, String password, String... roles) {
    String name = prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
    Api.Reply r = Api.post("admin", "users", Api.json(Map.of("username", name, "password", password,
        "roles", List.of(roles))));
    assertEquals(201, r.status(), r::toString);
    return name;
  }

  private static void lockOut(String user) {
    for (int i = 1; i <= 5; i++) {
      Api.Reply wrong = Api.sendAs(user, "wrong password " + i, "GET", "me", null, null);
      assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong);
    }
  }

  /**
   * Issue 14, finding 1: a password this instance had already verified skipped the lock, so during a
   * lockout the right password answered 200 (in ~2 ms) and every wrong one 429: a fast oracle. The
   * lock now comes before any credential check, cached or not.
   */
  @Test
  void aLockedAccountAnswers429EvenToAPasswordAlreadyVerified() {
    String password = "correct horse battery";
    String user = newUser("cached", password, "FACT_CHECKER");
    assertEquals(200, Api.sendAs(user, password, "GET", "me", null, null).status(), "verified once, now cached");
    lockOut(user);
    for (String tried : List.of(password, "another wrong one")) {
      Api.Reply r = Api.sendAs(user, tried, "GET", "me", null, null);
      assertEquals(429, r.status(), "every password is refused during the lock: " + r);
      assertEquals("tooManyLogins", r.json().getString("code"));
    }
  }

  /**
   * Issue 14, finding 3: unknown names were never counted, so they could be told from real ones by
   * the answers (401 for ever against 429) as well as by the time taken. Now they are counted and
   * locked like real names, keyed by the name tried, and answer exactly as a real name does.
   */
  @Test
  void unknownNamesAreCountedAndLockedLikeRealOnes() {
    String real = newUser("real", "correct horse battery", "FACT_CHECKER");
    String ghost = "ghost" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Api.Reply realWrong = Api.sendAs(real, "wrong", "GET", "me", null, null, "X-Requested-With", "t");
    Api.Reply ghostWrong = Api.sendAs("other" + ghost, "wrong", "GET", "me", null, null, "X-Requested-With", "t");
    assertEquals(realWrong.status(), ghostWrong.status());
    assertEquals(realWrong.body(), ghostWrong.body(), "the same answer");
    lockOut(ghost);
    Api.Reply locked = Api.sendAs(ghost, "anything", "GET", "me", null, null);
    assertEquals(429, locked.status(), locked::toString);
    assertEquals("tooManyLogins", locked.json().getString("code"));
    assertTrue(Long.parseLong(locked.header("Retry-After")) <= 30, locked.header("Retry-After"));
  }

  /** A lock is not a denial of service: an admin lifts it at once, and the audit trail says who did. */
  @Test
  void anAdminLiftsALock() {
    String password = "correct horse battery";
    String user = newUser("unlock", password, "EDITOR");
    lockOut(user);
    assertEquals(429, Api.sendAs(user, password, "GET", "me", null, null).status());
    assertEquals(403, Api.delete("editor", "users/" + user + "/lock").status(), "only admins");
    assertEquals(404, Api.delete("admin", "users/nobody-" + user + "/lock").status());
    Api.Reply lifted = Api.delete("admin", "users/" + user + "/lock");
    assertEquals(204, lifted.status(), lifted::toString);
    assertEquals(200, Api.sendAs(user, password, "GET", "me", null, null).status(), "the lock is gone");
    assertEquals(204, Api.delete("admin", "users/" + user + "/lock").status(), "lifting no lock is no error");
    List<String> unlocked = Api.get("admin", "audit?action=user.unlocked&actor=admin&size=100").json()
        .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("subject")).toList();
    assertTrue(unlocked.contains("user:" + user), unlocked::toString);
  }

  private static String token(String user, String password) {
    Api.Reply opened = Api.sendAs(user, password, "POST", "sessions", null, null);
    assertEquals(201, opened.status(), opened::toString);
    return opened.json().getString("token");
  }

  private static Api.Reply change(String user, String json) {
    String etag = Api.get("admin", "users/" + user).etag();
    Api.Reply r = Api.patch("admin", "users/" + user, json, "If-Match", etag);
    assertEquals(200, r.status(), r::toString);
    return r;
  }

  /** Issue 14, finding 2: sessions survived a password change. */
  @Test
  void aPasswordChangeEndsEverySessionOfTheUser() {
    String password = "correct horse battery";
    String user = newUser("pw", password, "EDITOR");
    String first = token(user, password);
    String second = token(user, password);
    change(user, Api.json(Map.of("password", "a brand new passphrase")));
    for (String t : List.of(first, second)) {
      Api.Reply r = withToken("GET", "me", t);
      assertEquals(401, r.status(), r::toString);
      assertEquals("sessionExpired", r.json().getString("code"));
    }
    assertEquals(200, withToken("GET", "me", token(user, "a brand new passphrase")).status(),
        "a session opened with the new password works");
  }

  /** Issue 14, finding 2: a role change ends the sessions opened under the old roles. */
  @Test
  void aRoleChangeEndsEverySessionOfTheUser() {
    String password = "correct horse battery";
    String user = newUser("roles", password, "EDITOR", "FACT_CHECKER");
    String t = token(user, password);
    change(user, Api.json(Map.of("roles", List.of("EDITOR"))));
    assertEquals(401, withToken("GET", "me", t).status());
    change(user, Api.json(Map.of("displayName", "Renamed")));
    String after = token(user, password);
    change(user, Api.json(Map.of("displayName", "Renamed again")));
    assertEquals(200, withToken("GET", "me", after).status(), "a new display name ends nothing");
  }

  /** Issue 14, finding 2: deactivating then reactivating a user brought their old tokens back. */
  @Test
  void reactivationNeverRevivesOldTokens() {
    String password = "correct horse battery";
    String user = newUser("react", password, "EDITOR");
    String t = token(user, password);
    change(user, "{\"active\":false}");
    assertEquals(401, withToken("GET", "me", t).status());
    change(user, "{\"active\":true}");
    Api.Reply r = withToken("GET", "me", t);
    assertEquals(401, r.status(), "the old token stays dead: " + r);
    assertEquals(200, Api.sendAs(user, password, "GET", "me", null, null).status(), "the password works again");
  }

  private static Api.Reply changeOwn(String user, String password, String current, String replacement) {
    return Api.sendAs(user, password, "PUT", "me/password", "application/json",
        Api.bytes(Api.json(Map.of("current", current, "password", replacement))));
  }

  /** OWASP ASVS 2.1.5 and 2.1.6: users change their own password, with the current one; every session ends. */
  @Test
  void aUserChangesTheirOwnPasswordWithTheCurrentOneAndEverySessionEnds() {
    String password = "correct horse battery";
    String replacement = "a new and longer passphrase";
    String user = newUser("self", password, "EDITOR");
    String t = token(user, password);
    Api.Reply wrong = changeOwn(user, password, "not my password at all", replacement);
    assertEquals(400, wrong.status(), wrong::toString);
    assertEquals("current", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("wrongPassword", wrong.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    Api.Reply shortOne = changeOwn(user, password, password, "too short");
    assertEquals(400, shortOne.status(), shortOne::toString);
    assertEquals("tooShort", shortOne.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    assertEquals(200, withToken("GET", "me", t).status(), "a refused change ends nothing");

    assertEquals(204, changeOwn(user, password, password, replacement).status());
    assertEquals(401, withToken("GET", "me", t).status(), "every session ended");
    assertEquals(401, Api.sendAs(user, password, "GET", "me", null, null).status());
    assertEquals(200, Api.sendAs(user, replacement, "GET", "me", null, null).status());
    List<String> changed = Api.get("admin", "audit?action=user.passwordChanged&actor=" + user).json()
        .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("subject")).toList();
    assertEquals(List.of("user:" + user), changed);
  }

  /** A wrong current password counts towards the lock like a wrong login: a stolen session cannot guess it. */
  @Test
  void wrongCurrentPasswordsCountTowardsTheLock() {
    String password = "correct horse battery";
    String user = newUser("guess", password, "EDITOR");
    String stolen = token(user, password);
    for (int i = 0; i < 5; i++) {
      Api.Reply guess = Api.send(null, "PUT", "me/password", "application/json", Api.bytes(Api.json(Map.of(
          "current", "guess number " + i, "password", "a new and longer passphrase"))), "Authorization", "Bearer " + stolen);
      assertEquals(400, guess.status(), guess::toString);
    }
    Api.Reply locked = Api.send(null, "PUT", "me/password", "application/json", Api.bytes(Api.json(Map.of(
        "current", password, "password", "a new and longer passphrase"))), "Authorization", "Bearer " + stolen);
    assertEquals(429, locked.status(), "even the right one, during the lock: " + locked);
    assertEquals("tooManyLogins", locked.json().getString("code"));
    assertEquals(429, Api.sendAs(user, password, "GET", "me", null, null).status(), "and so is every login");
  }

  /** Issue 14, finding 7: the login check's own answers carry the security headers, and no API answer is stored. */
  @Test
  void refusedLoginsCarryTheSecurityHeadersAndApiAnswersAreNotStored() {
    for (Api.Reply r : List.of(Api.get(null, "me"), Api.sendAs("editor", "wrong", "GET", "nothing", null, null),
        withToken("GET", "me", "x".repeat(43)))) {
      assertEquals(401, r.status(), r::toString);
      assertSecurityHeaders(r);
    }
    Api.Reply me = Api.get("editor", "me");
    assertSecurityHeaders(me);
    assertEquals("no-store", me.header("Cache-Control"));
    Api.Reply notFound = Api.get("editor", "articles/999999999");
    assertEquals("no-store", notFound.header("Cache-Control"), "problems too");
  }

  static void assertSecurityHeaders(Api.Reply r) {
    String csp = r.header("Content-Security-Policy");
    assertTrue(csp != null && csp.contains("default-src") && csp.contains("frame-ancestors 'none'"), r + " " + r.headers());
    assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
    assertEquals("DENY", r.header("X-Frame-Options"), r::toString);
    assertEquals("no-referrer", r.header("Referrer-Policy"), r::toString);
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
