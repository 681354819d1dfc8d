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
      // The request timeout ends when the headers arrive: an event stream (GET /api/events) would hold the
      // body open for ever, so its answer is its status and headers, and the connection is closed.
      HttpResponse<java.io.InputStream> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (java.io.InputStream in = r.body()) {
        boolean stream = r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
        String text = stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Reply(r.statusCode(), r.headers().map(), text, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(0, Map.of(), "", "interrupted");
    } catch (Exception e) {
      return new Reply(0, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * One request written by hand on a socket, for what the JDK client will not send (a Content-Length
   * of its own choosing). The answer is read until the server closes or 10 s pass; status 0 if none came.
   */
  Reply raw(String user, String method, String path, String contentType, String contentLength, byte[] body) {
    URI uri = URI.create(root);
    StringBuilder head = new StringBuilder(method + " " + (path.startsWith("/") ? path : "/api/" + path) + " HTTP/1.1\r\n")
        .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
        .append("Connection: close\r\n");
    if (user != null) {
      head.append("Authorization: Basic ")
          .append(Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).append("\r\n");
    }
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("Content-Length: ").append(contentLength).append("\r\n\r\n");
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        socket.getOutputStream().write(body);
      }
      socket.getOutputStream().flush();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(answer);
      } catch (java.net.SocketTimeoutException e) {
        if (answer.size() == 0) {
          return new Reply(0, Map.of(), "", "no answer within 10 s to Content-Length " + contentLength);
        }
      }
      return parseRaw(answer.toByteArray());
    } catch (java.io.IOException e) {
      return new Reply(0, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Reply parseRaw(byte[] answer) {
    String text = new String(answer, StandardCharsets.ISO_8859_1); // headers are ISO-8859-1, one char per byte
    int end = text.indexOf("\r\n\r\n");
    String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
    String[] status = lines[0].split(" ");
    if (status.length < 2 || !status[1].matches("\\d{3}")) {
      return new Reply(0, Map.of(), text, "not HTTP: " + lines[0]);
    }
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new java.util.ArrayList<>())
            .add(lines[i].substring(colon + 1).strip());
      }
    }
    byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
    boolean chunked = headers.entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
        && h.getValue().get(0).equalsIgnoreCase("chunked"));
    return new Reply(Integer.parseInt(status[1]), headers,
        new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8), null);
  }

  private static byte[] unchunk(byte[] chunked) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String text = new String(chunked, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < text.length()) {
      int eol = text.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(text.substring(at, eol).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
      at = eol + 2 + size + 2;
    }
    return out.toByteArray();
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
