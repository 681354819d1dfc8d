package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fixtures for the fact-check tests: an opinion column of our own, staffed and in FACT_CHECK, and its claims. */
final class Claims {
  private Claims() {}

  /** An opinion column on a city's ferries; block 5 has an emoji so code point offsets differ from UTF-16. */
  static final List<String> COLUMN = List.of(
      "The harbour authority says the new ferry fleet carried 3.2 million passengers in 2025, a record for the port.",
      "According to the transport ministry, ticket prices rose by 18% over the same period.",
      "I think commuters have been patient long enough.",
      "\"We have never been more punctual,\" the authority's director told reporters in October.",
      "Yet the port's own data show that one sailing in five left late.",
      "The fleet 🚢 is the largest in the region, with 14 vessels.",
      "It is time the city stopped treating the ferries as a postcard and started treating them as a service.");

  static String text(List<String> blocks) {
    return String.join("\n\n", blocks);
  }

  /** The column by the editor, staffed (reviewer, checker, translator into az) and moved to FACT_CHECK. */
  static long columnInFactCheck() {
    return columnInFactCheck(COLUMN);
  }

  /** As {@link #columnInFactCheck()}, with these blocks. */
  static long columnInFactCheck(List<String> blocks) {
    long id = draft(blocks);
    assertEquals(201, Articles.assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(id, "checker", "FACT_CHECKER", null).status());
    assertEquals(201, Articles.assign(id, "translator", "TRANSLATOR", "az").status());
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", id, "FACT_CHECK").status());
    return id;
  }

  /** An article of the editor's in this language, with the demo reviewer and checker, moved to FACT_CHECK. */
  static long inFactCheck(String title, String language, String text) {
    Api.Reply created = Api.post("editor", "articles", Api.json(Map.of("title", title + " "
        + UUID.randomUUID().toString().substring(0, 6), "language", language, "text", text)));
    assertEquals(201, created.status(), created::toString);
    long article = Articles.id(created.json());
    assertEquals(201, Articles.assign(article, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
    assertEquals(200, Articles.transition("editor", article, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", article, "FACT_CHECK").status());
    return article;
  }

  static long draft(List<String> blocks) {
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", "Opinion: the ferries deserve better "
        + UUID.randomUUID().toString().substring(0, 8), "language", "en", "text", text(blocks))));
    assertEquals(201, r.status(), r::toString);
    return Articles.id(r.json());
  }

  static Api.Reply flag(String user, long article, String exact, String prefix, String suffix, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("exact", exact);
    if (prefix != null) body.put("prefix", prefix);
    if (suffix != null) body.put("suffix", suffix);
    body.put("reason", reason);
    return Api.post(user, "articles/" + article + "/claims", Api.json(body));
  }

  /** Flags and returns the claim id, failing the test on anything but 201. */
  static long flagged(long article, String exact) {
    Api.Reply r = flag("checker", article, exact, null, null, "Check this figure");
    assertEquals(201, r.status(), r::toString);
    return r.json().getJsonNumber("id").longValue();
  }

  /** Flags the quote and cites a new source for it (supports, p. 4); the claim's id. */
  static long cited(long article, String exact) {
    long claim = flagged(article, exact);
    Api.Reply r = cite(claim, source("https://harbour.example/report-" + UUID.randomUUID(), "Annual report"),
        "SUPPORTS", "p. 4");
    assertEquals(201, r.status(), r::toString);
    return claim;
  }

  static long source(String url, String title) {
    Api.Reply r = Api.post("checker", "sources", Api.json(Map.of("url", url, "title", title, "publisher", "Harbour Authority")));
    assertEquals(true, r.status() == 201 || r.status() == 200, r::toString);
    return r.json().getJsonNumber("id").longValue();
  }

  static Api.Reply cite(long claim, long source, String stance, String locator) {
    return Api.post("checker", "claims/" + claim + "/citations",
        Api.json(Map.of("source", source, "stance", stance, "locator", locator)));
  }

  static Api.Reply resolve(long claim, String verdict, String rationale) {
    return Api.post("checker", "claims/" + claim + "/resolution", Api.json(Map.of("verdict", verdict,
        "rationale", rationale)));
  }

  static JsonObject claim(long claim) {
    Api.Reply r = Api.get("checker", "claims/" + claim);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  /** A new revision by the editor (If-Match from a fresh read). */
  static Api.Reply revise(long article, List<String> blocks) {
    String etag = Api.get("editor", "articles/" + article).etag();
    return Api.post("editor", "articles/" + article + "/revisions", Api.json(Map.of("text", text(blocks),
        "note", "edit")), "If-Match", etag);
  }
}
