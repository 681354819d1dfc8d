package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Helpers for the notification tests: a person's notifications on one article, waited for. */
final class Notifications {
  private Notifications() {}

  /** The user's notifications on this article, newest first. */
  static List<JsonObject> on(String user, long article) {
    Api.Reply r = Api.get(user, "me/notifications?size=200");
    assertTrue(r.status() == 200, r::toString);
    return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(n -> n.getJsonNumber("article").longValue() == article).toList();
  }

  /** Waits (at most 20 s) until the user's notifications on the article satisfy the condition. */
  static List<JsonObject> await(String user, long article, Predicate<List<JsonObject>> done) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      List<JsonObject> now = on(user, article);
      if (done.test(now)) {
        return now;
      }
      assertTrue(System.nanoTime() < until, () -> "still not there after 20 s: " + now);
      Thread.sleep(100);
    }
  }

  static Predicate<List<JsonObject>> has(String type) {
    return list -> list.stream().anyMatch(n -> n.getString("type").equals(type));
  }

  static long count(List<JsonObject> list, String type) {
    return list.stream().filter(n -> n.getString("type").equals(type)).count();
  }
}
