package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Checked before": earlier claims with verdicts, reworded, with the same figures first, across languages. */
@ExtendWith(ArquillianExtension.class)
class ClaimMatchingIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void aRewordedClaimFindsTheEarlierVerdictAndTheSameFigureRanksFirst() {
    String w = Search.word();
    long article = Claims.inFactCheck("Arms " + w, "en", "Officials say Azerbaijan buys around 60 percent of its"
        + " weapons from Israel " + w + ".\n\nOthers say Azerbaijan buys around 20 percent of its weapons from Israel.");
    long sixty = resolved(article, "Azerbaijan buys around 60 percent of its weapons from Israel", "FALSE");
    long twenty = resolved(article, "Azerbaijan buys around 20 percent of its weapons from Israel", "TRUE");
    String text = "Israel sells Azerbaijan 60 percent of its weapons " + w;
    JsonArray found = until(() -> Api.get("checker", "claims/similar?text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)).array(), a -> ids(a).contains(twenty));
    List<Long> ids = ids(found);
    assertTrue(ids.indexOf(sixty) >= 0 && ids.indexOf(sixty) < ids.indexOf(twenty), found::toString);
    assertEquals("FALSE", found.getJsonObject(ids.indexOf(sixty)).getString("verdict"));
    assertEquals(article, found.getJsonObject(ids.indexOf(sixty)).getJsonNumber("articleId").longValue());
    // A claim never matches itself.
    assertTrue(!ids(Api.get("checker", "claims/" + sixty + "/similar").array()).contains(sixty));
    assertEquals(400, Api.get("checker", "claims/similar?text=").status());
  }

  @Test
  void aRussianClaimFindsAnEnglishClaimCarriedIntoAnApprovedRussianTranslation() {
    String w = Search.word();
    long english = Claims.inFactCheck("Arms " + w, "en",
        "Azerbaijan buys around 60 percent of its weapons from Israel " + w + ".");
    long checked = resolved(english, "Azerbaijan buys around 60 percent of its weapons from Israel", "FALSE");
    assertEquals(201, Articles.assign(english, "translator", "TRANSLATOR", "ru").status());
    long task = Api.get("editor", "articles/" + english + "/translations").array().stream()
        .map(v -> v.asJsonObject()).filter(t -> t.getString("language").equals("ru")).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    String etag = Api.get("translator", "translations/" + task).etag();
    Api.Reply saved = Api.put("translator", "translations/" + task, Api.json(Map.of("title", "Оружие " + w,
        "blocks", List.of("Азербайджан закупает около 60 процентов своего оружия у Израиля " + w + "."))),
        "If-Match", etag);
    assertEquals(200, saved.status(), saved::toString);
    assertEquals(200, Api.post("translator", "translations/" + task + "/submit", "").status());
    Api.Reply approved = Api.post("editor", "translations/" + task + "/approve", "");
    assertEquals(200, approved.status(), approved::toString);

    long russian = Claims.inFactCheck("Оружие", "ru", "Эксперты считают, что Азербайджан закупает около 60"
        + " процентов своего оружия у Израиля.");
    long claim = Claims.flagged(russian, "Азербайджан закупает около 60 процентов своего оружия у Израиля");
    // The English claim may match on its figure before the index has followed the translation's approval:
    // wait for the match through the Russian text.
    JsonArray found = until(() -> Api.get("checker", "claims/" + claim + "/similar").array(),
        a -> ids(a).contains(checked) && carriedIntoRussian(a, checked));
    assertTrue(ids(found).contains(checked), found::toString);
    assertTrue(carriedIntoRussian(found, checked), found::toString);
  }

  private static long resolved(long article, String quote, String verdict) {
    long claim = Claims.cited(article, quote);
    assertEquals(200, Claims.resolve(claim, verdict, "Checked against SIPRI.").status());
    return claim;
  }

  private static boolean carriedIntoRussian(JsonArray matches, long claim) {
    return matches.stream().map(m -> m.asJsonObject()).anyMatch(m -> m.getJsonNumber("claimId").longValue() == claim
        && m.getJsonArray("languages").toString().contains("\"ru\""));
  }

  private static List<Long> ids(JsonArray a) {
    return a.stream().map(v -> v.asJsonObject().getJsonNumber("claimId").longValue()).toList();
  }

  private static JsonArray until(Supplier<JsonArray> ask, java.util.function.Predicate<JsonArray> done) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    JsonArray a = ask.get();
    while (!done.test(a) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      a = ask.get();
    }
    return a;
  }
}
