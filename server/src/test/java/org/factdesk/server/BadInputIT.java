package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad requests get a clear problem+json, never a 500, and never change what is stored. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static long articleCount() {
    return Api.get("editor", "articles?size=1").json().getJsonNumber("total").longValue();
  }

  private static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), () -> "problem+json expected: " + r.header("Content-Type") + " " + r.body());
    JsonObject p = r.json();
    assertEquals(status, p.getInt("status"));
    assertEquals(code, p.getString("code"), r::toString);
    assertTrue(p.getString("type").endsWith("/" + code));
    assertTrue(p.getString("title").length() > 0);
    assertTrue(p.getString("detail").length() > 0);
    assertTrue(!r.body().contains("at org.") && !r.body().contains("Exception"), "no stack trace: " + r.body());
  }

  @Test
  void malformedJsonIs400AndCreatesNothing() {
    long before = articleCount();
    assertProblem(Api.post("editor", "articles", "{\"title\": \"x\", "), 400, "badJson");
    assertProblem(Api.post("editor", "articles", "[1,2]"), 400, "badJson");
    assertProblem(Api.post("editor", "articles", ""), 400, "emptyBody");
    assertProblem(Api.post("editor", "articles", "{\"title\": 5, \"language\": {\"a\": 1}}"), 400, "badJson");
    assertEquals(before, articleCount());
  }

  @Test
  void missingFieldsNameTheField() {
    Api.Reply r = Api.post("editor", "articles", "{\"language\":\"en\",\"text\":\"Body.\\n\\nMore.\"}");
    assertProblem(r, 400, "validation");
    assertEquals("title", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertProblem(Api.post("editor", "articles", "{\"title\":\"T\",\"text\":\"x\"}"), 400, "validation");
  }

  @Test
  void invalidLanguageTagIs400() {
    long before = articleCount();
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", "T", "language", "english", "text", "x")));
    assertProblem(r, 400, "invalidLanguageTag");
    assertTrue(r.json().getString("detail").contains("english"));
    assertProblem(Api.post("editor", "articles", Api.json(Map.of("title", "T", "language", "en_US", "text", "x"))),
        400, "invalidLanguageTag");
    assertProblem(Api.get("editor", "languages/xx-!!"), 400, "invalidLanguageTag");
    assertEquals(before, articleCount());
  }

  @Test
  void unknownStateIs400AndChangesNothing() {
    long id = Articles.id(Articles.draft("Unknown state"));
    String etag = Api.get("editor", "articles/" + id).etag();
    Api.Reply r = Api.post("editor", "articles/" + id + "/transitions", "{\"to\":\"PUBLISHED\"}", "If-Match", etag);
    assertProblem(r, 400, "validation");
    assertEquals(etag, Api.get("editor", "articles/" + id).etag());
  }

  @Test
  void staleIfMatchIs412AndChangesNothing() {
    long id = Articles.id(Articles.draft("Stale"));
    Api.Reply r = Api.post("editor", "articles/" + id + "/transitions", "{\"to\":\"WITHDRAWN\"}", "If-Match", "\"999\"");
    assertProblem(r, 412, "stale");
    assertEquals("DRAFT", Api.get("editor", "articles/" + id).json().getString("state"));
  }

  @Test
  void oversizedBodyIs413() {
    String huge = "{\"title\":\"T\",\"language\":\"en\",\"text\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}";
    long before = articleCount();
    assertProblem(Api.post("editor", "articles", huge), 413, "payloadTooLarge");
    assertEquals(before, articleCount());
  }

  @Test
  void invalidUtf8Is400() {
    byte[] prefix = "{\"title\":\"Bad ".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\",\"language\":\"en\",\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 2 + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xC3;
    body[prefix.length + 1] = (byte) 0x28;
    System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
    long before = articleCount();
    Api.Reply r = Api.send("editor", "POST", "articles", "application/json", body);
    assertProblem(r, 400, "invalidText");
    assertEquals(before, articleCount());
    assertProblem(Api.send("editor", "POST", "articles/import?language=en", "text/plain",
        new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xFF}), 400, "invalidText");
  }

  @Test
  void deepNestingIs400() {
    String deep = "{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertProblem(Api.post("editor", "articles", deep), 400, "tooDeep");
  }

  @Test
  void wrongTypesAndUnknownValuesAre400() {
    assertProblem(Api.post("editor", "articles", "{\"title\":\"T\",\"language\":\"en\",\"priority\":\"SOON\"}"), 400,
        "validation");
    assertProblem(Api.post("editor", "articles", "{\"title\":\"T\",\"language\":\"en\",\"deadline\":\"tomorrow\"}"), 400,
        "validation");
    long id = Articles.id(Articles.draft("Assign"));
    assertProblem(Api.post("editor", "articles/" + id + "/assignments", "{\"user\":\"checker\",\"role\":\"BOSS\"}"),
        400, "validation");
    assertProblem(Api.get("editor", "articles?size=100000"), 400, "validation");
  }

  @Test
  void unknownAddressesMethodsAndMediaTypesAreProblems() {
    assertProblem(Api.get("editor", "nothing-here"), 404, "noSuchResource");
    assertProblem(Api.get("editor", "articles/999999999"), 404, "notFound");
    assertProblem(Api.get("editor", "articles/abc"), 404, "noSuchResource");
    assertProblem(Api.delete("editor", "articles"), 405, "methodNotAllowed");
    assertProblem(Api.send("editor", "POST", "articles", "application/xml", Api.bytes("<a/>")), 415,
        "unsupportedMediaType");
  }

  @Test
  void problemsSpeakTheCallersLanguage() {
    Api.Reply he = Api.send("editor", "GET", "articles/999999999", null, null, "Accept-Language", "he-IL,he;q=0.9");
    assertEquals(404, he.status());
    assertEquals("לא נמצא", he.json().getString("title"));
    assertEquals("he", he.header("Content-Language"));
    Api.Reply az = Api.send("editor", "GET", "articles/999999999", null, null, "Accept-Language", "az");
    assertEquals("Tapılmadı", az.json().getString("title"));
    Api.Reply fr = Api.send("editor", "GET", "articles/999999999", null, null, "Accept-Language", "fr-FR");
    assertEquals("Not found", fr.json().getString("title"));
  }

  // ---- issue 14: one strict JSON reader ----

  private static String article(String titleJson) {
    return "{\"title\":" + titleJson + ",\"language\":\"en\",\"text\":\"Body.\"}";
  }

  /** Finding 4: {...} xyz was accepted (201). */
  @Test
  void trailingDataAfterTheBodyIs400() {
    long before = articleCount();
    for (String trailing : List.of(" xyz", " {}", "]", ",", " \"x\"", "\u0000")) {
      Api.Reply r = Api.post("editor", "articles", article("\"Trailing\"") + trailing);
      assertProblem(r, 400, "badJson");
    }
    assertEquals(before, articleCount());
  }

  @Test
  void duplicateKeysAre400NamingTheKey() {
    long before = articleCount();
    Api.Reply r = Api.post("editor", "articles", "{\"title\":\"A\",\"language\":\"en\",\"title\":\"B\",\"text\":\"x\"}");
    assertProblem(r, 400, "badJson");
    assertEquals("title", field(r));
    Api.Reply nested = Api.post("editor", "articles", "{\"title\":\"A\",\"language\":\"en\","
        + "\"blocks\":[{\"kind\":\"PARAGRAPH\",\"text\":\"a\",\"text\":\"b\"}]}");
    assertProblem(nested, 400, "badJson");
    assertEquals("blocks[0].text", field(nested));
    assertEquals(before, articleCount());
  }

  /** Finding 4: "title": 123 was stored as "123". */
  @Test
  void numbersAreNotStringsAndStringsAreNotNumbers() {
    long before = articleCount();
    for (String value : List.of("123", "true", "1.5", "[\"T\"]", "{\"a\":\"T\"}")) {
      Api.Reply r = Api.post("editor", "articles", article(value));
      assertProblem(r, 400, "badJson");
      assertEquals("title", field(r), value);
    }
    assertEquals(before, articleCount());
    long id = Articles.id(Articles.draft("Typed comment"));
    Api.Reply r = Api.post("editor", "articles/" + id + "/comments", "{\"body\":\"Note\",\"revision\":\"1\"}");
    assertProblem(r, 400, "badJson");
    assertEquals("revision", field(r));
  }

  /**
   * Finding 4: a source id of 2^64+6 cited source 6, 1.5 cited source 1, 1e400 became 0 and 2^63
   * became -2^63. Integer fields take integers in their range, nothing else.
   */
  @Test
  void idsThatOverflowOrAreNotWholeNumbersAre400NamingTheField() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.flagged(article, "ticket prices rose by 18%");
    long source = Claims.source("https://ids.example/" + System.nanoTime(), "Ids");
    String etag = Api.get("checker", "claims/" + claim).etag();
    for (String id : List.of(String.valueOf(java.math.BigInteger.TWO.pow(64).add(java.math.BigInteger.valueOf(source))),
        "1.5", source + ".0", "1e400", "9223372036854775808", "-9223372036854775809", "\"" + source + "\"", "1e-400")) {
      Api.Reply r = Api.post("checker", "claims/" + claim + "/citations",
          "{\"source\":" + id + ",\"stance\":\"SUPPORTS\"}");
      assertProblem(r, 400, "badJson");
      assertEquals("source", field(r), id);
    }
    assertEquals(etag, Api.get("checker", "claims/" + claim).etag(), "nothing cited");
    assertEquals(0, Claims.claim(claim).getJsonArray("citations").size());
    assertEquals(201, Api.post("checker", "claims/" + claim + "/citations",
        "{\"source\":" + source + ",\"stance\":\"SUPPORTS\"}").status(), "a plain id still works");
  }

  // ---- issue 14: the text policy ----

  /**
   * Finding 6: bidi overrides (U+202A-U+202E), C1 controls and DEL were stored in titles, display
   * names and comments. Refused with the field and the code point position named.
   */
  @Test
  void bidiOverridesAndC1ControlsAre400NamingFieldAndPosition() {
    long before = articleCount();
    Api.Reply title = Api.post("editor", "articles", Api.json(Map.of("title", "Invoice \u202Efdp.exe",
        "language", "en", "text", "Body.")));
    assertProblem(title, 400, "invalidText");
    assertEquals("title", field(title));
    assertTrue(title.body().contains("U+202E"), title::toString);
    assertEquals(8, title.json().getJsonArray("errors").getJsonObject(0).getInt("position"), title::toString);
    for (String bad : List.of("a\u0085b", "a\u009Bb", "a\u007Fb", "a\u202Ab", "a\u202Db", "😀\u0080")) {
      Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", "T", "language", "en", "text", bad)));
      assertProblem(r, 400, "invalidText");
    }
    assertEquals(before, articleCount());

    long id = Articles.id(Articles.draft("Comment controls"));
    Api.Reply comment = Api.post("editor", "articles/" + id + "/comments", Api.json(Map.of("body", "ok\u009B31m")));
    assertProblem(comment, 400, "invalidText");
    assertEquals("body", field(comment));
    assertEquals(2, comment.json().getJsonArray("errors").getJsonObject(0).getInt("position"));
    String user = "bidi" + System.nanoTime() % 1_000_000;
    Api.Reply name = Api.post("admin", "users", Api.json(Map.of("username", user, "password", "long enough password",
        "displayName", "Ana\u202E", "roles", List.of("EDITOR"))));
    assertProblem(name, 400, "invalidText");
    assertEquals("displayName", field(name));
    assertEquals(404, Api.get("admin", "users/" + user).status(), "nobody created");
  }

  /** RTL text needs isolates, LRM/RLM/ALM and ZWJ/ZWNJ: they stay allowed, with emoji. */
  @Test
  void isolatesMarksAndJoinersStayAllowed() {
    String title = "\u05D3\u05D5\"\u05D7 \u2067\u0627\u0644\u062A\u0642\u0631\u064A\u0631\u2069 \u200F2026\u200E "
        + "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u061C \uD83D\uDC69\u200D\uD83D\uDCBB";
    Api.Reply r = Api.post("editor", "articles", Api.json(Map.of("title", title, "language", "he", "text",
        "\u05E9\u05DC\u05D5\u05DD\n\n\u2066abc\u2069\tdone")));
    assertEquals(201, r.status(), r::toString);
    assertEquals(title, r.json().getString("title"));
  }

  /** User names pass UTS #39 and cannot read like an existing one ("adrnin" beside "admin"). */
  @Test
  void userNamesThatReadLikeAnotherAreRefused() {
    Api.Reply r = Api.post("admin", "users", Api.json(Map.of("username", "adrnin", "password", "long enough password",
        "roles", List.of("EDITOR"))));
    assertProblem(r, 409, "userConfusable");
    assertTrue(r.json().getString("detail").contains("admin"), r::toString);
    assertEquals(404, Api.get("admin", "users/adrnin").status(), "nobody created");
  }

  /** OWASP ASVS 2.1.1-2.1.4: 12 to 128 code points, any Unicode, spaces kept. */
  @Test
  void passwordsAreTwelveToOneHundredTwentyEightCharacters() {
    String base = "pwlen" + System.nanoTime() % 1_000_000;
    java.util.function.BiFunction<String, String, Api.Reply> create = (name, password) -> Api.post("admin", "users",
        Api.json(Map.of("username", name, "password", password, "roles", List.of("EDITOR"))));
    Api.Reply eleven = create.apply(base + "a", "elevenchars");
    assertProblem(eleven, 400, "validation");
    assertEquals("tooShort", eleven.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    Api.Reply tooLong = create.apply(base + "b", "x".repeat(129));
    assertEquals("tooLong", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("code"), tooLong::toString);
    String emoji = "\uD83D\uDD11".repeat(12);
    for (String[] ok : new String[][] {{base + "c", "y".repeat(128)}, {base + "d", emoji}, {base + "e", "  spaces   count  "}}) {
      assertEquals(201, create.apply(ok[0], ok[1]).status(), ok[1]);
      assertEquals(200, Api.sendAs(ok[0], ok[1], "GET", "me", null, null).status(), "logs in with it, untruncated");
    }
    assertEquals(401, Api.sendAs(base + "c", "y".repeat(127), "GET", "me", null, null).status());
  }

  private static String field(Api.Reply r) {
    return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
