package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verdicts that stay true to the text (issue 17): a checked quote that changes needs a re-check that
 * no later revision undoes, and nobody settles, approves or signs off their own work.
 */
@ExtendWith(ArquillianExtension.class)
class RecordIntegrityIT {
  private static final String CHECKED = "3.2 million passengers in 2025";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  /** The column in FACT_CHECK with the passenger figure resolved TRUE and cited. */
  private static long[] checkedColumn() {
    long article = Claims.columnInFactCheck();
    long claim = Claims.cited(article, CHECKED);
    Api.Reply resolved = Claims.resolve(claim, "TRUE", "The annual report says 3.2 million.");
    assertEquals(200, resolved.status(), resolved::toString);
    JsonObject checked = resolved.json().getJsonObject("checked");
    assertEquals(CHECKED, checked.getString("quote"));
    assertEquals("TRUE", checked.getString("verdict"));
    assertEquals("checker", checked.getString("by"));
    return new long[] {article, claim};
  }

  private static List<String> column(String first) {
    List<String> blocks = new ArrayList<>(Claims.COLUMN);
    blocks.set(0, first);
    return blocks;
  }

  private static void revise(long article, List<String> blocks) {
    Api.Reply r = Claims.revise(article, blocks);
    assertEquals(true, r.status() == 200 || r.status() == 201, r::toString);
  }

  private static JsonObject recheckReason(Api.Reply blocked) {
    assertEquals(409, blocked.status(), blocked::toString);
    return blocked.json().getJsonArray("reasons").stream().map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").contains("Recheck")).findFirst()
        .orElseThrow(() -> new AssertionError("no re-check reason in " + blocked));
  }

  @Test
  void aChangedFigureNeedsARecheckThatNoLaterRevisionUndoes() {
    long[] ids = checkedColumn();
    long article = ids[0];
    long claim = ids[1];
    String edited = Claims.COLUMN.get(0).replace("3.2 million", "3.4 million");
    revise(article, column(edited));
    JsonObject c = Claims.claim(claim);
    assertEquals("NEEDS_RECHECK", c.getString("status"), c::toString);
    assertEquals(CHECKED, c.getJsonObject("checked").getString("quote"), "what was checked stays as it was");
    String now = c.getJsonObject("selectors").getJsonObject("quote").getString("exact");
    assertTrue(now.contains("3.4"), "the highlight covers the new figure: " + now);
    assertEquals("NEEDS_RECHECK", c.getString("blocking"));

    JsonObject reason = recheckReason(Articles.transition("checker", article, "TRANSLATION"));
    assertEquals(claim, reason.getJsonObject("details").getJsonNumber("claim").longValue());
    assertEquals(CHECKED, reason.getJsonObject("details").getString("checked"));
    assertTrue(reason.getString("message").contains("3.4"), reason::toString);

    // An unrelated revision, then one that restores the checked wording: still not re-checked.
    List<String> unrelated = column(edited);
    unrelated.set(2, "I think commuters have been very patient.");
    revise(article, unrelated);
    assertEquals("NEEDS_RECHECK", Claims.claim(claim).getString("status"));
    revise(article, Claims.COLUMN);
    JsonObject restored = Claims.claim(claim);
    assertEquals("NEEDS_RECHECK", restored.getString("status"), restored::toString);
    recheckReason(Articles.transition("checker", article, "TRANSLATION"));
    JsonObject summary = Api.get("checker", "articles/" + article + "/claims/summary").json();
    assertEquals(1, summary.getJsonObject("byStatus").getInt("NEEDS_RECHECK"), summary::toString);
  }

  @Test
  void anEditThatLeavesTheQuoteAloneRaisesNoAlarm() {
    long[] ids = checkedColumn();
    List<String> blocks = new ArrayList<>(Claims.COLUMN);
    blocks.set(2, "I think commuters have waited long enough.");
    blocks.set(0, "Last year, " + Claims.COLUMN.get(0).substring(0, 1).toLowerCase() + Claims.COLUMN.get(0).substring(1));
    revise(ids[0], blocks);
    JsonObject c = Claims.claim(ids[1]);
    assertEquals("RESOLVED", c.getString("status"), c::toString);
    assertNull(c.get("blocking") == JsonValue.NULL ? null : c.get("blocking"));
  }

  @Test
  void theCheckerReResolvesTheChangedTextWithANewVerdict() {
    long[] ids = checkedColumn();
    revise(ids[0], column(Claims.COLUMN.get(0).replace("3.2 million", "3.4 million")));
    long version = Claims.claim(ids[1]).getJsonNumber("version").longValue();
    Api.Reply again = Api.post("checker", "claims/" + ids[1] + "/resolution", Api.json(Map.of("verdict", "FALSE",
        "rationale", "The report says 3.2, not 3.4.")), "If-Match", "\"" + version + "\"");
    assertEquals(200, again.status(), again::toString);
    assertEquals("RESOLVED", again.json().getString("status"));
    assertEquals("FALSE", again.json().getJsonObject("checked").getString("verdict"));
    assertTrue(again.json().getJsonObject("checked").getString("quote").contains("3.4"));
    assertEquals("ANCHORED", again.json().getString("anchor"), "a verdict on the new text settles its place");
    assertEquals(200, Articles.transition("checker", ids[0], "TRANSLATION").status());
    assertTrue(actions(ids[0]).contains("claim.rechecked"));
  }

  @Test
  void theCheckerConfirmsTheVerdictForTheNewTextAndItIsAudited() {
    long[] ids = checkedColumn();
    revise(ids[0], column(Claims.COLUMN.get(0).replace("in 2025", "during 2025")));
    JsonObject before = Claims.claim(ids[1]);
    assertEquals("NEEDS_RECHECK", before.getString("status"), before::toString);
    assertEquals(List.of("assign", "resolve", "confirm", "reopen"), before.getJsonArray("possibleActions").stream()
        .map(v -> ((jakarta.json.JsonString) v).getString()).toList(), "what the re-check allows, said before a click");
    String etag = "\"" + before.getJsonNumber("version").longValue() + "\"";

    Api.Reply byEditor = Api.post("editor", "claims/" + ids[1] + "/recheck/confirmation", "{}", "If-Match", etag);
    assertEquals(403, byEditor.status(), "an editor who is not an assigned fact-checker does not settle: " + byEditor);
    Api.Reply confirmed = Api.post("checker", "claims/" + ids[1] + "/recheck/confirmation",
        Api.json(Map.of("note", "Same figure, reworded.")), "If-Match", etag);
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertEquals("RESOLVED", confirmed.json().getString("status"));
    assertEquals("[\"reopen\"]", confirmed.json().getJsonArray("possibleActions").toString(), "settled: only reopening");
    assertEquals("TRUE", confirmed.json().getString("verdict"));
    assertTrue(confirmed.json().getJsonObject("checked").getString("quote").contains("during 2025"));
    Api.Reply twice = Api.post("checker", "claims/" + ids[1] + "/recheck/confirmation", "{}",
        "If-Match", "\"" + confirmed.json().getJsonNumber("version").longValue() + "\"");
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("claimNoRecheck", twice.json().getString("code"));
    JsonObject audit = Api.get("editor", "articles/" + ids[0] + "/audit?size=200").json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("claim.recheckConfirmed"))
        .findFirst().orElseThrow();
    assertEquals("checker", audit.getString("actor"));
    assertEquals("Same figure, reworded.", audit.getString("note"));
    assertEquals("NEEDS_RECHECK", audit.getJsonObject("before").getString("status"));
  }

  @Test
  void theArticlesAuthorNeverSettlesOrApprovesTheirOwnArticle() {
    String author = Api.account("EDITOR", "FACT_CHECKER");
    long article = Articles.id(Api.post(author, "articles", Api.json(Map.of("title", "Own work " + author,
        "language", "en", "text", Articles.TEXT))).json());
    assertEquals(201, Articles.assign(article, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(article, author, "FACT_CHECKER", null).status());
    assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
    assertEquals(200, Articles.transition(author, article, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", article, "FACT_CHECK").status());

    Api.Reply ownFlag = Claims.flag(author, article, "40,000 cars a day", null, null, "a figure");
    assertEquals(403, ownFlag.status(), ownFlag::toString);
    long claim = Claims.flagged(article, "40,000 cars a day");
    Api.Reply ownVerdict = Api.post(author, "claims/" + claim + "/resolution",
        Api.json(Map.of("verdict", "NOT_A_CLAIM", "rationale", "opinion")));
    assertEquals(403, ownVerdict.status(), ownVerdict::toString);
    Api.Reply plainEditor = Api.post("reviewer", "claims/" + claim + "/resolution",
        Api.json(Map.of("verdict", "NOT_A_CLAIM", "rationale", "opinion")));
    assertEquals(403, plainEditor.status(), "only an assigned fact-checker settles: " + plainEditor);
    assertEquals("FLAGGED", Claims.claim(claim).getString("status"), "refusals change nothing");
    assertEquals(200, Claims.resolve(claim, "NOT_A_CLAIM", "A traffic estimate, not a checkable claim.").status());

    Api.Reply ownApproval = Articles.transition(author, article, "APPROVED");
    assertEquals(409, ownApproval.status(), ownApproval::toString);
    assertEquals("NotApprovedByAuthor",
        ownApproval.json().getJsonArray("reasons").getJsonObject(0).getString("guard"), ownApproval::toString);
    JsonObject view = Api.get(author, "articles/" + article).json();
    JsonObject approve = view.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("to").equals("APPROVED")).findFirst().orElseThrow();
    assertTrue(approve.getJsonArray("blockedBy").getValuesAs(JsonObject.class).stream()
        .anyMatch(r -> r.getString("guard").equals("NotApprovedByAuthor")), approve::toString);
    assertEquals("FACT_CHECK", view.getString("state"));
    assertEquals(200, Articles.transition("reviewer", article, "APPROVED").status());
  }

  @Test
  void whoeverWroteTheCurrentRevisionDoesNotApproveIt() {
    long article = Articles.id(Articles.draft("Revised by the reviewer"));
    assertEquals(201, Articles.assign(article, "reviewer", "REVIEWER", null).status());
    assertEquals(201, Articles.assign(article, "checker", "FACT_CHECKER", null).status());
    String etag = Api.get("reviewer", "articles/" + article).etag();
    assertEquals(201, Api.post("reviewer", "articles/" + article + "/revisions", Api.json(Map.of("text",
        Articles.TEXT + "\n\nA line the reviewer added.")), "If-Match", etag).status());
    assertEquals(200, Articles.transition("editor", article, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", article, "FACT_CHECK").status());
    Api.Reply byReviser = Articles.transition("reviewer", article, "APPROVED");
    assertEquals(409, byReviser.status(), byReviser::toString);
    Api.Reply byAuthor = Articles.transition("editor", article, "APPROVED");
    assertEquals(409, byAuthor.status(), byAuthor::toString);
    String third = Api.account("EDITOR");
    assertEquals(200, Articles.transition(third, article, "APPROVED").status());
  }

  @Test
  void nobodyApprovesATranslationTheySavedOrSubmitted() {
    String both = Api.account("EDITOR", "TRANSLATOR");
    Articles.Translation own = Articles.submittedBy(both);
    long article = own.article();
    long task = own.task();
    assertEquals(both, Api.get("editor", "articles/" + article + "/translations").array().getJsonObject(0)
        .getString("submittedBy"), "the list says who submitted, so the screen need not offer them the approval");
    Api.Reply byThemselves = Api.post(both, "translations/" + task + "/approve", "");
    assertEquals(403, byThemselves.status(), byThemselves::toString);
    assertEquals("SUBMITTED", Api.get("editor", "translations/" + task).json().getJsonObject("task").getString("state"));
    Api.Reply other = Api.post("reviewer", "translations/" + task + "/approve", "");
    assertEquals(200, other.status(), other::toString);
  }

  private static List<String> actions(long article) {
    return Api.get("editor", "articles/" + article + "/audit?size=200").json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
  }
}
