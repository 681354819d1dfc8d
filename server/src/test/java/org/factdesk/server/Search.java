package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

/** Fixtures for the search tests: articles in any language, queries, and waiting for the index. */
final class Search {
  private static final Random RANDOM = new Random();

  private Search() {}

  /** A made-up word no other test writes, so a test's hits are its own. */
  static String word() {
    StringBuilder sb = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      sb.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return sb.toString();
  }

  /** A draft by the editor in {@code language}; its id. */
  static long article(String language, String title, String text) {
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", title + " "
        + UUID.randomUUID().toString().substring(0, 6), "language", language, "text", text)));
    assertEquals(201, r.status(), r::toString);
    return Articles.id(r.json());
  }

  /** A search; while a fresh deployment is still opening its index (503), asks again for up to 60 s. */
  static Api.Reply query(String user, String params) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    Api.Reply r = Api.get(user, "search?" + params);
    while (r.status() == 503 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      r = Api.get(user, "search?" + params);
    }
    return r;
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The ids of the hits of {@code type}. */
  static List<Long> ids(JsonObject result, String type) {
    return result.getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(h -> h.getString("type").equals(type)).map(h -> h.getJsonNumber("id").longValue()).toList();
  }

  /** Asks until the answer satisfies {@code done} (the index follows the database within a poll), at most 10 s. */
  static JsonObject until(String user, String params, Predicate<JsonObject> done) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      Api.Reply r = query(user, params);
      assertEquals(200, r.status(), r::toString);
      if (done.test(r.json()) || System.nanoTime() > deadline) {
        return r.json();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return r.json();
      }
    }
  }

  /** Waits until the article is found by {@code text} (as the editor), then returns the answer. */
  static JsonObject found(String text, long article) {
    return until("editor", q(text) + "&type=article", r -> ids(r, "article").contains(article));
  }
}
