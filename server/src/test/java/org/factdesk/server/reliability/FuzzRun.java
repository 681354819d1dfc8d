package org.factdesk.server.reliability;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bad input at volume: requests derived from the server's own OpenAPI document, for every operation,
 * as every demo role and anonymously. Each request is sent alone, and the database is snapshotted
 * (row counts and a checksum of every table but the login throttle's and the security log's) after it: an answer of 4xx must
 * leave the snapshot as it was, an accepted one (2xx) becomes the new baseline. No answer may be a
 * 5xx, and every error answer must be application/problem+json in the documented shape.
 */
final class FuzzRun {
  static final List<String> ROLES = java.util.Arrays.asList("admin", "editor", "reviewer", "checker", "translator", null);
  private static final List<String> NASTY = List.of(
      "' OR '1'='1", "'; DROP TABLE article; --", "1; SELECT pg_sleep(0)", "\" OR \"\"=\"", "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd",
      "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "\u0000", "\u202e\u2066evil", "\ud83d\ude80", "\uFEFF", "",
      " ", "null", "NaN", "-0", "١٢٣", "𝟙𝟚𝟛",
      // issue 14: C1 controls, DEL and bidi embeddings/overrides, which the text policy refuses
      "Invoice \u202Efdp.exe", "next\u0085line", "csi\u009B31m", "del\u007F", "a\u202Ab\u202Cc", "\u0080");
  private static final List<String> BAD_TAGS = List.of("", "x", "english", "en_US", "zz-ZZ-ZZ-ZZ-ZZ", "123", "en--US",
      "i-klingon-xx-yy", "a".repeat(300), "he-Latn-IL-x-" + "q".repeat(70), "../en", "ar\u0000");
  private static final List<String> NUMBERS = List.of("0", "-1", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1.5", "1e-400", "0x10", "00012",
      "99999999999999999999999999999",
      // issue 14: ids that wrapped or were truncated (2^64+6, 2^40, 1e400) and integral-looking fractions
      "18446744073709551622", "1099511627776", "4294967296", "1e400", "-1e400", "1.0", "2E1");
  /** Declared lengths no body matches (issue 14): each must be answered at once, never waited on. */
  private static final List<String> ABSURD_LENGTHS = List.of("99999999999999999999", "18446744073709551616",
      "9".repeat(40), "9000000000000000000", "-1", "abc", "1e3", "0x10");
  private static final List<String> IF_MATCH = List.of("*", "\"0\"", "\"-1\"", "\"abc\"", "W/\"1\"", "1", "\"1\", \"2\"",
      "\"99999999999999999999\"", "\"\"", "\"" + "9".repeat(500) + "\"", "\"1");

  private final Reliability.Setup setup;
  private final Tally tally = new Tally();
  private final Map<String, List<String>> ids = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  /** The bad inputs issue 14 added, and how many of each this run sent. */
  private static final List<String> ISSUE_14_KINDS = List.of("trailing data", "duplicate key", "control U+",
      "Content-Length ");
  private final Map<String, Integer> issue14 = new TreeMap<>();
  private Set<String> problemFields;
  private int transportRejections;
  private JsonObject schemas;

  FuzzRun(Reliability.Setup setup) {
    this.setup = setup;
  }

  record Operation(String method, String path, List<JsonObject> params, List<String> contentTypes, JsonObject bodySchema) {
    String key() {
      return method + " " + path;
    }
  }

  record Request(Operation op, String user, String method, String path, Map<String, String> headers, String contentType,
      byte[] body, String mutation, String contentLength) {
    String describe() {
      String b = body == null ? "" : " body " + (body.length > 200 ? body.length + " bytes" : new String(body, StandardCharsets.UTF_8));
      String length = contentLength == null ? "" : " Content-Length " + contentLength;
      return method + " " + path + " as " + user + " (" + mutation + ") headers " + headers + length + b;
    }
  }

  void run(List<String> out) throws Exception {
    // FD_REL_EXISTING=<database name> fuzzes a server already running on the first port (for debugging).
    String existing = System.getenv("FD_REL_EXISTING");
    Database db = existing != null ? new Database(setup.pgServer(), existing) : new Database(setup.pgServer(), "fd_rel_fuzz_" + ProcessHandle.current().pid()).create();
    Liberty server = setup.instance(0, db.url);
    try {
      if (existing == null) {
        server.create();
        server.start();
      }
      fixtures(server.http);
      List<Operation> operations = operations(server.http);
      int total = setup.quick() ? 1200 : 12000;
      Random random = new Random(setup.seed());
      Map<String, String> baseline = data(db);
      long t0 = System.nanoTime();
      int accepted = 0;
      for (int i = 0; i < total; i++) {
        Operation op = operations.get(i % operations.size());
        String user = ROLES.get((i / operations.size()) % ROLES.size());
        Request request = mutate(op, user, random);
        Http.Reply reply = request.contentLength() != null
            ? server.http.raw(request.user(), request.method(), request.path(), request.contentType(), request.contentLength(),
                request.body())
            : server.http.send(request.user(), request.method(), request.path(), request.contentType(), request.body(),
                flatten(request.headers()));
        tally.add(op.key(), reply.status());
        for (String kind : ISSUE_14_KINDS) {
          if (request.mutation().contains(kind)) {
            issue14.merge(kind.strip(), 1, Integer::sum);
          }
        }
        check(request, reply);
        Map<String, String> after = data(db);
        if (reply.ok()) {
          accepted++;
          baseline = after;
        } else if (!after.equals(baseline)) {
          failures.add("rejected request changed " + Database.changed(baseline, after) + ": " + request.describe() + " → " + reply);
          baseline = after;
        }
        if ((i + 1) % 1000 == 0) {
          Log.info("%d requests sent, %d accepted, %d failures so far", i + 1, accepted, failures.size());
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      printSummary(operations.size(), total, accepted, seconds);
      out.addAll(failures.stream().limit(80).toList());
      if (failures.size() > 80) {
        out.add((failures.size() - 80) + " more failures");
      }
    } finally {
      if (existing == null) {
        MultiInstanceRun.stopQuietly(server);
        db.drop();
      } else {
        db.close();
      }
    }
  }

  /**
   * The snapshot of everything but {@code login_failure}: the throttle's count of failed password
   * checks is bookkeeping of attempts, not data. A refused request may rightly change it (a wrong
   * current password in PUT /api/me/password is counted; a good login clears the count, whatever
   * the resource then answers). Nor {@code security_event}: recording refused requests and failed
   * logins is its job (issue 18). Nor the delivery of notifications (issue 20): workers on their own
   * threads turn an accepted request's outbox event into in-app notifications, webhook calls and mail
   * seconds later, and retry failing webhooks, while the next request is already being judged. The
   * events themselves ({@code outbox_event}, written in the request's transaction) stay in the snapshot,
   * and of a webhook what requests set (not its failure marks and the version they bump).
   */
  private static Map<String, String> data(Database db) throws java.sql.SQLException {
    Map<String, String> snapshot = db.snapshot();
    snapshot.remove("login_failure");
    snapshot.remove("security_event");
    for (String delivery : List.of("outbox_dispatch", "notification", "webhook_delivery", "webhook_attempt",
        "mail_message")) {
      snapshot.remove(delivery);
    }
    snapshot.put("webhook", db.rows("SELECT id, url, event_types, created_by, active FROM webhook ORDER BY id").toString());
    return snapshot;
  }

  private void printSummary(int operations, int total, int accepted, double seconds) {
    Map<Integer, Long> byStatus = new TreeMap<>();
    for (int s = 0; s < 600; s++) {
      int status = s;
      long n = tally.where(x -> x == status);
      if (n > 0) {
        byStatus.put(s, n);
      }
    }
    Log.info("fuzz: %d requests over %d operations × %d roles in %.0f s (%.0f/s, snapshot after each); %d accepted;"
        + " by status %s; refused by Liberty's HTTP transport (text/html 400): %d; issue 14's inputs sent: %s;"
        + " failures: %d", total, operations, ROLES.size(), seconds, total / seconds, accepted, byStatus,
        transportRejections, issue14, failures.size());
  }

  private static String[] flatten(Map<String, String> headers) {
    List<String> flat = new ArrayList<>();
    headers.forEach((k, v) -> {
      flat.add(k);
      flat.add(v);
    });
    return flat.toArray(String[]::new);
  }

  /** Articles in several states, claims, a source, translation tasks: ids for the path parameters to hit. */
  private void fixtures(Http h) {
    for (int i = 0; i < 3; i++) {
      long article = MultiInstanceRun.staffedDraft(h, "Fuzz target " + i, i == 0 ? "az" : null);
      ids.computeIfAbsent("articles", k -> new ArrayList<>()).add(String.valueOf(article));
      for (String quote : List.of("carries 40,000 cars a day", "rose by 15% last year")) {
        Http.Reply c = h.post("checker", "articles/" + article + "/claims", Http.json(Map.of("exact", quote, "reason", "check")));
        if (c.status() == 201) {
          ids.computeIfAbsent("claims", k -> new ArrayList<>()).add(c.json().getJsonNumber("id").toString());
        }
      }
      for (JsonValue t : h.get("editor", "articles/" + article + "/translations").array()) {
        ids.computeIfAbsent("translations", k -> new ArrayList<>()).add(t.asJsonObject().getJsonNumber("id").toString());
      }
      for (JsonValue a : h.get("editor", "articles/" + article + "/assignments").array()) {
        ids.computeIfAbsent("assignmentId", k -> new ArrayList<>()).add(a.asJsonObject().getJsonNumber("id").toString());
      }
    }
    Http.Reply s = h.post("checker", "sources", Http.json(Map.of("url", "https://example.org/fuzz", "title", "Fuzz source",
        "publisher", "Agency")));
    ids.put("sources", List.of(s.json().getJsonNumber("id").toString()));
    ids.put("username", List.of("admin", "editor", "reviewer", "checker", "translator"));
    ids.put("tag", List.of("en", "az-Latn", "he", "ar", "ru"));
    Log.info("fixtures: %s", ids);
  }

  private List<Operation> operations(Http h) {
    Http.Reply doc = h.get(null, "/openapi?format=JSON", "Accept", "application/json");
    if (doc.status() != 200) {
      throw new IllegalStateException("no OpenAPI document: " + doc);
    }
    JsonObject api = doc.json();
    schemas = api.getJsonObject("components").getJsonObject("schemas");
    problemFields = schemas.getJsonObject("Problem").getJsonObject("properties").keySet();
    List<Operation> ops = new ArrayList<>();
    api.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, o) -> {
      JsonObject operation = o.asJsonObject();
      List<JsonObject> params = operation.containsKey("parameters")
          ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
      List<String> types = new ArrayList<>();
      JsonObject bodySchema = null;
      if (operation.containsKey("requestBody")) {
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        types.addAll(content.keySet());
        JsonObject json = content.getJsonObject("application/json");
        if (json != null && json.containsKey("schema")) {
          bodySchema = resolve(json.getJsonObject("schema"));
        }
      }
      ops.add(new Operation(method.toUpperCase(), path, params, types, bodySchema));
    }));
    Log.info("OpenAPI: %d operations on %d paths", ops.size(), api.getJsonObject("paths").size());
    return ops;
  }

  private JsonObject resolve(JsonObject schema) {
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  // ---- request generation ----

  private Request mutate(Operation op, String user, Random r) {
    Map<String, String> headers = new LinkedHashMap<>();
    StringBuilder mutation = new StringBuilder();
    String path = op.path();
    List<String> query = new ArrayList<>();
    // One part of the request is attacked at a time; the rest stays plausible.
    int target = r.nextInt(op.bodySchema() != null || !op.contentTypes().isEmpty() ? 4 : 3);
    for (JsonObject p : op.params()) {
      String name = p.getString("name");
      String in = p.getString("in");
      String type = p.containsKey("schema") ? p.getJsonObject("schema").getString("type", "string") : "string";
      boolean attack = target == 0 && in.equals("path") || target == 1 && in.equals("query") || target == 2 && in.equals("header");
      String value = attack ? badValue(name, type, r, mutation) : goodValue(op.path(), name, type, r);
      if (value == null) {
        continue;
      }
      switch (in) {
        case "path" -> path = path.replace("{" + name + "}", encodePath(value));
        case "query" -> query.add(encodeQuery(name) + "=" + encodeQuery(value));
        case "header" -> headers.put(name, value);
        default -> { }
      }
    }
    if (target == 2 && r.nextInt(3) == 0) {
      headers.put("Accept-Language", r.nextBoolean() ? "xx-YY;q=abc, *;q=2" : "ar,he;q=0.9,az-Cyrl;q=0.8,ru");
      mutation.append("Accept-Language ");
    }
    String contentType = op.contentTypes().isEmpty() ? null : op.contentTypes().get(r.nextInt(op.contentTypes().size()));
    byte[] body = null;
    if (!op.contentTypes().isEmpty() || op.method().equals("POST") || op.method().equals("PUT")) {
      if (target == 3) {
        body = badBody(op, contentType, r, mutation);
        if (r.nextInt(10) == 0) {
          contentType = List.of("application/xml", "text/plain; charset=ISO-8859-1", "application/json; charset=UTF-16",
              "multipart/form-data; boundary=x", "application/x-www-form-urlencoded").get(r.nextInt(5));
          mutation.append("content-type ").append(contentType).append(' ');
        }
      } else {
        body = goodBody(op, contentType, r);
      }
    }
    if (contentType != null && contentType.equals("*/*")) {
      contentType = "application/octet-stream";
    }
    if (mutation.isEmpty()) {
      mutation.append("plausible");
    }
    String full = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    String contentLength = null;
    if (target == 3 && body != null && r.nextInt(12) == 0) {
      contentLength = ABSURD_LENGTHS.get(r.nextInt(ABSURD_LENGTHS.size()));
      mutation.append("Content-Length ").append(contentLength.length() > 24 ? contentLength.length() + " digits" : contentLength);
    }
    return new Request(op, user, op.method(), full, headers, contentType, body, mutation.toString().trim(), contentLength);
  }

  private String goodValue(String path, String name, String type, Random r) {
    if (name.equals("If-Match")) {
      return r.nextInt(4) == 0 ? null : "\"" + (1 + r.nextInt(4)) + "\"";
    }
    List<String> known = switch (name) {
      case "id" -> ids.get(path.startsWith("/api/claims") ? "claims" : path.startsWith("/api/translations") ? "translations"
          : path.startsWith("/api/sources") ? "sources" : "articles");
      case "assignmentId", "username", "tag" -> ids.get(name);
      case "language", "lang" -> ids.get("tag");
      case "state" -> List.of("DRAFT", "IN_REVIEW", "APPROVED");
      case "role" -> List.of("EDITOR", "ADMIN", "TRANSLATOR");
      default -> null;
    };
    if (known != null && !known.isEmpty()) {
      return known.get(r.nextInt(known.size()));
    }
    return switch (type) {
      case "integer" -> String.valueOf(1 + r.nextInt(3));
      case "boolean" -> String.valueOf(r.nextBoolean());
      default -> name.toLowerCase().contains("due") ? "2099-01-01" : r.nextInt(3) == 0 ? null : "bridge";
    };
  }

  private String badValue(String name, String type, Random r, StringBuilder mutation) {
    String value = switch (r.nextInt(5)) {
      case 0 -> NUMBERS.get(r.nextInt(NUMBERS.size()));
      case 1 -> NASTY.get(r.nextInt(NASTY.size()));
      case 2 -> BAD_TAGS.get(r.nextInt(BAD_TAGS.size()));
      case 3 -> name.equals("If-Match") ? IF_MATCH.get(r.nextInt(IF_MATCH.size())) : "x".repeat(1 + r.nextInt(3000));
      default -> type.equals("integer") ? "true" : "NOT_A_" + name.toUpperCase();
    };
    if (name.equals("If-Match") && r.nextBoolean()) {
      value = IF_MATCH.get(r.nextInt(IF_MATCH.size()));
    }
    if (name.equals("If-Match") || name.equals("Accept-Language")) {
      // Header values cannot carry control characters at all; the client would refuse to send them.
      value = value.replaceAll("[^\\x20-\\x7e]", "?");
    }
    mutation.append(name).append('=').append(value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value)
        .append(' ');
    return value;
  }

  private byte[] goodBody(Operation op, String contentType, Random r) {
    if (op.bodySchema() == null) {
      return contentType == null ? null : "Plain text body.\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8);
    }
    return plausible(op.bodySchema(), r, 0).toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonValue plausible(JsonObject schema, Random r, int depth) {
    schema = resolve(schema);
    String type = schema.getString("type", "object");
    switch (type) {
      case "integer", "number":
        return jakarta.json.Json.createValue(1 + r.nextInt(3));
      case "boolean":
        return r.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case "array":
        var arr = jakarta.json.Json.createArrayBuilder();
        if (depth < 3) {
          for (int i = 0; i < 1 + r.nextInt(2); i++) {
            arr.add(plausible(schema.getJsonObject("items"), r, depth + 1));
          }
        }
        return arr.build();
      case "object":
        var obj = jakarta.json.Json.createObjectBuilder();
        if (schema.containsKey("properties") && depth < 3) {
          schema.getJsonObject("properties").forEach((k, v) -> obj.add(k, plausibleField(k, v.asJsonObject(), r, depth)));
        }
        return obj.build();
      default:
        return jakarta.json.Json.createValue("Fuzz text " + r.nextInt(1000));
    }
  }

  private JsonValue plausibleField(String name, JsonObject schema, Random r, int depth) {
    String value = switch (name) {
      case "language" -> "az";
      case "to" -> List.of("IN_REVIEW", "DRAFT", "WITHDRAWN").get(r.nextInt(3));
      case "role" -> List.of("REVIEWER", "FACT_CHECKER", "TRANSLATOR").get(r.nextInt(3));
      case "user" -> List.of("reviewer", "checker", "translator").get(r.nextInt(3));
      case "verdict" -> "TRUE";
      case "stance" -> "SUPPORTS";
      case "priority" -> "HIGH";
      case "due", "deadline" -> "2099-01-01";
      case "url" -> "https://example.org/fuzz/" + r.nextInt(1000);
      case "exact" -> "rose by 15% last year";
      default -> null;
    };
    return value != null ? jakarta.json.Json.createValue(value) : plausible(schema, r, depth + 1);
  }

  private byte[] badBody(Operation op, String contentType, Random r, StringBuilder mutation) {
    int kind = op.bodySchema() == null ? r.nextInt(6) : r.nextInt(17);
    String plausible = op.bodySchema() == null ? "Plain text." : plausible(op.bodySchema(), r, 0).toString();
    JsonObject base = op.bodySchema() == null ? null : (JsonObject) Http.parse(plausible);
    List<String> fields = base == null ? List.of() : new ArrayList<>(base.keySet());
    String field = fields.isEmpty() ? "x" : fields.get(r.nextInt(fields.size()));
    String what;
    byte[] body;
    switch (kind) {
      case 0 -> {
        what = "1 MB string";
        body = (base == null ? "x".repeat(1 << 20) : with(base, field, jakarta.json.Json.createValue("ä".repeat(1 << 19)))).toString()
            .getBytes(StandardCharsets.UTF_8);
      }
      case 1 -> {
        what = "invalid UTF-8";
        body = invalidUtf8(plausible, r);
      }
      case 2 -> {
        int depth = r.nextBoolean() ? 40 : 5000;
        what = "nested " + depth;
        body = ("{\"" + field + "\":" + "[".repeat(depth) + "1" + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> {
        what = "empty body";
        body = new byte[0];
      }
      case 4 -> {
        what = "garbage";
        body = new byte[1 + r.nextInt(300)];
        r.nextBytes(body);
      }
      case 5 -> {
        what = "truncated";
        body = plausible.substring(0, Math.max(1, plausible.length() / 2)).getBytes(StandardCharsets.UTF_8);
      }
      case 6 -> {
        what = "wrong type for " + field;
        JsonValue v = List.<JsonValue>of(jakarta.json.Json.createValue(12345), JsonValue.TRUE, JsonValue.NULL,
            jakarta.json.Json.createArrayBuilder().add("a").build(), jakarta.json.Json.createObjectBuilder().add("a", 1).build(),
            jakarta.json.Json.createValue("text"), jakarta.json.Json.createValue(1.5e300)).get(r.nextInt(7));
        body = with(base, field, v).toString().getBytes(StandardCharsets.UTF_8);
      }
      case 7 -> {
        what = "missing " + field;
        var b = jakarta.json.Json.createObjectBuilder(base);
        b.remove(field);
        body = b.build().toString().getBytes(StandardCharsets.UTF_8);
      }
      case 8 -> {
        what = "all fields missing";
        body = "{}".getBytes(StandardCharsets.UTF_8);
      }
      case 9 -> {
        what = "extra fields";
        body = jakarta.json.Json.createObjectBuilder(base).add("id", 1).add("state", "APPROVED").add("version", 0)
            .add("author", "admin").add("__proto__", jakarta.json.Json.createObjectBuilder().add("admin", true)).build().toString()
            .getBytes(StandardCharsets.UTF_8);
      }
      case 10 -> {
        String n = NUMBERS.get(r.nextInt(NUMBERS.size()));
        what = "number " + n + " in " + field;
        body = plausible.replaceFirst("\"" + java.util.regex.Pattern.quote(field) + "\":(\"[^\"]*\"|[^,}\\]]+)",
            "\"" + field + "\":" + (n.matches("-?[0-9.e-]+") ? n : "\"" + n + "\"")).getBytes(StandardCharsets.UTF_8);
      }
      case 11 -> {
        String v = r.nextBoolean() ? NASTY.get(r.nextInt(NASTY.size())) : BAD_TAGS.get(r.nextInt(BAD_TAGS.size()));
        what = "injection/tag in " + field;
        body = with(base, field, jakarta.json.Json.createValue(v)).toString().getBytes(StandardCharsets.UTF_8);
      }
      case 12 -> {
        what = "unknown enum in " + field;
        body = with(base, field, jakarta.json.Json.createValue(List.of("NOT_A_VALUE", "draft", "DRAFT ", "APPROVED\u0000",
            "ARCHIVED", "0", "").get(r.nextInt(7)))).toString().getBytes(StandardCharsets.UTF_8);
      }
      case 13 -> {
        what = "array instead of object";
        body = ("[" + plausible + "]").getBytes(StandardCharsets.UTF_8);
      }
      case 14 -> {
        String trailing = List.of(" xyz", " {}", "]", ",", " " + plausible, "\u0000", " null").get(r.nextInt(7));
        what = "trailing data " + trailing.strip();
        body = (plausible + trailing).getBytes(StandardCharsets.UTF_8);
      }
      case 15 -> {
        what = "duplicate key " + field;
        String again = "\"" + field + "\":" + base.get(field) + ",";
        body = plausible.replaceFirst("^\\{", java.util.regex.Matcher.quoteReplacement("{" + again))
            .getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        String control = List.of("\u202E", "\u0085", "\u009B", "\u007F", "\u202A", "\u202D").get(r.nextInt(6));
        what = "control U+" + String.format("%04X", (int) control.charAt(0)) + " in every text field";
        var b = jakarta.json.Json.createObjectBuilder(base);
        base.forEach((k, v) -> {
          if (v.getValueType() == JsonValue.ValueType.STRING) {
            b.add(k, ((jakarta.json.JsonString) v).getString() + control + "x");
          }
        });
        body = b.build().toString().getBytes(StandardCharsets.UTF_8);
      }
    }
    mutation.append(what).append(' ');
    return body;
  }

  private static JsonObject with(JsonObject base, String field, JsonValue value) {
    return jakarta.json.Json.createObjectBuilder(base).add(field, value).build();
  }

  private static byte[] invalidUtf8(String text, Random r) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88,
        (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}};
    int at = text.lastIndexOf('"') > 0 ? text.lastIndexOf('"') : utf8.length / 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(utf8, 0, Math.min(at, utf8.length));
    out.writeBytes(bad[r.nextInt(bad.length)]);
    out.write(utf8, Math.min(at, utf8.length), utf8.length - Math.min(at, utf8.length));
    return out.toByteArray();
  }

  private static String encodePath(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String encodeQuery(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // ---- checks ----

  private void check(Request request, Http.Reply reply) {
    if (reply.status() == -1) {
      return; // the client itself refused the URI; nothing was sent
    }
    if (reply.status() == 0) {
      failures.add("no answer: " + request.describe() + " → " + reply);
      return;
    }
    if (reply.status() >= 500) {
      failures.add(reply.status() + ": " + request.describe() + " → " + reply);
      return;
    }
    if (reply.status() < 400) {
      return;
    }
    if (reply.status() == 400 && reply.body().contains("CWWWC0005I")) {
      // Liberty's HTTP transport refuses a percent-encoded NUL (or a path climbing above the root)
      // before any application code runs: counted and reported, not an application failure.
      transportRejections++;
      return;
    }
    if (!reply.isProblem()) {
      failures.add("error without problem+json: " + request.describe() + " → " + reply.status() + " "
          + reply.header("Content-Type") + " " + reply);
      return;
    }
    try {
      JsonObject p = reply.json();
      for (String required : List.of("type", "title", "status", "detail", "code")) {
        if (!p.containsKey(required)) {
          failures.add("problem without " + required + ": " + request.describe() + " → " + reply);
        }
      }
      if (p.containsKey("status") && p.getInt("status") != reply.status()) {
        failures.add("problem status " + p.getInt("status") + " on a " + reply.status() + ": " + request.describe());
      }
      for (String k : p.keySet()) {
        if (!problemFields.contains(k)) {
          failures.add("undocumented problem field " + k + ": " + request.describe());
        }
      }
    } catch (RuntimeException e) {
      failures.add("problem body is not a JSON object: " + request.describe() + " → " + reply);
    }
  }
}
