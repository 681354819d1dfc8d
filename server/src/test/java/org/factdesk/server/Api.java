package org.factdesk.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the tests: every call names the demo user it acts as (password "demo"). */
final class Api {
  static final String ROOT = "http://localhost:" + System.getProperty("factdesk.test.port", "9381");
  static final String BASE = ROOT + "/api/";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private Api() {}

  /** A response with its body read as text, and helpers to read it as JSON. */
  record Reply(int status, Map<String, List<String>> headers, String body) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    JsonArray array() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    String etag() {
      return header("ETag");
    }

    boolean isProblem() {
      String type = header("Content-Type");
      return type != null && type.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  static Reply get(String user, String path, String... headers) {
    return send(user, "GET", path, null, null, headers);
  }

  static Reply post(String user, String path, String json, String... headers) {
    return send(user, "POST", path, "application/json", bytes(json), headers);
  }

  static Reply put(String user, String path, String json, String... headers) {
    return send(user, "PUT", path, "application/json", bytes(json), headers);
  }

  static Reply patch(String user, String path, String json, String... headers) {
    return send(user, "PATCH", path, "application/json", bytes(json), headers);
  }

  static Reply delete(String user, String path, String... headers) {
    return send(user, "DELETE", path, null, null, headers);
  }

  static Reply send(String user, String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (user != null) {
      b.header("Authorization", basic(user, password(user)));
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().map(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  /** A GET whose body is kept as bytes (PDF, ZIP). */
  static HttpResponse<byte[]> bytes(String user, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user, password(user)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  private static final Map<String, String> PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The password the tests use for {@code user}: the demo one, or the one an {@link #account} was made with. */
  static String password(String user) {
    return PASSWORDS.getOrDefault(user, "demo");
  }

  /**
   * A new account with these roles (a translator works into he), made through the admin API; later
   * calls as this user log in with its own password.
   */
  static String account(String... roles) {
    return account(List.of(roles), List.of(roles).contains("TRANSLATOR") ? List.of("he") : List.of());
  }

  /** As {@link #account(String...)}, translating into {@code languages}. */
  static String account(List<String> roles, List<String> languages) {
    String name = "u" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String password = "pw-" + java.util.UUID.randomUUID();
    Map<String, Object> body = new java.util.HashMap<>(Map.of("username", name, "password", password,
        "roles", roles));
    if (!languages.isEmpty()) {
      body.put("languages", languages);
    }
    Reply r = post("admin", "users", json(body));
    if (r.status() != 201) {
      throw new IllegalStateException("could not create an account: " + r);
    }
    PASSWORDS.put(name, password);
    return name;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  /** JSON text from a map, so tests need not hand-escape strings. */
  static String json(Map<String, ?> values) {
    var b = Json.createObjectBuilder();
    values.forEach((k, v) -> {
      if (v == null) {
        b.addNull(k);
      } else if (v instanceof Number n) {
        b.add(k, n.longValue());
      } else if (v instanceof Boolean bool) {
        b.add(k, bool);
      } else if (v instanceof JsonValue jv) {
        b.add(k, jv);
      } else if (v instanceof List<?> list) {
        var arr = Json.createArrayBuilder();
        list.forEach(x -> arr.add(String.valueOf(x)));
        b.add(k, arr);
      } else {
        b.add(k, String.valueOf(v));
      }
    });
    return b.build().toString();
  }

  /** As {@link #send}, for an account whose password is not the demo one. */
  static Reply sendAs(String user, String password, String method, String path, String contentType, byte[] body,
      String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Authorization", basic(user, password));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().map(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  static Reply putXliff(String user, String path, String xml, String... headers) {
    return send(user, "PUT", path, "application/xliff+xml", bytes(xml), headers);
  }
}
