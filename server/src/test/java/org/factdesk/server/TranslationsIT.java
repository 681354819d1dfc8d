package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.document.XLIFFDocument;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Translation tasks over HTTP: three languages of one article, staleness, the approval guard, XLIFF. */
@ExtendWith(ArquillianExtension.class)
class TranslationsIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  static final List<String> SOURCE = List.of(
      "The port of Baku handled 1.2 million tonnes of cargo in October.",
      "Officials credited the new ferry line across the Caspian Sea.",
      "Critics say the figure counts transit cargo twice.");
  static final String REVISED_B1 = "Officials credited the new ferry line and a faster customs check.";

  /** Title first, then one text per source block. */
  static final Map<String, List<String>> TEXTS = Map.of(
      "he", List.of("נמל באקו שובר שיאים",
          "נמל באקו טיפל ב־1.2 מיליון טונות מטען באוקטובר.",
          "פקידים ייחסו זאת לקו המעבורות החדש בים הכספי.",
          "מבקרים טוענים שהנתון סופר מטען במעבר פעמיים."),
      "ar", List.of("ميناء باكو يحطم الأرقام القياسية",
          "تعامل ميناء باكو مع 1.2 مليون طن من البضائع في أكتوبر.",
          "نسب المسؤولون ذلك إلى خط العبّارات الجديد عبر بحر قزوين.",
          "يقول المنتقدون إن الرقم يحسب بضائع العبور مرتين."),
      "az", List.of("Bakı limanı rekord qırır",
          "Bakı limanı oktyabrda 1,2 milyon ton yük qəbul edib.",
          "Rəsmilər bunu Xəzər dənizindəki yeni bərə xətti ilə izah edir.",
          "Tənqidçilər deyir ki, rəqəm tranzit yükü iki dəfə sayır."));
  static final Map<String, String> UPDATED_B1 = Map.of(
      "he", "פקידים ייחסו זאת לקו המעבורות החדש ולבדיקת מכס מהירה יותר.",
      "ar", "نسب المسؤولون ذلك إلى خط العبّارات الجديد وإلى فحص جمركي أسرع.",
      "az", "Rəsmilər bunu yeni bərə xətti və daha sürətli gömrük yoxlaması ilə izah edir.");

  /** An English article with reviewer, checker and the demo translator for he, ar and az. */
  record Fixture(long article, Map<String, Long> tasks) {
    long task(String language) {
      return tasks.get(language);
    }
  }

  static Fixture article(String title) {
    Api.Reply created = Api.post("editor", "articles", Api.json(Map.of("title", title + " " + UUID.randomUUID()
        .toString().substring(0, 8), "language", "en", "text", String.join("\n\n", SOURCE))));
    assertEquals(201, created.status(), created::toString);
    long id = Articles.id(created.json());
    assertEquals(201, Articles.assign(id, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(id, "checker", "FACT_CHECKER", null).status());
    for (String language : List.of("he", "ar", "az")) {
      Api.Reply r = Articles.assign(id, "translator", "TRANSLATOR", language);
      assertEquals(201, r.status(), r::toString);
    }
    Map<String, Long> tasks = new LinkedHashMap<>();
    for (JsonValue v : Api.get("editor", "articles/" + id + "/translations").array()) {
      tasks.put(v.asJsonObject().getString("language"), v.asJsonObject().getJsonNumber("id").longValue());
    }
    assertEquals(Set.of("he", "ar", "az"), tasks.keySet());
    return new Fixture(id, tasks);
  }

  static Api.Reply save(long task, String title, List<String> blocks) {
    String etag = Api.get("translator", "translations/" + task).etag();
    return Api.put("translator", "translations/" + task, Api.json(Map.of("title", title, "blocks", blocks)),
        "If-Match", etag);
  }

  static Api.Reply saveTexts(Fixture f, String language) {
    List<String> t = TEXTS.get(language);
    Api.Reply r = save(f.task(language), t.get(0), t.subList(1, t.size()));
    assertEquals(200, r.status(), r::toString);
    return r;
  }

  static void submitAndApprove(long task) {
    Api.Reply submitted = Api.post("translator", "translations/" + task + "/submit", "");
    assertEquals(200, submitted.status(), submitted::toString);
    Api.Reply approved = Api.post("editor", "translations/" + task + "/approve", "");
    assertEquals(200, approved.status(), approved::toString);
  }

  static void revise(long article, List<String> blocks) {
    String etag = Api.get("editor", "articles/" + article).etag();
    Api.Reply r = Api.post("editor", "articles/" + article + "/revisions",
        Api.json(Map.of("text", String.join("\n\n", blocks))), "If-Match", etag);
    assertEquals(201, r.status(), r::toString);
  }

  static Map<String, JsonObject> byLanguage(long article) {
    return Api.get("editor", "articles/" + article + "/translations").array().stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(o -> o.getString("language"), o -> o));
  }

  static List<Integer> ints(JsonObject o, String field) {
    return o.getJsonArray(field).getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::intValue).toList();
  }

  @Test
  void claimsTravelWithTheirBlockIntoTheWorkspaceAndXliff() {
    Fixture f = article("Claims carried");
    assertEquals(200, Articles.transition("editor", f.article(), "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", f.article(), "FACT_CHECK").status());
    long claim = Claims.flagged(f.article(), "1.2 million tonnes");
    assertEquals(200, Claims.resolve(claim, "NOT_A_CLAIM", "An estimate the article attributes").status());

    JsonObject workspace = Api.get("translator", "translations/" + f.task("he")).json();
    JsonObject first = workspace.getJsonArray("blocks").getJsonObject(0);
    assertEquals(1, first.getJsonArray("claims").size());
    JsonObject mark = first.getJsonArray("claims").getJsonObject(0);
    assertEquals(claim, mark.getJsonNumber("id").longValue());
    assertEquals("NOT_A_CLAIM", mark.getString("verdict"));
    assertEquals(SOURCE.get(0).indexOf("1.2"), mark.getInt("sourceStart"));
    assertEquals(0, workspace.getJsonArray("blocks").getJsonObject(1).getJsonArray("claims").size());

    String xliff = Api.get("translator", "translations/" + f.task("he") + "/xliff").body();
    assertTrue(xliff.contains("factdesk:claim"), xliff);
    assertTrue(xliff.contains("1.2 million tonnes"), xliff);
  }

  @Test
  void hebrewArabicAndAzerbaijaniTranslationsOfOneArticleSitBesideTheSource() {
    Fixture f = article("Three languages");
    Map<String, JsonObject> tasks = byLanguage(f.article());
    for (JsonObject t : tasks.values()) {
      assertEquals("ASSIGNED", t.getString("state"));
      assertFalse(t.getBoolean("stale"));
      assertEquals(1, t.getInt("basedOnRevision"));
      assertEquals("translator", t.getString("translator"));
    }
    for (String language : List.of("he", "ar", "az")) {
      saveTexts(f, language);
      Api.Reply w = Api.get("translator", "translations/" + f.task(language));
      assertEquals(200, w.status(), w::toString);
      JsonObject view = w.json();
      assertEquals(language.equals("az") ? "ltr" : "rtl", view.getString("dir"));
      assertEquals("ltr", view.getString("sourceDir"));
      assertEquals(TEXTS.get(language).get(0), view.getString("title"));
      var blocks = view.getJsonArray("blocks");
      assertEquals(3, blocks.size());
      for (int i = 0; i < 3; i++) {
        assertEquals(SOURCE.get(i), blocks.getJsonObject(i).getString("source"));
        assertEquals(TEXTS.get(language).get(i + 1), blocks.getJsonObject(i).getString("target"));
        assertEquals(i, blocks.getJsonObject(i).getInt("sourceIndex"));
      }
    }
    JsonObject matrix = Api.get("editor", "articles/" + f.article() + "/translations/matrix").json();
    assertEquals(3, matrix.getJsonArray("languages").size());
    matrix.getJsonArray("languages").forEach(v -> assertEquals("IN_PROGRESS", v.asJsonObject().getString("state")));
    Api.Reply revisions = Api.get("translator", "translations/" + f.task("he") + "/revisions");
    assertEquals(1, revisions.json().getJsonArray("items").size());
  }

  @Test
  void sourceEditMakesTwoOfThreeTranslationsStaleAndOnlyTheChangedBlockNeedsWork() {
    Fixture f = article("Staleness");
    saveTexts(f, "he");
    saveTexts(f, "ar");
    submitAndApprove(f.task("he"));

    revise(f.article(), List.of(SOURCE.get(0), REVISED_B1, SOURCE.get(2)));

    Map<String, JsonObject> tasks = byLanguage(f.article());
    assertTrue(tasks.get("he").getBoolean("stale"));
    assertTrue(tasks.get("ar").getBoolean("stale"));
    assertFalse(tasks.get("az").getBoolean("stale"), "nothing translated yet, so nothing out of date");
    assertEquals(List.of(1), ints(tasks.get("he"), "changedBlocks"));
    assertEquals(List.of(1), ints(tasks.get("ar"), "changedBlocks"));
    assertEquals(1, tasks.get("he").getInt("basedOnRevision"));
    assertEquals(2, tasks.get("az").getInt("basedOnRevision"));

    JsonObject stale = Api.get("translator", "translations/" + f.task("he") + "/stale").json();
    assertEquals(1, stale.getJsonArray("changed").size());
    JsonObject changed = stale.getJsonArray("changed").getJsonObject(0);
    assertEquals(1, changed.getInt("index"));
    assertEquals(SOURCE.get(1), changed.getString("previousSource"));
    String inserted = changed.getJsonArray("diff").stream().map(JsonValue::asJsonObject)
        .filter(s -> s.getString("op").equals("INSERT")).map(s -> s.getString("text")).collect(Collectors.joining());
    assertTrue(inserted.contains("customs"), inserted);

    // The unchanged blocks keep their text and approval; only block 1 needs updating.
    JsonObject he = Api.get("translator", "translations/" + f.task("he")).json();
    var blocks = he.getJsonArray("blocks");
    assertTrue(blocks.getJsonObject(0).getBoolean("approved"));
    assertFalse(blocks.getJsonObject(1).getBoolean("approved"));
    assertTrue(blocks.getJsonObject(1).getBoolean("changed"));
    assertTrue(blocks.getJsonObject(2).getBoolean("approved"));
    List<String> targets = blocks.stream().map(b -> b.asJsonObject().getString("target")).toList();
    assertEquals(TEXTS.get("he").subList(1, 4), targets);

    List<String> updated = List.of(targets.get(0), UPDATED_B1.get("he"), targets.get(2));
    Api.Reply saved = save(f.task("he"), he.getString("title"), updated);
    assertEquals(200, saved.status(), saved::toString);
    assertFalse(saved.json().getBoolean("stale"));
    assertEquals(2, saved.json().getInt("basedOnRevision"));
    assertEquals("IN_PROGRESS", saved.json().getString("state"));
    JsonObject after = Api.get("translator", "translations/" + f.task("he")).json();
    assertEquals(List.of(0, 2), ints(after, "approvedBlocks"));
    assertTrue(byLanguage(f.article()).get("ar").getBoolean("stale"), "the other stale translation stays stale");
  }

  @Test
  void approvalGuardListsEachBlockingLanguageThenPasses() {
    Fixture f = article("Guard");
    saveTexts(f, "he");
    saveTexts(f, "ar");
    submitAndApprove(f.task("ar"));
    revise(f.article(), List.of(SOURCE.get(0), REVISED_B1, SOURCE.get(2)));
    assertEquals(200, Articles.transition("editor", f.article(), "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", f.article(), "FACT_CHECK").status());
    assertEquals(200, Articles.transition("checker", f.article(), "TRANSLATION").status());

    Api.Reply blocked = Articles.transition("reviewer", f.article(), "APPROVED");
    assertEquals(409, blocked.status(), blocked::toString);
    Map<String, String> reasons = blocked.json().getJsonArray("reasons").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("code").equals("guard.translationNotReady"))
        .collect(Collectors.toMap(r -> r.getJsonObject("details").getString("language"),
            r -> r.getJsonObject("details").getString("state")));
    assertEquals(Map.of("ar", "STALE", "he", "STALE", "az", "ASSIGNED"), reasons);

    for (String language : List.of("he", "ar", "az")) {
      JsonObject w = Api.get("translator", "translations/" + f.task(language)).json();
      List<String> blocks = w.getJsonArray("blocks").stream().map(b -> b.asJsonObject().getString("target")).toList();
      List<String> updated = List.of(TEXTS.get(language).get(1), UPDATED_B1.get(language), TEXTS.get(language).get(3));
      assertEquals(200, save(f.task(language), TEXTS.get(language).get(0), updated).status());
      if (!language.equals("az")) {
        assertEquals(TEXTS.get(language).get(1), blocks.get(0), "unchanged blocks carried over");
      }
      submitAndApprove(f.task(language));
    }
    Api.Reply approved = Articles.transition("reviewer", f.article(), "APPROVED");
    assertEquals(200, approved.status(), approved::toString);
  }

  @Test
  void translatorsWorkOnlyOnTheirOwnTasksAndEditorsReview() {
    Fixture f = article("Rights");
    String ru = "ru" + UUID.randomUUID().toString().substring(0, 6);
    Api.Reply user = Api.post("admin", "users", Api.json(Map.of("username", ru, "password", "correct horse battery",
        "roles", List.of("TRANSLATOR"), "languages", List.of("ru"))));
    assertEquals(201, user.status(), user::toString);
    assertEquals(201, Articles.assign(f.article(), ru, "TRANSLATOR", "ru").status());
    long he = f.task("he");
    String etag = Api.get("translator", "translations/" + he).etag();
    String body = Api.json(Map.of("title", "x", "blocks", List.of("a", "b", "c")));
    assertEquals(403, Api.sendAs(ru, "correct horse battery", "PUT", "translations/" + he, "application/json",
        Api.bytes(body), "If-Match", etag).status(), "not their task");
    assertEquals(403, Api.sendAs(ru, "correct horse battery", "GET", "translations/" + he, null, null).status());
    assertEquals(403, Api.put("editor", "translations/" + he, body, "If-Match", etag).status(), "editors review");
    assertEquals(403, Api.put("checker", "translations/" + he, body, "If-Match", etag).status());
    long ruTask = byLanguage(f.article()).get("ru").getJsonNumber("id").longValue();
    Api.Reply own = Api.sendAs(ru, "correct horse battery", "PUT", "translations/" + ruTask, "application/json",
        Api.bytes(Api.json(Map.of("title", "Порт Баку", "blocks", List.of("Один.", "Два.", "Три.")))),
        "If-Match", Api.get("editor", "translations/" + ruTask).etag());
    assertEquals(200, own.status(), own::toString);
    assertEquals(200, Api.sendAs(ru, "correct horse battery", "POST", "translations/" + ruTask + "/submit", null, null)
        .status());
    assertEquals(403, Api.sendAs(ru, "correct horse battery", "POST", "translations/" + ruTask + "/approve", null,
        null).status(), "translators do not approve");
    Api.Reply changes = Api.post("editor", "translations/" + ruTask + "/changes",
        Api.json(Map.of("comment", "Пожалуйста, переведите полностью.")));
    assertEquals(200, changes.status(), changes::toString);
    assertEquals("CHANGES_REQUESTED", changes.json().getString("state"));

    // Reassigning hands the task over; unassigning leaves it without a translator.
    long assignment = Api.get("editor", "articles/" + f.article() + "/assignments").array().stream()
        .map(JsonValue::asJsonObject).filter(a -> "ru".equals(a.getString("language", null)))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    // A new due date on the assignment reaches the task, audited, and keeps the translator.
    Api.Reply moved = Api.put("editor", "articles/" + f.article() + "/assignments/" + assignment,
        Api.json(Map.of("due", "2031-05-04T09:30:00Z")));
    assertEquals(200, moved.status(), moved::toString);
    JsonObject rescheduled = byLanguage(f.article()).get("ru");
    assertEquals(ru, rescheduled.getString("translator"), rescheduled::toString);
    assertEquals(java.time.OffsetDateTime.parse("2031-05-04T09:30:00Z").toInstant(),
        java.time.OffsetDateTime.parse(rescheduled.getString("due")).toInstant(), rescheduled::toString);
    assertTrue(Api.get("editor", "articles/" + f.article() + "/audit?size=200").json().getJsonArray("items").stream()
        .anyMatch(a -> "translation.rescheduled".equals(a.asJsonObject().getString("action"))));
    assertEquals(204, Api.delete("editor", "articles/" + f.article() + "/assignments/" + assignment).status());
    JsonObject unassigned = byLanguage(f.article()).get("ru");
    assertFalse(unassigned.containsKey("translator") && !unassigned.isNull("translator"), unassigned::toString);
    assertEquals("CHANGES_REQUESTED", unassigned.getString("state"));
  }

  @Test
  void everyChangeToATaskAnswersWhatTheNextReadShows() {
    Fixture f = article("Answers");
    long he = f.task("he");
    List<String> t = TEXTS.get("he");
    Api.Reply saved = saveTexts(f, "he");
    assertAnswersAsRead(he, saved);
    Api.Reply unchanged = saveTexts(f, "he");
    assertAnswersAsRead(he, unchanged);
    assertEquals(saved.etag(), unchanged.etag(), "the same text saves nothing");

    // A new source revision: the save answers with the source revision it was checked against.
    revise(f.article(), List.of(SOURCE.get(0), REVISED_B1, SOURCE.get(2)));
    Api.Reply current = save(he, t.get(0), List.of(t.get(1), UPDATED_B1.get("he"), t.get(3)));
    assertAnswersAsRead(he, current);
    assertEquals(2, current.json().getInt("sourceRevision"), current::toString);
    assertAnswersAsRead(he, Api.post("translator", "translations/" + he + "/submit", ""));

    // Changes requested on a translation the source has moved past since it was submitted.
    revise(f.article(), List.of(SOURCE.get(0), REVISED_B1, SOURCE.get(2) + " The port disagrees."));
    Api.Reply changes = Api.post("editor", "translations/" + he + "/changes",
        Api.json(Map.of("comment", "The last sentence changed.")));
    assertAnswersAsRead(he, changes);
    assertEquals(List.of(true, 2, 3), List.of(changes.json().getBoolean("stale"),
        changes.json().getInt("basedOnRevision"), changes.json().getInt("sourceRevision")), changes::toString);

    assertAnswersAsRead(he, save(he, t.get(0), List.of(t.get(1), UPDATED_B1.get("he"), t.get(3) + " הנמל חולק.")));
    assertAnswersAsRead(he, Api.post("translator", "translations/" + he + "/submit", ""));
    assertAnswersAsRead(he, Api.post("editor", "translations/" + he + "/approve", ""));
  }

  /** The answer to a write is the task as a read right after it shows it: same summary, same ETag. */
  static void assertAnswersAsRead(long task, Api.Reply answer) {
    assertEquals(200, answer.status(), answer::toString);
    Api.Reply read = Api.get("editor", "translations/" + task);
    assertEquals(200, read.status(), read::toString);
    assertEquals(read.etag(), answer.etag(), answer::toString);
    assertEquals(read.json().getJsonObject("task"), answer.json());
  }

  @Test
  void blockCountMustMatchTheSource() {
    Fixture f = article("Count");
    Api.Reply r = save(f.task("az"), "Başlıq", List.of("Bir.", "İki."));
    assertEquals(400, r.status(), r::toString);
    assertEquals("blockCount", r.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    assertEquals(428, Api.put("translator", "translations/" + f.task("az"),
        Api.json(Map.of("title", "x", "blocks", List.of("a", "b", "c")))).status());
  }

  @Test
  void xliffRoundTripThroughAnIndependentLibrary() throws Exception {
    Fixture f = article("XLIFF");
    saveTexts(f, "az");
    Api.Reply exported = Api.get("translator", "translations/" + f.task("az") + "/xliff");
    assertEquals(200, exported.status(), exported::toString);
    assertTrue(exported.header("Content-Type").startsWith("application/xliff+xml"));

    XLIFFDocument doc = new XLIFFDocument();
    doc.load(exported.body(), XLIFFReader.VALIDATION_MAXIMAL);
    String file = doc.getFileNodeIds().get(0);
    List<String> edited = List.of("Bakı limanı oktyabrda 1,2 milyon ton yük aşırıb.",
        "Rəsmilər bunu yeni bərə xətti ilə əlaqələndirir.", "Tənqidçilərə görə, tranzit yük iki dəfə sayılıb.");
    for (int i = 0; i < 3; i++) {
      assertEquals(SOURCE.get(i), doc.getUnitNode(file, "b" + i).get().getSegment(0).getSource().getPlainText());
      Segment segment = doc.getUnitNode(file, "b" + i).get().getSegment(0);
      segment.setTarget(edited.get(i));
      segment.setState("translated");
    }
    doc.getUnitNode(file, "title").get().getSegment(0).setTarget("Bakı limanında rekord");
    StringWriter out = new StringWriter();
    doc.save(out);

    Api.Reply imported = Api.putXliff("translator", "translations/" + f.task("az") + "/xliff", out.toString());
    assertEquals(200, imported.status(), imported::toString);
    JsonObject w = Api.get("translator", "translations/" + f.task("az")).json();
    assertEquals("Bakı limanında rekord", w.getString("title"));
    assertEquals(edited, w.getJsonArray("blocks").stream().map(b -> b.asJsonObject().getString("target")).toList());
    assertEquals(2, Api.get("translator", "translations/" + f.task("az") + "/revisions").json().getInt("total"));
  }

  @Test
  void malformedXliffIsRejectedWithEveryProblemAndChangesNothing() {
    Fixture f = article("Bad XLIFF");
    saveTexts(f, "he");
    long task = f.task("he");
    String good = Api.get("translator", "translations/" + task + "/xliff").body();
    String etag = Api.get("translator", "translations/" + task).etag();
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("xliffMalformed", good.replace("</xliff>", ""));
    cases.put("xliffDoctype", good.replace("<xliff ", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff "));
    cases.put("xliffNamespace", good.replace("urn:oasis:names:tc:xliff:document:2.0", "urn:example:not-xliff"));
    cases.put("xliffVersion", good.replace("version=\"2.1\"", "version=\"1.2\""));
    cases.put("xliffWrongTask", good.replace("factdesk:task/" + task + "/", "factdesk:task/999999/"));
    cases.put("xliffWrongRevision", good.replace("/revision/1\"", "/revision/7\""));
    cases.put("xliffWrongLanguage", good.replace("trgLang=\"he\"", "trgLang=\"ar\""));
    cases.put("xliffSourceEdited", good.replaceFirst("<source xml:space=\"preserve\">", "<source xml:space=\"preserve\">Edited: "));
    cases.put("xliffUnknownUnit", good.replace("<unit id=\"b2\"", "<unit id=\"b9\""));
    cases.put("xliffDuplicateUnit", good.replace("<unit id=\"b2\"", "<unit id=\"b1\""));
    cases.put("xliffState", good.replace("state=\"translated\"", "state=\"done\""));
    cases.put("xliffInline", good.replaceFirst("<target xml:space=\"preserve\">", "<target xml:space=\"preserve\"><ph id=\"1\"/>"));
    for (Map.Entry<String, String> c : cases.entrySet()) {
      assertNotEquals(good, c.getValue(), c.getKey());
      Api.Reply r = Api.putXliff("translator", "translations/" + task + "/xliff", c.getValue());
      assertEquals(422, r.status(), c.getKey() + ": " + r);
      assertEquals("xliffRejected", r.json().getString("code"), c.getKey());
      Set<String> codes = r.json().getJsonArray("errors").stream()
          .map(e -> e.asJsonObject().getString("code")).collect(Collectors.toSet());
      assertTrue(codes.contains(c.getKey()), c.getKey() + ": " + codes);
    }
    Api.Reply twoProblems = Api.putXliff("translator", "translations/" + task + "/xliff",
        cases.get("xliffWrongLanguage").replace("<unit id=\"b2\"", "<unit id=\"b9\""));
    assertEquals(2, twoProblems.json().getJsonArray("errors").size(), twoProblems::toString);
    assertEquals(etag, Api.get("translator", "translations/" + task).etag(), "nothing changed");
    assertEquals(1, Api.get("translator", "translations/" + task + "/revisions").json().getInt("total"));
  }

  @Test
  void problemsSpeakTheReadersLanguage() {
    Fixture f = article("Locales");
    saveTexts(f, "ar");
    long task = f.task("ar");
    String bad = Api.get("translator", "translations/" + task + "/xliff").body().replace("trgLang=\"ar\"",
        "trgLang=\"he\"");
    String englishTitle = Api.putXliff("translator", "translations/" + task + "/xliff", bad).json().getString("title");
    String englishState = Api.post("editor", "translations/" + task + "/approve", "").json().getString("title");
    for (String locale : List.of("he", "ar", "az", "ru")) {
      Api.Reply r = Api.putXliff("translator", "translations/" + task + "/xliff", bad, "Accept-Language", locale);
      assertEquals(422, r.status());
      assertEquals(locale, r.header("Content-Language"));
      assertNotEquals(englishTitle, r.json().getString("title"), locale);
      String message = r.json().getJsonArray("errors").getJsonObject(0).getString("message");
      // The field name is isolated (FSI … PDI) so it keeps its order inside Hebrew or Arabic text.
      assertTrue(message.startsWith("\u2068xliff@trgLang\u2069:"), message);
      Api.Reply state = Api.post("editor", "translations/" + task + "/approve", "", "Accept-Language", locale);
      assertEquals(409, state.status());
      assertNotEquals(englishState, state.json().getString("title"), locale);
      assertFalse(state.json().getString("detail").contains("{"), state.json().getString("detail"));
    }
  }

  @Test
  void languagesListNamesScriptAndDirectionFromIcu() {
    Api.Reply r = Api.get("translator", "languages");
    assertEquals(200, r.status(), r::toString);
    Map<String, JsonObject> byTag = r.array().stream().map(v -> v.asJsonObject().getJsonObject("language"))
        .collect(Collectors.toMap(l -> l.getString("tag"), l -> l));
    assertEquals("RTL", byTag.get("he").getString("direction"));
    assertEquals("Arab", byTag.get("ar").getString("script"));
    assertEquals("Latn", byTag.get("az-Latn").getString("script"));
    assertEquals("Azerbaijani", byTag.get("az-Latn").getString("englishName").split(" ")[0]);
    assertTrue(r.array().stream().map(JsonValue::asJsonObject)
        .anyMatch(v -> v.getJsonObject("language").getString("tag").equals("ru") && v.getBoolean("serverMessages")));
  }

  @Test
  void translatorMarksTheClaimPassageOfABlockAndTheMarkFollowsTheBlock() {
    Fixture f = article("Spans");
    long task = f.task("he");
    List<String> he = TEXTS.get("he");
    String etag = Api.get("translator", "translations/" + task).etag();
    var spans = jakarta.json.Json.createArrayBuilder()
        .add(jakarta.json.Json.createObjectBuilder().add("block", 0).add("start", 9).add("end", 24)).build();
    String body = jakarta.json.Json.createObjectBuilder().add("title", he.get(0))
        .add("blocks", jakarta.json.Json.createArrayBuilder(he.subList(1, 4))).add("spans", spans).build().toString();
    Api.Reply saved = Api.put("translator", "translations/" + task, body, "If-Match", etag);
    assertEquals(200, saved.status(), saved::toString);
    JsonObject span = Api.get("translator", "translations/" + task).json().getJsonArray("blocks").getJsonObject(0)
        .getJsonObject("span");
    assertEquals(9, span.getInt("start"));
    assertEquals(24, span.getInt("end"));

    String tooLong = body.replace("\"end\":24", "\"end\":2400");
    Api.Reply bad = Api.put("translator", "translations/" + task, tooLong, "If-Match", saved.etag());
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("spanRange", bad.json().getJsonArray("errors").getJsonObject(0).getString("code"));

    // A source edit elsewhere keeps the mark on its block.
    revise(f.article(), List.of(SOURCE.get(0), REVISED_B1, SOURCE.get(2)));
    JsonObject stale = Api.get("translator", "translations/" + task).json();
    assertEquals(9, stale.getJsonArray("blocks").getJsonObject(0).getJsonObject("span").getInt("start"));
    assertEquals(0, stale.getJsonArray("blocks").getJsonObject(0).getInt("sourceIndex"));
  }

  /** Issue 14, finding 4: a block index of 2^40 was read as 0, and the mark saved on block 0. */
  @Test
  void aSpanWhoseNumbersDoNotFitIsRefusedNotWrapped() {
    Fixture f = article("Span overflow");
    long task = f.task("he");
    List<String> he = TEXTS.get("he");
    String etag = Api.get("translator", "translations/" + task).etag();
    for (String block : List.of("1099511627776", "4294967296", "0.5", "\"0\"", "-2147483649")) {
      String body = "{\"title\":\"" + he.get(0) + "\",\"blocks\":" + jakarta.json.Json.createArrayBuilder(he.subList(1, 4))
          .build() + ",\"spans\":[{\"block\":" + block + ",\"start\":9,\"end\":24}]}";
      Api.Reply r = Api.put("translator", "translations/" + task, body, "If-Match", etag);
      assertEquals(400, r.status(), block + ": " + r);
      assertEquals("spans[0].block", r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r::toString);
    }
    assertEquals(etag, Api.get("translator", "translations/" + task).etag(), "nothing saved");
  }
}
