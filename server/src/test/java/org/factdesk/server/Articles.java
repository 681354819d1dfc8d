package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/** Builders for the articles and staffing that tests start from. */
final class Articles {
  private Articles() {}

  static final String TEXT = "The bridge opened in 1998 and carries 40,000 cars a day.\n\n"
      + "Officials said it was the longest in the region.";

  /** A new draft by {@code editor}, with a unique title so tests never collide. */
  static JsonObject draft(String title) {
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of(
        "title", title + " " + UUID.randomUUID().toString().substring(0, 8), "language", "en", "text", TEXT)));
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  static long id(JsonObject article) {
    return article.getJsonNumber("id").longValue();
  }

  static Api.Reply assign(long id, String user, String role, String language) {
    return Api.post("editor", "articles/" + id + "/assignments", Api.json(language == null
        ? Map.of("user", user, "role", role, "due", "2099-01-01")
        : Map.of("user", user, "role", role, "language", language, "due", "2099-01-01")));
  }

  static Api.Reply transition(String user, long id, String to) {
    String etag = Api.get(user, "articles/" + id).etag();
    return Api.post(user, "articles/" + id + "/transitions", Api.json(Map.of("to", to, "comment", "moving on")),
        "If-Match", etag);
  }

  /** A new article moved straight to APPROVED (reviewer and fact-checker assigned, no translation). */
  static long approved(String title) {
    long id = id(draft(title));
    assign(id, "reviewer", "REVIEWER", null);
    assign(id, "checker", "FACT_CHECKER", null);
    assertEquals(200, transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, transition("reviewer", id, "FACT_CHECK").status());
    assertEquals(200, transition("reviewer", id, "APPROVED").status());
    return id;
  }

  /** An article staffed with reviewer, checker and translator (he), still in DRAFT. */
  static long staffed(String title) {
    long id = id(draft(title));
    assertEquals(201, assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, assign(id, "checker", "FACT_CHECKER", null).status());
    assertEquals(201, assign(id, "translator", "TRANSLATOR", "he").status());
    return id;
  }

  /** A draft's Hebrew translation, and the article it belongs to. */
  record Translation(long article, long task) {}

  /** A new draft whose Hebrew translation {@code translator} (an account translating into he) saved and submitted. */
  static Translation submittedBy(String translator) {
    long article = id(draft("Own translation"));
    assertEquals(201, assign(article, translator, "TRANSLATOR", "he").status());
    long task = Api.get("editor", "articles/" + article + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    Api.Reply w = Api.get(translator, "translations/" + task);
    java.util.List<String> blocks = w.json().getJsonArray("blocks").stream()
        .map(b -> "[he] " + b.asJsonObject().getString("source")).toList();
    assertEquals(200, Api.put(translator, "translations/" + task, Api.json(Map.of("title", "[he] title",
        "blocks", blocks)), "If-Match", w.etag()).status());
    assertEquals(200, Api.post(translator, "translations/" + task + "/submit", "").status());
    return new Translation(article, task);
  }

  /**
   * An approved article whose one translation ({@code language}, which the demo translator holds) puts
   * {@code prefix} before each source block, approved with it (issue 19: text in a script with no font).
   */
  static long approvedWithTranslation(String title, String language, String prefix) {
    long id = id(draft(title));
    assertEquals(201, assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, assign(id, "checker", "FACT_CHECKER", null).status());
    assertEquals(201, assign(id, "translator", "TRANSLATOR", language).status());
    assertEquals(200, transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, transition("reviewer", id, "FACT_CHECK").status());
    assertEquals(200, transition("checker", id, "TRANSLATION").status());
    long task = Api.get("editor", "articles/" + id + "/translations").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    Api.Reply w = Api.get("translator", "translations/" + task);
    java.util.List<String> blocks = w.json().getJsonArray("blocks").stream()
        .map(b -> prefix + b.asJsonObject().getString("source")).toList();
    assertEquals(200, Api.put("translator", "translations/" + task, Api.json(Map.of("title", prefix + title,
        "blocks", blocks)), "If-Match", w.etag()).status());
    assertEquals(200, Api.post("translator", "translations/" + task + "/submit", "").status());
    Api.Reply approved = Api.post("editor", "translations/" + task + "/approve", "");
    assertEquals(200, approved.status(), approved::toString);
    Api.Reply moved = transition("reviewer", id, "APPROVED");
    assertEquals(200, moved.status(), "the approval stands: " + moved);
    return id;
  }

  /** The demo translator translates every task of the article, and the editor approves each. */
  static void approveTranslations(long id) {
    for (var v : Api.get("editor", "articles/" + id + "/translations").array()) {
      long task = v.asJsonObject().getJsonNumber("id").longValue();
      String language = v.asJsonObject().getString("language");
      Api.Reply w = Api.get("translator", "translations/" + task);
      assertEquals(200, w.status(), w::toString);
      java.util.List<String> blocks = w.json().getJsonArray("blocks").stream()
          .map(b -> "[" + language + "] " + b.asJsonObject().getString("source"))
          .toList();
      Api.Reply saved = Api.put("translator", "translations/" + task,
          Api.json(Map.of("title", "[" + language + "] title", "blocks", blocks)), "If-Match", w.etag());
      assertEquals(200, saved.status(), saved::toString);
      assertEquals(200, Api.post("translator", "translations/" + task + "/submit", "").status());
      Api.Reply approved = Api.post("editor", "translations/" + task + "/approve", "");
      assertEquals(200, approved.status(), approved::toString);
    }
  }
}
