package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fact-checking over HTTP: claims, sources, citations, verdicts, the guard, re-anchoring and exports. */
@ExtendWith(ArquillianExtension.class)
class ClaimsIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  @Test
  void claimsAreFlaggedCitedResolvedAndTheGuardBlocksUntilAllAreSettled() {
    long article = Claims.columnInFactCheck();
    long passengers = Claims.flagged(article, "carried 3.2 million passengers in 2025");
    long prices = Claims.flagged(article, "ticket prices rose by 18%");
    long punctual = Claims.flagged(article, "We have never been more punctual");
    long late = Claims.flagged(article, "one sailing in five left late");
    long largest = Claims.flagged(article, "the largest in the region, with 14 vessels");
    long opinion = Claims.flagged(article, "I think commuters have been patient long enough");
    List<Long> all = List.of(passengers, prices, punctual, late, largest, opinion);

    // Blocked: every claim is listed with why.
    Api.Reply blocked = Articles.transition("checker", article, "TRANSLATION");
    assertEquals(409, blocked.status(), blocked::toString);
    assertTrue(blocked.isProblem());
    Map<Long, String> reasons = reasons(blocked);
    assertEquals(Set.copyOf(all), reasons.keySet(), blocked::toString);
    assertTrue(reasons.values().stream().allMatch("FLAGGED"::equals), reasons::toString);

    // The same source under two spellings is one source.
    long stats = Claims.source("https://Harbour.example/stats/2025?utm_source=newsletter#passengers", "Port statistics 2025");
    assertEquals(stats, Claims.source("https://harbour.example:443/stats/2025", "Port statistics 2025"));
    long tariffs = Claims.source("https://transport.example/tariffs?year=2025&fbclid=x", "Tariff decree");

    String etag = Api.get("checker", "claims/" + passengers).etag();
    Api.Reply started = Api.post("checker", "claims/" + passengers + "/start", null, "If-Match", etag);
    assertEquals(200, started.status(), started::toString);
    assertEquals("IN_PROGRESS", started.json().getString("status"));
    assertEquals("checker", started.json().getString("assignee"));

    assertEquals(201, Claims.cite(passengers, stats, "SUPPORTS", "table 2, p. 4").status());
    assertEquals(201, Claims.cite(prices, tariffs, "REFUTES", "article 3: fares rose 12%").status());
    assertEquals(201, Claims.cite(punctual, stats, "REFUTES", "punctuality, p. 9").status());
    assertEquals(201, Claims.cite(largest, stats, "CONTEXT", "fleet register").status());
    assertResolved(Claims.resolve(passengers, "TRUE", "Matches the port statistics."));
    assertResolved(Claims.resolve(prices, "FALSE", "The decree says 12%, not 18%."));
    assertResolved(Claims.resolve(punctual, "MISLEADING", "Punctuality fell in 2025."));
    assertResolved(Claims.resolve(largest, "MOSTLY_TRUE", "Largest by count, not tonnage."));
    assertResolved(Claims.resolve(opinion, "NOT_A_CLAIM", "Opinion of the author."));
    assertResolved(Claims.resolve(late, "UNVERIFIABLE", "The port would not share its data."));

    // Resolved without a citation still blocks, and only that claim does.
    Api.Reply stillBlocked = Articles.transition("checker", article, "TRANSLATION");
    assertEquals(409, stillBlocked.status(), stillBlocked::toString);
    assertEquals(Map.of(late, "NO_CITATION"), reasons(stillBlocked));

    JsonObject summary = Api.get("editor", "articles/" + article + "/claims/summary").json();
    assertEquals(6, summary.getInt("total"));
    assertEquals(6, summary.getJsonObject("byStatus").getInt("RESOLVED"));
    assertEquals(1, summary.getJsonObject("byVerdict").getInt("FALSE"));
    assertEquals(1, summary.getJsonArray("blocking").size());

    assertEquals(201, Claims.cite(late, tariffs, "CONTEXT", "letter of refusal").status());
    JsonArray listed = Api.get("translator", "articles/" + article + "/claims").json().getJsonArray("items");
    assertEquals(6, listed.size());
    JsonObject first = listed.getJsonObject(0);
    assertEquals(passengers, first.getJsonNumber("id").longValue());
    assertEquals("RESOLVED", first.getString("status"));
    assertEquals("TRUE", first.getString("verdict"));
    assertEquals("TextQuoteSelector", first.getJsonObject("selectors").getJsonObject("quote").getString("type"));
    assertEquals("Port statistics 2025", first.getJsonArray("citations").getJsonObject(0).getJsonObject("source")
        .getString("title"));
    assertEquals("https://harbour.example/stats/2025", first.getJsonArray("citations").getJsonObject(0)
        .getJsonObject("source").getString("url"));

    Api.Reply passed = Articles.transition("checker", article, "TRANSLATION");
    assertEquals(200, passed.status(), passed::toString);
    assertEquals("TRANSLATION", passed.json().getString("state"));

    List<String> actions = Api.get("editor", "articles/" + article + "/audit?size=200").json().getJsonArray("items")
        .stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(6, actions.stream().filter("claim.flagged"::equals).count());
    assertEquals(6, actions.stream().filter("claim.resolved"::equals).count());
    assertEquals(5, actions.stream().filter("claim.cited"::equals).count());
  }

  @Test
  void positionsCountCodePointsAndClaimReviewAndCsvDescribeResolvedClaims() {
    long article = Claims.columnInFactCheck();
    long largest = Claims.flagged(article, "the largest in the region, with 14 vessels");
    long opinion = Claims.flagged(article, "I think commuters have been patient long enough");
    long portData = Claims.flagged(article, "Yet the port's own data");
    JsonObject position = Claims.claim(largest).getJsonObject("selectors").getJsonObject("position");
    assertEquals(5, position.getInt("block"));
    // "The fleet 🚢 is " is 15 code points (16 UTF-16 units).
    assertEquals(15, position.getInt("start"));
    assertEquals(15 + "the largest in the region, with 14 vessels".length(), position.getInt("end"));

    long source = Claims.source("https://registry.example/ships", "=HYPERLINK(\"http://evil\")");
    assertEquals(201, Claims.cite(largest, source, "SUPPORTS", "+1 row").status());
    Claims.resolve(largest, "MOSTLY_TRUE", "Largest by count.");
    Claims.resolve(opinion, "NOT_A_CLAIM", "Opinion.");

    Api.Reply ld = Api.get("editor", "articles/" + article + "/claimreview");
    assertEquals(200, ld.status(), ld::toString);
    assertTrue(ld.header("Content-Type").startsWith("application/ld+json"), ld.header("Content-Type"));
    JsonArray reviews = ld.array();
    assertEquals(1, reviews.size(), "only resolved claims that are claims: " + ld.body());
    JsonObject review = reviews.getJsonObject(0);
    assertEquals("https://schema.org", review.getString("@context"));
    assertEquals("ClaimReview", review.getString("@type"));
    assertEquals("the largest in the region, with 14 vessels", review.getString("claimReviewed"));
    assertEquals("Organization", review.getJsonObject("author").getString("@type"));
    assertEquals("Factdesk newsroom", review.getJsonObject("author").getString("name"));
    assertEquals(4, review.getJsonObject("reviewRating").getInt("ratingValue"));
    assertEquals(5, review.getJsonObject("reviewRating").getInt("bestRating"));
    assertEquals(1, review.getJsonObject("reviewRating").getInt("worstRating"));
    assertEquals("Mostly true", review.getJsonObject("reviewRating").getString("alternateName"));
    assertEquals("Claim", review.getJsonObject("itemReviewed").getString("@type"));
    assertTrue(review.getJsonObject("itemReviewed").getJsonObject("appearance").getString("headline")
        .startsWith("Opinion: the ferries"));
    assertTrue(review.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
    assertEquals(200, Api.get("editor", "claims/" + largest + "/claimreview").status());
    Api.Reply notReviewable = Api.get("editor", "claims/" + opinion + "/claimreview");
    assertEquals(409, notReviewable.status(), notReviewable::toString);

    Api.Reply csv = Api.get("editor", "articles/" + article + "/claims/export.csv");
    assertEquals(200, csv.status(), csv::toString);
    assertEquals("text/csv;charset=UTF-8", csv.header("Content-Type").replace(" ", ""));
    String[] lines = csv.body().split("\r\n");
    assertTrue(lines[0].startsWith("claim_id,revision,status,verdict,anchor,block,start,end,quote"), lines[0]);
    assertEquals(4, lines.length, csv.body());
    String row = List.of(lines).stream().filter(l -> l.startsWith(largest + ",")).findFirst().orElseThrow();
    assertTrue(row.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), row);
    assertTrue(row.contains(",'+1 row"), row);
    assertTrue(row.contains("\"the largest in the region, with 14 vessels\""), row);
    assertTrue(csv.body().contains("\r\n" + portData + ",1,FLAGGED,,ANCHORED,4,0,23,"), csv.body());
  }

  @Test
  void editsReanchorEveryClaimAndKeepTheirHistory() {
    long article = Claims.columnInFactCheck();
    long passengers = Claims.flagged(article, "carried 3.2 million passengers in 2025");
    long prices = Claims.flagged(article, "According to the transport ministry, ticket prices rose by 18% over the"
        + " same period");
    long late = Claims.flagged(article, "one sailing in five left late");
    long data = Claims.flagged(article, "the port's own data show");
    long closing = Claims.flagged(article, "It is time the city stopped treating the ferries as a postcard");

    List<String> edited = new ArrayList<>(Claims.COLUMN);
    edited.set(1, "According to the transport ministry, ticket prices rose by 21% over the same period.");
    edited.remove(4);
    edited.add(0, "Editor's note: this column was updated with the ministry's corrected figures.");
    Api.Reply revised = Claims.revise(article, edited);
    assertEquals(201, revised.status(), revised::toString);

    assertEquals("MOVED", Claims.claim(passengers).getString("anchor"));
    assertEquals(1, Claims.claim(passengers).getJsonObject("selectors").getJsonObject("position").getInt("block"));
    JsonObject edited1 = Claims.claim(prices);
    assertEquals("NEEDS_REVIEW", edited1.getString("anchor"));
    assertTrue(edited1.getJsonObject("selectors").getJsonObject("quote").getString("exact").contains("21%"));
    JsonObject gone = Claims.claim(late);
    assertEquals("ORPHANED", gone.getString("anchor"));
    JsonValue position = gone.getJsonObject("selectors").get("position");
    assertTrue(position == null || position == JsonValue.NULL, "an orphan has no position: " + gone);
    assertEquals("one sailing in five left late", gone.getJsonObject("selectors").getJsonObject("quote").getString("exact"));
    assertEquals(2, Claims.claim(closing).getInt("revision"));

    JsonArray history = Api.get("translator", "claims/" + prices + "/history").array();
    assertEquals(2, history.size());
    assertEquals("ANCHORED", history.getJsonObject(0).getString("anchor"));
    assertEquals("NEEDS_REVIEW", history.getJsonObject(1).getString("anchor"));
    assertTrue(history.getJsonObject(1).getInt("similarity") >= 600);

    Map<Long, String> reasons = reasons(Articles.transition("editor", article, "TRANSLATION"));
    assertEquals("NEEDS_REVIEW", reasons.get(prices));
    assertEquals("ORPHANED", reasons.get(late));

    String etag = Api.get("checker", "claims/" + prices).etag();
    Api.Reply confirmed = Api.post("checker", "claims/" + prices + "/anchor/confirmation", null, "If-Match", etag);
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals("ANCHORED", confirmed.json().getString("anchor"));
    assertNotEquals(etag, confirmed.etag());

    // An orphan whose text was cut on purpose: confirming keeps it on record, no longer blocking.
    assertEquals("ORPHANED", Claims.claim(data).getString("anchor"));
    Api.Reply removed = Api.post("checker", "claims/" + data + "/anchor/confirmation", null, "If-Match",
        Api.get("checker", "claims/" + data).etag());
    assertEquals(200, removed.status(), removed::toString);
    assertEquals("REMOVED", removed.json().getString("anchor"));
    assertFalse(reasons(Articles.transition("editor", article, "TRANSLATION")).containsKey(data));
    // An orphan that still matters: anchored to its new wording by hand.
    Api.Reply moved = Api.put("checker", "claims/" + late + "/anchor", Api.json(Map.of("exact",
        "the largest in the region")), "If-Match", Api.get("checker", "claims/" + late).etag());
    assertEquals(200, moved.status(), moved::toString);
    assertEquals("ANCHORED", moved.json().getString("anchor"));
    assertEquals(Set.of(), reasons(Articles.transition("editor", article, "TRANSLATION")).values().stream()
        .filter(r -> !r.equals("FLAGGED")).collect(Collectors.toSet()));
  }

  @Test
  void anAmbiguousQuoteIsUnprocessableUntilContextSaysWhich() {
    long article = Claims.columnInFactCheck();
    Api.Reply ambiguous = Claims.flag("checker", article, "the port", null, null, "Which port?");
    assertEquals(422, ambiguous.status(), ambiguous::toString);
    assertTrue(ambiguous.isProblem());
    assertEquals("quoteAmbiguous", ambiguous.json().getString("code"));
    assertTrue(ambiguous.json().getString("detail").contains("2"), ambiguous::toString);
    Api.Reply ru = Api.post("checker", "articles/" + article + "/claims", Api.json(Map.of("exact", "the port",
        "reason", "?")), "Accept-Language", "ru");
    assertEquals("Цитата неоднозначна", ru.json().getString("title"));

    Api.Reply withContext = Claims.flag("checker", article, "the port", "Yet ", "'s own data", "Which port?");
    assertEquals(201, withContext.status(), withContext::toString);
    assertEquals(4, withContext.json().getJsonObject("selectors").getJsonObject("position").getInt("block"));

    Api.Reply missing = Claims.flag("checker", article, "no such sentence", null, null, "x");
    assertEquals(422, missing.status());
    assertEquals("quoteNotFound", missing.json().getString("code"));
  }

  @Test
  void aClaimReviewNamesItsRatingInTheArticlesLanguage() {
    long article = Claims.inFactCheck("מעבורות הנמל", "he", "לפי רשות הנמל, המעבורות הסיעו 3.2 מיליון נוסעים ב-2025.");
    long claim = Claims.flagged(article, "3.2 מיליון נוסעים");
    long source = Claims.source("https://harbour.example/he/" + System.nanoTime(), "דוח הנמל");
    assertEquals(201, Claims.cite(claim, source, "SUPPORTS", "עמ' 4").status());
    assertEquals(200, Claims.resolve(claim, "MOSTLY_TRUE", "המספר קרוב").status());
    JsonObject review = Api.get("editor", "claims/" + claim + "/claimreview").json();
    assertEquals("he", review.getString("inLanguage"));
    assertEquals("נכון ברובו", review.getJsonObject("reviewRating").getString("alternateName"));
    assertEquals(4, review.getJsonObject("reviewRating").getInt("ratingValue"));
  }

  @Test
  void aCitationIsCorrectedOrRemovedUnderTheClaimsEtagAndTheAuditKeepsWhatItSaid() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.flagged(article, "ticket prices rose by 18%");
    long other = Claims.flagged(article, "one sailing in five left late");
    long source = Claims.source("https://harbour.example/fares/" + System.nanoTime(), "Fare tables");
    assertEquals(201, Claims.cite(claim, source, "SUPPORTS", "p. 1").status());
    assertEquals(201, Claims.cite(other, source, "CONTEXT", "p. 2").status());
    long citation = Claims.claim(claim).getJsonArray("citations").getJsonObject(0).getJsonNumber("id").longValue();
    long othersCitation =
        Claims.claim(other).getJsonArray("citations").getJsonObject(0).getJsonNumber("id").longValue();
    String path = "claims/" + claim + "/citations/" + citation;
    String etag = Api.get("checker", "claims/" + claim).etag();
    String correction = Api.json(Map.of("stance", "REFUTES", "locator", "table 3, p. 7"));

    assertEquals(428, Api.put("checker", path, correction).status());
    assertEquals(403, Api.put("translator", path, correction, "If-Match", etag).status());
    Api.Reply badStance = Api.put("checker", path, Api.json(Map.of("stance", "MAYBE")), "If-Match", etag);
    assertEquals(400, badStance.status(), badStance::toString);
    assertEquals(404, Api.put("checker", "claims/" + claim + "/citations/" + othersCitation, correction,
        "If-Match", etag).status(), "a citation of another claim");

    Api.Reply corrected = Api.put("checker", path, correction, "If-Match", etag);
    assertEquals(200, corrected.status(), corrected::toString);
    assertNotEquals(etag, corrected.etag(), "the claim moved on");
    JsonObject cited = corrected.json().getJsonArray("citations").getJsonObject(0);
    assertEquals("REFUTES", cited.getString("stance"));
    assertEquals("table 3, p. 7", cited.getString("locator"));
    Api.Reply stale = Api.put("checker", path, Api.json(Map.of("stance", "CONTEXT")), "If-Match", etag);
    assertEquals(412, stale.status(), stale::toString);
    assertEquals("REFUTES", Claims.claim(claim).getJsonArray("citations").getJsonObject(0).getString("stance"));

    Api.Reply removed = Api.delete("checker", path, "If-Match", corrected.etag());
    assertEquals(200, removed.status(), removed::toString);
    assertEquals(0, removed.json().getJsonArray("citations").size());
    assertEquals(1, Claims.claim(other).getJsonArray("citations").size(), "other claims keep theirs");
    assertEquals(404, Api.delete("checker", path, "If-Match", removed.etag()).status());

    List<JsonObject> events = Api.get("editor", "articles/" + article + "/audit?size=200").json()
        .getJsonArray("items").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("action").startsWith("claim.citation.")).toList();
    assertEquals(List.of("claim.citation.changed", "claim.citation.removed"),
        events.stream().map(e -> e.getString("action")).sorted().toList(), events::toString);
    JsonObject change = events.stream().filter(e -> e.getString("action").endsWith("changed")).findFirst().orElseThrow();
    assertTrue(change.toString().contains("SUPPORTS") && change.toString().contains("table 3, p. 7"), change::toString);
    JsonObject removal = events.stream().filter(e -> e.getString("action").endsWith("removed")).findFirst().orElseThrow();
    assertTrue(removal.toString().contains("REFUTES"), removal::toString);
  }

  @Test
  void badInputIsAProblemWithFieldErrors() {
    long article = Claims.columnInFactCheck();
    Api.Reply noReason = Claims.flag("checker", article, "ticket prices", null, null, " ");
    assertEquals(400, noReason.status(), noReason::toString);
    assertTrue(noReason.isProblem());
    assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    long claim = Claims.flagged(article, "ticket prices rose by 18%");
    Api.Reply badVerdict = Claims.resolve(claim, "PANTS_ON_FIRE", "no");
    assertEquals(400, badVerdict.status(), badVerdict::toString);
    assertEquals("verdict", badVerdict.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Reply badStance = Claims.cite(claim, 1, "MAYBE", "x");
    assertEquals(400, badStance.status());
    Api.Reply unknownSource = Claims.cite(claim, 987654321L, "SUPPORTS", "x");
    assertEquals(422, unknownSource.status(), unknownSource::toString);
    Api.Reply badUrl = Api.post("checker", "sources", Api.json(Map.of("url", "javascript:alert(1)", "title", "x")));
    assertEquals(400, badUrl.status(), badUrl::toString);
    assertEquals("webUrl", badUrl.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    Api.Reply notJson = Api.send("checker", "POST", "articles/" + article + "/claims", "application/json",
        Api.bytes("{\"exact\": "), new String[0]);
    assertEquals(400, notJson.status());
    assertTrue(notJson.isProblem());

    Api.Reply noIfMatch = Api.post("checker", "claims/" + claim + "/start", null);
    assertEquals(428, noIfMatch.status(), noIfMatch::toString);
    Api.Reply stale = Api.post("checker", "claims/" + claim + "/start", null, "If-Match", "\"999\"");
    assertEquals(412, stale.status(), stale::toString);
    Api.Reply staleResolution = Api.post("checker", "claims/" + claim + "/resolution",
        Api.json(Map.of("verdict", "TRUE", "rationale", "x")), "If-Match", "\"999\"");
    assertEquals(412, staleResolution.status(), staleResolution::toString);
    assertResolved(Claims.resolve(claim, "TRUE", "ok"));
    Api.Reply twice = Claims.resolve(claim, "FALSE", "again");
    assertEquals(409, twice.status(), twice::toString);
    Api.Reply reopened = Api.post("checker", "claims/" + claim + "/reopening", Api.json(Map.of("reason",
        "New figures")), "If-Match", Api.get("checker", "claims/" + claim).etag());
    assertEquals(200, reopened.status(), reopened::toString);
    assertEquals("FLAGGED", reopened.json().getString("status"));
  }

  @Test
  void onlyAssignedFactCheckersFlagAndTranslatorsRead() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.flagged(article, "ticket prices rose by 18%");
    Api.Reply editorFlags = Claims.flag("editor", article, "14 vessels", null, null, "Count them");
    assertEquals(403, editorFlags.status(), "flagging is a fact-checker's act (issue 17): " + editorFlags);
    assertEquals(201, Claims.flag("checker", article, "14 vessels", null, null, "Count them").status());

    assertEquals(200, Api.get("translator", "articles/" + article + "/claims").status());
    assertEquals(200, Api.get("translator", "claims/" + claim).status());
    Api.Reply translatorFlags = Claims.flag("translator", article, "14 vessels", null, null, "x");
    assertEquals(403, translatorFlags.status(), translatorFlags::toString);
    Api.Reply translatorResolves = Api.post("translator", "claims/" + claim + "/resolution",
        Api.json(Map.of("verdict", "TRUE", "rationale", "x")));
    assertEquals(403, translatorResolves.status());
    assertEquals(201, Api.post("translator", "claims/" + claim + "/comments", Api.json(Map.of("body",
        "Is 18% the Azerbaijani figure too?"))).status());
    assertEquals(1, Api.get("checker", "claims/" + claim + "/comments").json().getJsonArray("items").size());

    // A fact-checker not on the article does not see it at all.
    long other = Claims.draft(Claims.COLUMN);
    assertEquals(404, Api.get("checker", "articles/" + other + "/claims").status());
    assertEquals(404, Claims.flag("checker", other, "14 vessels", null, null, "x").status());
    String otherChecker = Api.account("FACT_CHECKER");
    assertEquals(201, Articles.assign(other, otherChecker, "FACT_CHECKER", null).status());
    long editorsClaim = Articles.id(Claims.flag(otherChecker, other, "14 vessels", null, null, "x").json());
    assertEquals(404, Api.get("checker", "claims/" + editorsClaim).status());
    assertEquals(404, Api.post("checker", "claims/" + editorsClaim + "/resolution",
        Api.json(Map.of("verdict", "TRUE", "rationale", "x"))).status(), "a claim of an unseen article is not there");
    assertEquals(404, Api.post("checker", "claims/" + editorsClaim + "/start", null, "If-Match", "\"1\"").status());

    // Flagging a claim does not let a fact-checker rewrite the text.
    Api.Reply rewrite = Api.post("checker", "articles/" + article + "/revisions", Api.json(Map.of("text", "Rewritten.")),
        "If-Match", Api.get("checker", "articles/" + article).etag());
    assertEquals(403, rewrite.status(), rewrite::toString);
    assertEquals(403, Api.post("translator", "sources", Api.json(Map.of("url", "https://x.example/", "title", "x")))
        .status());
  }

  @Test
  void suggestionsAreRankedAndCanBeAcceptedOrDismissed() {
    long article = Claims.columnInFactCheck();
    Api.Reply r = Api.get("checker", "articles/" + article + "/suggestions");
    assertEquals(200, r.status(), r::toString);
    JsonArray suggestions = r.array();
    assertTrue(suggestions.size() >= 3, r::toString);
    List<String> texts = suggestions.stream().map(v -> v.asJsonObject().getString("text")).toList();
    assertTrue(texts.contains(Claims.COLUMN.get(0)), texts::toString);
    assertFalse(texts.contains(Claims.COLUMN.get(2)), "opinion is not suggested");
    double top = suggestions.getJsonObject(0).getJsonNumber("score").doubleValue();
    assertTrue(suggestions.stream().allMatch(v -> v.asJsonObject().getJsonNumber("score").doubleValue() <= top));

    String accept = suggestions.getJsonObject(0).getString("id");
    String dismiss = suggestions.getJsonObject(1).getString("id");
    Api.Reply accepted = Api.post("checker", "articles/" + article + "/suggestions/" + accept + "/acceptance", "{}");
    assertEquals(201, accepted.status(), accepted::toString);
    assertEquals("FLAGGED", accepted.json().getString("status"));
    assertAnswersAsRead(accepted);
    Api.Reply again = Api.post("checker", "articles/" + article + "/suggestions/" + accept + "/acceptance", "{}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("alreadyClaimed", again.json().getString("code"));
    assertEquals(204, Api.post("checker", "articles/" + article + "/suggestions/" + dismiss + "/dismissal", null)
        .status());
    List<String> ids = Api.get("checker", "articles/" + article + "/suggestions").array().stream()
        .map(v -> v.asJsonObject().getString("id")).toList();
    assertFalse(ids.contains(accept));
    assertFalse(ids.contains(dismiss));
    assertEquals(403, Api.post("translator", "articles/" + article + "/suggestions/" + accept + "/dismissal", null)
        .status());
    assertEquals(404, Api.post("checker", "articles/" + article + "/suggestions/" + "0".repeat(64) + "/dismissal", null)
        .status());
  }

  @Test
  void evidenceIsStoredByHashAndNeverServedAsActiveContent() throws Exception {
    long source = Claims.source("https://harbour.example/annual-report", "Annual report");
    byte[] pdf = "%PDF-1.4\n% ferry report\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Api.Reply up = Api.send("checker", "POST", "sources/" + source + "/snapshots?name=report.pdf",
        "application/octet-stream", pdf);
    assertEquals(201, up.status(), up::toString);
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
    assertEquals(sha, up.json().getString("sha256"));
    assertEquals("application/pdf", up.json().getString("mediaType"));
    Api.Reply down = Api.get("translator", up.json().getString("href"));
    assertEquals(200, down.status());
    assertEquals("application/pdf", down.header("Content-Type"));
    assertTrue(down.header("Content-Disposition").startsWith("attachment"));
    assertEquals("nosniff", down.header("X-Content-Type-Options"));

    byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Api.Reply page = Api.send("checker", "POST", "sources/" + source + "/snapshots", "text/html", html);
    assertEquals(201, page.status(), page::toString);
    Api.Reply served = Api.get("checker", page.json().getString("href"));
    assertEquals("application/octet-stream", served.header("Content-Type"));
    assertEquals("nosniff", served.header("X-Content-Type-Options"));
    assertEquals(2, Api.get("checker", "sources/" + source + "/snapshots").array().size());

    Api.Reply exe = Api.send("checker", "POST", "sources/" + source + "/snapshots", "application/pdf",
        new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
    assertEquals(415, exe.status(), exe::toString);
    assertTrue(exe.isProblem());
    byte[] big = new byte[3 * 1024 * 1024];
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    assertEquals(201, Api.send("checker", "POST", "sources/" + source + "/snapshots", "application/pdf", big).status(),
        "uploads may exceed the 2 MiB JSON limit");
    assertEquals(403, Api.send("translator", "POST", "sources/" + source + "/snapshots", "application/pdf", pdf)
        .status());
    JsonObject found = Api.get("translator", "sources?q=annual").json();
    assertTrue(found.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue()
        == source));
  }

  @Test
  void flaggingAnswersWithTheClaimAndEtagThatTheNextReadReturns() {
    long article = Claims.columnInFactCheck();
    Api.Reply flagged = Claims.flag("checker", article, "ticket prices rose by 18%", null, null, "Check the decree");
    assertEquals(201, flagged.status(), flagged::toString);
    assertAnswersAsRead(flagged);
    assertEquals(List.of(), flagged.json().getJsonArray("citations"));
    Api.Reply second = Claims.flag("checker", article, "14 vessels", null, null, "Count them");
    assertEquals(201, second.status(), second::toString);
    assertAnswersAsRead(second);
  }

  /** The answer to a write is the claim as a read right after it shows it: same body, same ETag. */
  private static void assertAnswersAsRead(Api.Reply answer) {
    Api.Reply read = Api.get("checker", "claims/" + answer.json().getJsonNumber("id").longValue());
    assertEquals(200, read.status(), read::toString);
    assertEquals(read.etag(), answer.etag());
    assertEquals(read.json(), answer.json());
  }

  private static void assertResolved(Api.Reply r) {
    assertEquals(200, r.status(), r::toString);
    assertEquals("RESOLVED", r.json().getString("status"));
  }

  /** Blocking claims by id, with their reasons, from a 409 of the fact-check guard. */
  private static Map<Long, String> reasons(Api.Reply blocked) {
    assertEquals(409, blocked.status(), blocked::toString);
    return blocked.json().getJsonArray("reasons").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals("guard.claimOpen"))
        .collect(Collectors.toMap(o -> o.getJsonObject("details").getJsonNumber("claim").longValue(),
            o -> o.getJsonObject("details").getString("reason")));
  }


  /**
   * Issue 14, finding 5: ClaimReview JSON-LD carried a raw {@code </script><script>} from the claim,
   * the headline and citation names, which breaks out of the {@code <script type="application/ld+json">}
   * publishers embed it in. Now <, > and & are escaped as \\u003c, \\u003e, \\u0026: the JSON means
   * the same, and no markup survives.
   */
  @Test
  void claimReviewJsonLdCanBeEmbeddedInAScriptElement() {
    String attack = "</script><script>alert(1)</script> & more";
    long article = Claims.inFactCheck("Headline " + attack, "en", "The mayor said " + attack + " on Monday.");
    long claim = Claims.flagged(article, attack);
    long source = Claims.source("https://harbour.example/x/" + System.nanoTime(), "Report " + attack);
    assertEquals(201, Claims.cite(claim, source, "SUPPORTS", "p. 1").status());
    assertEquals(200, Claims.resolve(claim, "FALSE", "Never said " + attack).status());
    for (String path : List.of("claims/" + claim + "/claimreview", "articles/" + article + "/claimreview")) {
      Api.Reply ld = Api.get("editor", path);
      assertEquals(200, ld.status(), ld::toString);
      assertFalse(ld.body().contains("<") || ld.body().contains(">") || ld.body().contains("&"), ld.body());
      assertTrue(ld.body().contains("\\u003c/script\\u003e"), ld.body());
      JsonObject review = path.startsWith("claims") ? ld.json() : ld.array().getJsonObject(0);
      assertEquals(attack, review.getString("claimReviewed"), "the same text once parsed");
      assertTrue(review.getJsonObject("itemReviewed").getJsonObject("appearance").getString("headline").contains(attack));
      assertEquals("Report " + attack, review.getJsonArray("citation").getJsonObject(0).getString("name"));
    }
  }

  /**
   * Issue 14, finding 9: the formula guard looked only at a cell's first character, so x;=1+1 went
   * out unquoted, and a spreadsheet that splits on ; evaluates =1+1. Cells with any separator are
   * quoted, and a formula after a separator is neutralised too.
   */
  @Test
  void csvNeutralisesFormulasAfterSeparatorsToo() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.flagged(article, "ticket prices rose by 18%");
    long source = Claims.source("https://harbour.example/csv/" + System.nanoTime(), "x\t@SUM(A1)");
    assertEquals(201, Claims.cite(claim, source, "SUPPORTS", "x;=1+1").status());
    String csv = Api.get("editor", "articles/" + article + "/claims/export.csv").body();
    String row = List.of(csv.split("\r\n")).stream().filter(l -> l.startsWith(claim + ",")).findFirst().orElseThrow();
    assertTrue(row.endsWith(",\"x;'=1+1\""), row);
    assertTrue(row.contains(",\"x\t'@SUM(A1)\","), row);
  }

  /** Issue 14, finding 8: an upload refused after it was stored (here for its name) left its file behind. */
  @Test
  void aRefusedUploadLeavesNoFile() throws Exception {
    long source = Claims.source("https://harbour.example/refused/" + System.nanoTime(), "Refused upload");
    byte[] pdf = ("%PDF-1.4\n% refused " + System.nanoTime() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
    java.nio.file.Path evidence = java.nio.file.Path.of(System.getenv("FACTDESK_DATA_DIR"), "evidence");
    for (String name : List.of("%07bell.pdf", "report%E2%80%AEfdp.exe")) {
      Api.Reply r = Api.send("checker", "POST", "sources/" + source + "/snapshots?name=" + name, "application/pdf", pdf);
      assertEquals(400, r.status(), r::toString);
      assertFalse(java.nio.file.Files.exists(evidence.resolve(sha)), "no file for a refused upload");
    }
    try (var files = java.nio.file.Files.list(evidence)) {
      assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".part")).toList(),
          "no temporary file either");
    }
    assertEquals(0, Api.get("checker", "sources/" + source + "/snapshots").array().size());
    Api.Reply ok = Api.send("checker", "POST", "sources/" + source + "/snapshots?name=report.pdf", "application/pdf", pdf);
    assertEquals(201, ok.status(), ok::toString);
    assertTrue(java.nio.file.Files.exists(evidence.resolve(sha)), "an accepted upload is kept");
  }
}
