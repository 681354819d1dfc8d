package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The verdicts and stances clients offer, read from the server rather than copied into each client. */
@ExtendWith(ArquillianExtension.class)
class ClaimVocabularyIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void listsTheVerdictsInScaleOrderWithWhetherEachNeedsACitationAndTheStances() {
    for (String user : List.of("checker", "translator")) {
      Api.Reply r = Api.get(user, "claims/vocabulary");
      assertEquals(200, r.status(), r::toString);
      List<JsonObject> verdicts = r.json().getJsonArray("verdicts").getValuesAs(JsonObject.class);
      assertEquals(List.of("TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE", "NOT_A_CLAIM"),
          verdicts.stream().map(v -> v.getString("name")).toList());
      assertEquals(List.of("NOT_A_CLAIM"), verdicts.stream().filter(v -> !v.getBoolean("needsCitation"))
          .map(v -> v.getString("name")).toList(), "only opinion needs no source");
      assertEquals(List.of("SUPPORTS", "REFUTES", "CONTEXT"),
          r.json().getJsonArray("stances").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }
  }

  @Test
  void needsALogin() {
    Api.Reply r = Api.get(null, "claims/vocabulary");
    assertEquals(401, r.status(), r::toString);
    assertTrue(r.isProblem(), r::toString);
  }

  @Test
  void isDescribedInOpenApi() {
    String openapi = Api.get(null, Api.ROOT + "/openapi").body();
    assertTrue(openapi.contains("/api/claims/vocabulary"), "OpenAPI lists the vocabulary");
    assertTrue(openapi.contains("needsCitation"), "with its shape");
  }
}
