package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.claim.ClaimService;
import org.factdesk.workflow.comment.CommentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What clients offer, read from the server rather than copied into each client: the verdicts and stances,
 * and the forms' limits (required fields, lengths) in the OpenAPI schema.
 */
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

  @Test
  void theFormsLimitsInTheApiSchemaAreTheOnesTheServerEnforcesCountedInCodePoints() {
    Api.Reply doc = Api.get(null, Api.ROOT + "/openapi?format=JSON");
    assertEquals(200, doc.status(), doc::toString);
    JsonObject schemas = doc.json().getJsonObject("components").getJsonObject("schemas");
    long article = Claims.columnInFactCheck();
    // Each limit as the schema states it, then the server's answer at the limit and one past it. The
    // text is of a supplementary-plane letter (two UTF-16 units): the limit counts code points.
    record Limit(String schema, String field, int expected, Function<String, Api.Reply> send) {}
    List<Limit> limits = List.of(
        new Limit("CreateArticleRequest", "title", ArticleService.MAX_TITLE,
            text -> Api.post("editor", "articles", Api.json(Map.of("title", text, "language", "en", "text", "Body.")))),
        new Limit("FlagClaimRequest", "reason", ClaimService.MAX_REASON,
            text -> Claims.flag("checker", article, "3.2 million passengers", null, null, text)),
        new Limit("CommentRequest", "body", CommentService.MAX_LENGTH,
            text -> Api.post("checker", "articles/" + article + "/comments", Api.json(Map.of("body", text)))));
    for (Limit limit : limits) {
      JsonObject schema = schemas.getJsonObject(limit.schema());
      int max = schema.getJsonObject("properties").getJsonObject(limit.field()).getInt("maxLength");
      assertEquals(limit.expected(), max, limit.schema() + "." + limit.field());
      assertTrue(schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
          .anyMatch(r -> r.getString().equals(limit.field())), limit.field() + " is required in " + limit.schema());
      Api.Reply atMax = limit.send().apply("\uD835\uDD18".repeat(max));
      assertEquals(201, atMax.status(), limit.field() + " at " + max + ": " + atMax);
      Api.Reply over = limit.send().apply("\uD835\uDD18".repeat(max + 1));
      assertEquals(400, over.status(), over::toString);
      JsonObject error = over.json().getJsonArray("errors").getJsonObject(0);
      assertEquals(limit.field(), error.getString("field"), over::toString);
      assertEquals("tooLong", error.getString("code"), over::toString);
      Api.Reply blank = limit.send().apply("  ");
      assertEquals(400, blank.status(), "a required field left blank: " + blank);
    }
  }
}
