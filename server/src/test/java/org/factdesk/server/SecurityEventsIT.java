package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security events for admins (issue 18, part 4): failed logins, lockouts, logins refused while
 * locked, refused requests and account changes, each with who, what, when and from where, and never
 * a password.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityEventsIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static List<JsonObject> events(String query) {
    Api.Reply r = Api.get("admin", "security-events?size=200&" + query);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  void aFailedLoginIsRecordedWithTheNameTriedTheAddressAndNoPassword() {
    String name = Api.account("FACT_CHECKER");
    assertEquals(401, Api.sendAs(name, "Not-The-Password-42", "GET", "me", null, null).status());
    assertEquals(401, Api.sendAs("nobody-" + name, "Another-Guess-43", "GET", "me", null, null).status());
    List<JsonObject> failed = events("kind=LOGIN_FAILED&user=" + name);
    assertEquals(1, failed.size(), failed::toString);
    JsonObject e = failed.get(0);
    assertEquals(name, e.getString("user"));
    assertTrue(e.getString("address").equals("127.0.0.1") || e.getString("address").contains(":"), e::toString);
    assertTrue(e.getString("detail").contains("/api/me"), e::toString);
    assertEquals(1, events("kind=LOGIN_FAILED&user=nobody-" + name).size(), "unknown names are recorded as tried");
    String all = Api.get("admin", "security-events?size=200").body();
    assertFalse(all.contains("Not-The-Password-42") || all.contains("Another-Guess-43"), "never a password");
  }

  @Test
  void aLockoutItsRefusedLoginsAndTheAdminLiftingItAreRecorded() {
    String name = Api.account("FACT_CHECKER");
    for (int i = 1; i <= 5; i++) {
      assertEquals(401, Api.sendAs(name, "wrong password " + i, "GET", "me", null, null).status());
    }
    assertEquals(429, Api.sendAs(name, Api.password(name), "GET", "me", null, null).status());
    List<JsonObject> lockouts = events("kind=LOCKOUT&user=" + name);
    assertEquals(1, lockouts.size(), lockouts::toString);
    assertTrue(lockouts.get(0).getString("detail").contains("locked for"), lockouts::toString);
    assertEquals(1, events("kind=LOGIN_WHILE_LOCKED&user=" + name).size());
    assertEquals(204, Api.delete("admin", "users/" + name + "/lock").status());
    JsonObject lifted = events("kind=LOCK_LIFTED&user=" + name).get(0);
    assertEquals("admin", lifted.getString("actor"));
    assertEquals(200, Api.get(name, "me").status());
  }

  @Test
  void aRefusedRequestIsRecordedWithWhoAndWhat() {
    String checker = Api.account("FACT_CHECKER");
    Api.Reply refused = Api.post(checker, "articles", Api.json(Map.of("title", "Not mine to write", "language", "en",
        "text", "Text.")));
    assertEquals(403, refused.status(), refused::toString);
    JsonObject e = events("kind=ACCESS_REFUSED&user=" + checker).get(0);
    assertEquals(checker, e.getString("actor"));
    assertTrue(e.getString("detail").startsWith("POST /api/articles"), e::toString);
    assertTrue(e.getString("detail").contains("forbidden"), e::toString);
  }

  @Test
  void accountChangesByAnAdminAreRecordedFieldByField() {
    String name = Api.account("FACT_CHECKER");
    JsonObject created = events("kind=ACCOUNT_CREATED&user=" + name).get(0);
    assertEquals("admin", created.getString("actor"));
    String etag = Api.get("admin", "users/" + name).header("ETag");
    Api.Reply changed = Api.patch("admin", "users/" + name, Api.json(Map.of("roles", List.of("FACT_CHECKER",
        "TRANSLATOR"), "languages", List.of("he"))), "If-Match", etag);
    assertEquals(200, changed.status(), changed::toString);
    JsonObject e = events("kind=ACCOUNT_CHANGED&user=" + name).get(0);
    assertTrue(e.getString("detail").contains("roles") && e.getString("detail").contains("TRANSLATOR"), e::toString);
    assertTrue(e.getString("detail").contains("sessions ended"), e::toString);
  }

  @Test
  void aPasswordChangedByItsOwnerIsRecordedWithoutThePassword() {
    String name = Api.account("FACT_CHECKER");
    String current = Api.password(name);
    String replacement = "new password " + name;
    Api.Reply changed = Api.sendAs(name, current, "PUT", "me/password", "application/json",
        Api.bytes(Api.json(Map.of("current", current, "password", replacement))));
    assertTrue(changed.status() / 100 == 2, changed::toString);
    List<JsonObject> events = events("kind=PASSWORD_CHANGED&user=" + name);
    assertEquals(1, events.size(), events::toString);
    assertEquals(name, events.get(0).getString("actor"));
    assertFalse(events.toString().contains(current) || events.toString().contains(replacement), events::toString);
  }

  @Test
  void onlyAdminsReadThemAndFiltersAreChecked() {
    assertEquals(403, Api.get("editor", "security-events").status());
    assertEquals(400, Api.get("admin", "security-events?kind=EVERYTHING").status());
    assertEquals(400, Api.get("admin", "security-events?from=yesterday").status());
    assertEquals(200, Api.get("admin", "security-events?from=2026-01-01T00:00:00Z&kind=access_refused").status());
  }
}
