package org.factdesk.server.reliability;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
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

/** The harnesses' HTTP client: HTTP/1.1 (the JDK's h2c upgrade hangs on Liberty's 304), demo passwords. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  final String root;

  Http(int port) {
    this.root = "http://127.0.0.1:" + port;
  }

  /** A response; status 0 means no answer at all (connection refused or reset, timeout). */
  record Reply(int status, Map<String, List<String>> headers, String body, String failure) {
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

    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonObject json() {
      return (JsonObject) parse(body);
    }

    JsonArray array() {
      return (JsonArray) parse(body);
    }

    @Override
    public String toString() {
      return status == 0 ? "no answer (" + failure + ")" : status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }
  }

  static JsonStructure parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  Reply get(String user, String path, String... headers) {
    return send(user, "GET", path, null, null, headers);
  }

  Reply post(String user, String path, String json, String... headers) {
    return send(user, "POST", path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers);
  }

  Reply put(String user, String path, String json, String... headers) {
    return send(user, "PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** {@code path} is relative to /api/ unless it starts with a slash. */
  Reply send(String user, String method, String path, String contentType, byte[] body, String... headers) {
    String url = root + (path.startsWith("/") ? path : "/api/" + path);
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(url));
    } catch (IllegalArgumentException e) {
      return new Reply(-1, Map.of(), "", "unsendable URI: " + e.getMessage());
    }
    b.timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    try {
      for (int i = 0; i + 1 < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
    } catch (IllegalArgumentException e) {
      return new Reply(-1, Map.of(), "", "unsendable header: " + e.getMessage());
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().map(), r.body(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(0, Map.of(), "", "interrupted");
    } catch (Exception e) {
      return new Reply(0, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** JSON text of a map (strings, numbers, booleans, lists of strings), so nothing is hand-escaped. */
  static String json(Map<String, ?> values) {
    var b = Json.createObjectBuilder();
    values.forEach((k, v) -> {
      if (v instanceof Number n) {
        b.add(k, n.longValue());
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
}
