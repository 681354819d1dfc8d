package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Standard Webhooks deliveries to a receiver inside the test (issue 20). */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  /** One request the receiver got. */
  record Received(String id, String timestamp, String signature, String body) {
    JsonObject json() {
      try (var r = Json.createReader(new StringReader(body))) {
        return r.readObject();
      }
    }
  }

  @Test
  void registrationIsForAdminsNamesUnknownTypesAndShowsTheSecretOnce() {
    String body = Api.json(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("article.approved")));
    assertEquals(403, Api.post("editor", "webhooks", body).status());
    Api.Reply unknown = Api.post("admin", "webhooks", Api.json(Map.of("url", "http://127.0.0.1:9/hook",
        "events", List.of("article.approved", "article.exploded"))));
    assertEquals(400, unknown.status(), unknown::toString);
    assertTrue(unknown.body().contains("article.exploded"), unknown::toString);
    assertEquals(400, Api.post("admin", "webhooks", Api.json(Map.of("url", "file:///etc/passwd",
        "events", List.of("article.approved")))).status());
    Api.Reply made = Api.post("admin", "webhooks", body);
    assertEquals(201, made.status(), made::toString);
    String secret = made.json().getString("secret");
    assertTrue(secret.startsWith("whsec_"), secret);
    assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
    Api.Reply again = Api.get("admin", made.header("Location"));
    assertEquals(200, again.status());
    assertTrue(absent(again.json(), "secret"), again::toString);
    assertEquals(204, Api.delete("admin", made.header("Location")).status());
    assertEquals(false, Api.get("admin", made.header("Location")).json().getBoolean("active"));
  }

  @Test
  void aReceiverThatFailsFirstGetsTheSameSignedEventAgain() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      var h = exchange.getRequestHeaders();
      received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"),
          h.getFirst("webhook-signature"), requestBody));
      exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
      exchange.close();
    });
    receiver.start();
    String location = null;
    try {
      Api.Reply made = Api.post("admin", "webhooks", Api.json(Map.of("url",
          "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "events", List.of("assignment.created"))));
      assertEquals(201, made.status(), made::toString);
      location = made.header("Location");
      String secret = made.json().getString("secret");

      long article = Articles.id(Articles.draft("Hooked"));
      assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
      assertEquals(200, Articles.transition("editor", article, "WITHDRAWN").status(), "not subscribed: not sent");
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received.size() < 2 && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      assertEquals(2, received.size(), received::toString);
      Received first = received.get(0);
      Received second = received.get(1);
      assertEquals(first.id(), second.id(), "a retry carries the same webhook-id");
      assertEquals(first.body(), second.body(), "and the same body");
      for (Received r : received) {
        assertEquals(sign(secret, r.id(), r.timestamp(), r.body()), r.signature(), "a valid Standard Webhooks signature");
        assertTrue(Math.abs(Long.parseLong(r.timestamp()) - System.currentTimeMillis() / 1000) < 60);
      }
      JsonObject event = first.json();
      assertEquals("assignment.created", event.getString("type"));
      assertEquals(article, event.getJsonObject("data").getJsonNumber("article").longValue());
      assertEquals(1, event.getJsonObject("data").getInt("revision"));
      assertEquals(first.id(), event.getJsonObject("data").getString("id"));

      Thread.sleep(1_500);
      assertEquals(2, received.size(), "delivered, so not sent again; the withdrawal was not subscribed to");
      JsonArray log = Api.get("admin", location + "/deliveries").array();
      assertEquals(1, log.size(), log::toString);
      JsonObject delivery = log.getJsonObject(0);
      assertEquals("DELIVERED", delivery.getString("state"));
      assertEquals(503, delivery.getJsonArray("log").getJsonObject(0).getInt("status"));
      assertEquals(204, delivery.getJsonArray("log").getJsonObject(1).getInt("status"));
      assertEquals(403, Api.get("editor", location + "/deliveries").status());
      assertTrue(absent(Api.get("admin", location).json(), "failingSince"), "healthy again after the success");
    } finally {
      if (location != null) {
        Api.delete("admin", location);
      }
      receiver.stop(0);
    }
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  /** Standard Webhooks, computed here independently of the server's code. */
  private static String sign(String secret, String id, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    return "v1," + Base64.getEncoder().encodeToString(
        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }
}
